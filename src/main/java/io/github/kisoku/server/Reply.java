package io.github.kisoku.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kisoku.cli.Contract;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * An answer to a request that is not a case's: the status and the body, or the problems that
 * stopped it. Handlers return one instead of writing to the response, so every error takes the
 * one JSON shape {@code {"id":null,"ok":false,"problems":[…]}}.
 *
 * @param status the HTTP status
 * @param contentType the body's media type
 * @param body the body, UTF-8
 */
record Reply(int status, String contentType, String body) {
    /** JSON, UTF-8. */
    static final String JSON = "application/json; charset=utf-8";

    static Reply json(JsonNode node) {
        return new Reply(200, JSON, Contract.line(node));
    }

    static Reply json(int status, JsonNode node) {
        return new Reply(status, JSON, Contract.line(node));
    }

    static Reply problems(int status, Seq<Problem> problems) {
        return new Reply(status, JSON, Contract.line(Contract.failed(problems)));
    }

    static Reply problem(int status, Problem problem) {
        return problems(status, List.of(problem));
    }

    /** A request the handler refuses: thrown where returning would only thread the reply through. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialised: it lives for one request
        private final Reply reply;

        Refused(Reply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }

        Reply reply() {
            return reply;
        }
    }
}
