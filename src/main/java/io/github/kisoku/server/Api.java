package io.github.kisoku.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.calendar.JapaneseHolidays;
import io.github.kisoku.cli.Contract;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The endpoints of {@code /v1}, each a function of the request's parts to a {@link Reply}. They
 * know nothing of the server library: {@link KisokuServer} hands them the body and parameters.
 * The cases go through {@link Contract}, the command line's own dispatch, so an answer here is the
 * answer of {@code kisoku eval}, byte for byte.
 */
final class Api {
    /** The largest body read, 16 MiB; larger is refused with 413 before it is parsed. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    /** The media type of JSON Lines. */
    static final String NDJSON = "application/x-ndjson";

    private final Contract contract;

    Api(Contract contract) {
        this.contract = contract;
    }

    /** {@code POST /v1/cases}: a JSON array of cases (or JSON Lines) to the answers, in order. */
    Reply cases(byte[] body, String contentType) {
        if (mediaType(contentType).equals(NDJSON)) {
            // JSON Lines: exactly kisoku eval, one answer line per non-blank line.
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 64);
            try (PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
                    BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
                contract.answerLines(in, print);
            } catch (IOException e) {
                return Reply.problem(400, Problem.of(ServerProblem.NOT_UTF8, "(body)"));
            }
            return new Reply(200, NDJSON + "; charset=utf-8", out.toString(StandardCharsets.UTF_8));
        }
        JsonNode node = json(body);
        if (!node.isArray()) {
            return Reply.problem(400, Problem.of(ServerProblem.NOT_AN_ARRAY, "(body)"));
        }
        StringBuilder out = new StringBuilder(body.length / 2 + 64).append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Contract.line(contract.answer(node.get(i))));
        }
        return new Reply(200, Reply.JSON, out.append(']').toString());
    }

    /**
     * {@code POST /v1/cases/{type}}: one case of the path's type (its {@code type} field may be left
     * out) to its answer: 200 when answered, 400 with the problems when not, 404 for a type kisoku
     * does not answer.
     */
    Reply oneCase(String type, byte[] body) {
        JsonNode node = json(body);
        if (node.isObject()) {
            JsonNode given = node.get("type");
            if (given == null) {
                ObjectNode typed = Contract.object().put("type", type);
                typed.setAll((ObjectNode) node);
                node = typed;
            } else if (!given.isTextual() || !given.asText().equals(type)) {
                return Reply.problem(400, Problem.of(ServerProblem.TYPE_MISMATCH, "type")
                        .withFigures("value", given.isTextual() ? given.asText() : given.toString(), "path", type));
            }
        }
        JsonNode answer = contract.answer(node);
        int status = Contract.ok(answer) ? 200 : contract.types().contains(type) ? 400 : 404;
        return Reply.json(status, answer);
    }

    /** {@code GET /v1/rules}. */
    Reply rules() {
        return Reply.json(Reference.rules());
    }

    /** {@code GET /v1/figures?on=}. */
    Reply figures(Params p) {
        Option<LocalDate> on = p.date("on", true);
        p.check();
        return Reply.json(Reference.figures(on.get()));
    }

    /** {@code GET /v1/bicycle/violations[?on=]}. */
    Reply violations(Params p) {
        Option<LocalDate> on = p.date("on", false);
        p.check();
        return Reference.violations(on).fold(n -> Reply.problem(404, n.asProblem("on")), Reply::json);
    }

    /** {@code GET /v1/calendar/holidays?year=}. */
    Reply holidays(Params p) {
        Option<Long> year = p.integer("year", true, JapaneseHolidays.FIRST_SUPPORTED_DATE.getYear(),
                JapaneseHolidays.LAST_SUPPORTED_DATE.getYear());
        p.check();
        return Reply.json(Reference.holidays(year.get().intValue()));
    }

    /** {@code GET /v1/calendar/deadline?from=&days=&closed=}. */
    Reply deadline(Params p) {
        Option<LocalDate> from = p.date("from", true);
        Option<Long> days = p.integer("days", true, 1, 3660);
        Option<String> closed = p.choice("closed", false, Reference.CLOSED.keySet().toList());
        // The holiday table ends in 2099; a period must end, and be moved, inside it.
        LocalDate first = JapaneseHolidays.FIRST_SUPPORTED_DATE;
        LocalDate last = JapaneseHolidays.LAST_SUPPORTED_DATE.minusYears(11);
        if (from.exists(d -> d.isBefore(first) || d.isAfter(last))) {
            p.problem(Problem.of(io.github.kisoku.kernel.InputProblem.OUT_OF_RANGE, "from")
                    .withFigures("min", first, "max", last).withFigure("value", from.get()));
        }
        p.check();
        return Reply.json(Reference.deadline(from.get(), days.get().intValue(), closed.getOrElse("bank")));
    }

    /**
     * {@code POST /v1/golf/audit}: the course (JSON text), the visits (CSV text), the declared
     * total and the month; the report as JSON, or as CSV when {@code csv} is asked for.
     */
    Reply golfAudit(Option<String> courseText, Option<String> visits, Params p, boolean csv) {
        Option<Long> declared = p.integer("declared", false, 0, 1_000_000_000_000L);
        Option<YearMonth> month = p.month("month");
        if (courseText.isEmpty()) {
            p.problem(Problem.required("course"));
        }
        if (visits.isEmpty()) {
            p.problem(Problem.required("visits"));
        }
        p.check();
        JsonNode course;
        try {
            course = Contract.mapper().readTree(courseText.get());
        } catch (JacksonException e) {
            return Reply.problem(400, Problem.of(ServerProblem.MALFORMED_JSON, "course").withFigure("detail", detail(e)));
        }
        Either<Contract.AuditFailure, ObjectNode> report = Contract.golfAudit(course, visits.get(), declared, month);
        if (report.isLeft()) {
            Contract.AuditFailure f = report.getLeft();
            if (f.csvDetail().isDefined()) {
                return Reply.problem(400, Problem.of(ServerProblem.CSV_UNREADABLE, "visits")
                        .withFigure("detail", withoutClassNames(f.csvDetail().get())));
            }
            return Reply.problems(400, f.problems());
        }
        if (!csv) {
            return Reply.json(report.get());
        }
        StringBuilder out = new StringBuilder();
        try {
            Contract.golfAuditCsv(report.get(), out);
        } catch (IOException e) {
            // A StringBuilder does not fail to append.
            throw new IllegalStateException(e);
        }
        return new Reply(200, "text/csv; charset=utf-8", out.toString());
    }

    /** {@code GET /v1/health}: up, with the versions and the case types answered. */
    Reply health() {
        ObjectNode out = Contract.object().put("status", "ok").put("schemaVersion", Contract.schemaVersion());
        ArrayNode types = out.putArray("caseTypes");
        contract.types().forEach(types::add);
        return Reply.json(out);
    }

    /** Parses a JSON body strictly, or refuses the request with 400. */
    private static JsonNode json(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            JsonNode node = Contract.mapper().readTree(text);
            if (node.isMissingNode()) {
                // An empty body is no JSON value at all, not an empty case.
                throw new Reply.Refused(Reply.problem(400, Problem.of(ServerProblem.MALFORMED_JSON, "(body)")
                        .withFigure("detail", "no content")));
            }
            return node;
        } catch (CharacterCodingException e) {
            throw new Reply.Refused(Reply.problem(400, Problem.of(ServerProblem.NOT_UTF8, "(body)")));
        } catch (JacksonException e) {
            throw new Reply.Refused(Reply.problem(400, Problem.of(ServerProblem.MALFORMED_JSON, "(body)")
                    .withFigure("detail", detail(e))));
        }
    }

    /** Text of a UTF-8 part, or a refusal naming the field. */
    static String utf8(byte[] bytes, String field) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Reply.Refused(Reply.problem(400, Problem.of(ServerProblem.NOT_UTF8, field)));
        }
    }

    /** The parser's own words, as eval gives them (without Java names). */
    private static String detail(JacksonException e) {
        return withoutClassNames(Contract.parserWords(e));
    }

    /** Removes qualified Java names (e.g. an exception's class in a parser's message). */
    static String withoutClassNames(String text) {
        return text.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:: ?)?", "").strip();
    }

    /** The media type without parameters, lower case; empty when none was sent. */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The problem of a body of a type the endpoint does not read. */
    static Reply unsupported(String contentType, List<String> accepted) {
        return Reply.problem(415, Problem.of(ServerProblem.UNSUPPORTED_MEDIA_TYPE, "Content-Type")
                .withFigures("value", contentType, "accepted", accepted.mkString(", ")));
    }
}
