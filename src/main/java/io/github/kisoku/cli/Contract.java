package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.bicycle.Violation;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.YearMonth;

/**
 * The {@code eval} contract for the other edge, the HTTP server ({@code io.github.kisoku.server}):
 * the same case dispatch ({@link KisokuCli.Handlers#all()}), the same JSON and the same golf audit
 * as the command line, so an answer over HTTP is byte for byte the answer of {@code kisoku eval}.
 * A case type added to the command line's handlers is answered over HTTP with no other change.
 *
 * <p>Not API: the package is not exported. Immutable and thread-safe (the handlers keep no state).
 */
public final class Contract {
    private final Seq<CaseHandler> handlers;
    private final Eval eval;

    private Contract(Seq<CaseHandler> handlers) {
        this.handlers = handlers;
        this.eval = new Eval(handlers);
    }

    /** {@return the contract with every case type of {@code kisoku eval}} */
    public static Contract standard() {
        return new Contract(KisokuCli.Handlers.all());
    }

    /** {@return the case types answered, sorted, as {@code kisoku eval --types} lists them} */
    public SortedSet<String> types() {
        return handlers.map(CaseHandler::type).toSortedSet();
    }

    /**
     * Answers one case already parsed, as {@code eval} answers its line.
     *
     * @param node the case (any JSON; a non-object is a problem of the answer)
     * @return the answer: {@code "ok":true} with the decision, or {@code "ok":false} with problems
     */
    public JsonNode answer(JsonNode node) {
        return eval.answer(node);
    }

    /**
     * Answers JSON Lines exactly as {@code kisoku eval}: one answer line per non-blank line.
     *
     * @param in the cases, one a line
     * @param out where the answers go
     * @throws IOException when the input cannot be read (e.g. invalid UTF-8)
     */
    public void answerLines(BufferedReader in, PrintStream out) throws IOException {
        eval.run(in, out);
    }

    /**
     * {@return whether an answer is {@code "ok":true}}
     *
     * @param answer an answer of this contract
     */
    public static boolean ok(JsonNode answer) {
        return answer.path("ok").asBoolean();
    }

    /** {@return the mapper of the contract: strict (no trailing tokens, no repeated keys), bounded nesting} */
    public static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    /**
     * {@return one JSON value as one line, as {@code eval} prints it}
     *
     * @param node the value
     */
    public static String line(JsonNode node) {
        return Json.line(node);
    }

    /** {@return a new empty JSON object} */
    public static ObjectNode object() {
        return Json.object();
    }

    /**
     * A failed answer without a case id, for a request that is not a case at all.
     *
     * @param problems every problem, each with field, code and words in both languages
     * @return {@code {"id":null,"ok":false,"problems":[…]}}
     */
    public static ObjectNode failed(Seq<Problem> problems) {
        return Json.failed(NullNode.instance, problems);
    }

    /**
     * {@return reasons as the contract writes them: rule, basis, confidence, ja, en, figures}
     *
     * @param reasons the reasons
     */
    public static ArrayNode reasons(Seq<Reason> reasons) {
        return Json.reasons(reasons);
    }

    /**
     * {@return violation rows as {@code kisoku catalogue --json} prints them}
     *
     * @param rows the rows
     */
    public static ArrayNode violations(List<Violation> rows) {
        return BicycleCommands.Catalogue.rows(rows);
    }

    /**
     * {@return the parser's words for JSON it could not read, as {@code eval} gives them: no Java names}
     *
     * @param e what the parser threw
     */
    public static String parserWords(com.fasterxml.jackson.core.JacksonException e) {
        return Json.parserWords(e);
    }

    /** {@return the version of the answers' JSON Schema} */
    public static String schemaVersion() {
        return Json.SCHEMA_VERSION;
    }

    /**
     * Audits a month of golf visits as {@code kisoku golf audit --json} does.
     *
     * @param course the course, the JSON of a course file
     * @param visitsCsv the visits in the {@code VisitCsv} format
     * @param declared the declared total in yen, or none for the sum of {@code declared_tax}
     * @param month the month, or none for the first visit's
     * @return the report, or the problems that stopped the audit (a CSV the parser cannot read has
     *     none; its words are {@link AuditFailure#csvDetail()})
     */
    public static Either<AuditFailure, ObjectNode> golfAudit(JsonNode course, String visitsCsv, Option<Long> declared,
            Option<YearMonth> month) {
        return GolfAudit.audit(course, visitsCsv, declared, month)
                .mapLeft(f -> new AuditFailure(f.problems(), f.kind() == GolfAudit.FailureKind.CSV
                        ? Option.of(f.detail()) : Option.none()));
    }

    /**
     * Writes an audit report as {@code kisoku golf audit --csv} does: one row per visit.
     *
     * @param report a report of {@link #golfAudit}
     * @param out where the CSV goes
     * @throws IOException when {@code out} cannot be written
     */
    public static void golfAuditCsv(ObjectNode report, Appendable out) throws IOException {
        GolfAudit.csv(report, out);
    }

    /**
     * Why a month could not be audited.
     *
     * @param problems the problems of the course, of every row, or of the month
     * @param csvDetail when the visits were not readable as CSV at all, the parser's words
     */
    public record AuditFailure(Seq<Problem> problems, Option<String> csvDetail) {
    }
}
