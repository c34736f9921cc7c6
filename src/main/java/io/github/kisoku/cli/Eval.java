package io.github.kisoku.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The batch contract: JSON Lines in, one answer line out per case, in order. A bad line gets
 * {@code "ok":false} with every problem and the batch goes on. Blank lines are not cases and
 * get no answer.
 */
final class Eval {
    private static final System.Logger LOG = System.getLogger(Eval.class.getName());
    private final Map<String, CaseHandler> handlers;

    Eval(Seq<CaseHandler> handlers) {
        this.handlers = HashMap.ofEntries(handlers.map(h -> io.vavr.Tuple.of(h.type(), h)));
    }

    /** Answers every line; throws only when the input itself cannot be read. */
    void run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                out.println(Json.line(answerLine(line, number)));
            }
        }
        out.flush();
    }

    JsonNode answerLine(String line, int number) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            return Json.failed(NullNode.instance, List.of(Problem.of(CliProblem.MALFORMED_JSON, "(line " + number + ")")
                    .withFigures("line", number, "detail", Json.parserWords(e))));
        }
        return answer(node);
    }

    /** Answers one case already parsed. */
    JsonNode answer(JsonNode node) {
        JsonNode id = node != null && node.isObject() && node.has("id") ? node.get("id") : NullNode.instance;
        Validation<Seq<Problem>, Answer> answer = CaseReader.object(node, "").flatMap(reader -> answer(reader, id));
        String type = node != null && node.path("type").isTextual() ? node.get("type").asText() : "";
        return answer.fold(problems -> Json.failed(id, problems), a -> Json.ok(id, type, a));
    }

    private Validation<Seq<Problem>, Answer> answer(CaseReader reader, JsonNode id) {
        reader.ignore("id");
        if (!(id.isTextual() && !id.asText().isBlank()) && !id.isIntegralNumber()) {
            reader.problem(Problem.of(id.isNull() ? CliProblem.ID_MISSING : CliProblem.ID_WRONG_TYPE, "id"));
        }
        Option<String> type = reader.text("type", true);
        Option<CaseHandler> handler = type.flatMap(handlers::get);
        if (type.isDefined() && handler.isEmpty()) {
            reader.problem(Problem.of(CliProblem.UNKNOWN_TYPE, "type")
                    .withFigures("value", type.get(), "known", handlers.keySet().toSortedSet().mkString(", ")));
        }
        if (handler.isEmpty()) {
            return Validation.invalid(reader.problems());
        }
        try {
            return handler.get().answer(reader);
        } catch (RuntimeException e) {
            // A defect of ours must not stop the batch; the code lets tests and callers find it. The
            // exception goes to the operator's log, not into the answer: a caller reads words, not
            // Java names, and an exception's text may quote the case's personal data.
            LOG.log(System.Logger.Level.ERROR, "internal error answering a case of type " + type.get(), e);
            return Validation.invalid(List.of(Problem.of(CliProblem.INTERNAL_ERROR, "(case)").withFigure("type", type.get())));
        }
    }
}
