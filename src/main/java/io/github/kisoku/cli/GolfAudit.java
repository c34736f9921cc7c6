package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.golftax.AssessedVisit;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.GolfProblem;
import io.github.kisoku.golftax.GolfTaxRules;
import io.github.kisoku.golftax.MonthlyAudit;
import io.github.kisoku.golftax.MonthlyReturn;
import io.github.kisoku.golftax.ReturnLine;
import io.github.kisoku.golftax.io.VisitCsv;
import io.github.kisoku.golftax.VisitDifference;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;

/**
 * {@code kisoku golf audit}: a month of a course's visits (月次検査) — the rows rejected and why,
 * each visit's treatment and tax, the return by grade and treatment, the declared total against
 * the computed one, and every visit where the declared tax differs, with the rule that applied.
 * The visits file is the domain's {@link VisitCsv} format; {@code --csv} writes one row per visit
 * through Commons CSV, {@code --json} one JSON object.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a month of golf visits: summary, lists, differences.%n一か月分の利用を検査します。")
final class GolfAudit implements Callable<Integer> {
    private final Io io;

    @picocli.CommandLine.Option(names = "--course", required = true, description = "course file (JSON: name, grade, holes, type, fees)")
    Path course;
    @picocli.CommandLine.Option(names = "--visits", required = true, description = "visits file (CSV, header " + VisitCsv.HEADER + ")")
    Path visits;
    @picocli.CommandLine.Option(names = "--declared", description = "total tax on the 納入申告書, yen (default: the sum of declared_tax)")
    Long declared;
    @picocli.CommandLine.Option(names = "--month", description = "month audited, YYYY-MM (default: the month of the first visit)")
    YearMonth month;
    @picocli.CommandLine.Option(names = "--json", description = "print one JSON object")
    boolean json;
    @picocli.CommandLine.Option(names = "--csv", description = "print one CSV row per visit")
    boolean csv;

    GolfAudit(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        if (json && csv) {
            io.err().println("kisoku golf audit: --json と --csv は同時に使えません / use --json or --csv, not both");
            return 2;
        }
        if (declared != null && declared < 0) {
            io.err().println("kisoku golf audit: --declared は 0 以上の円です / --declared must be 0 or more yen");
            return 2;
        }
        JsonNode file;
        String text;
        try {
            file = Commands.readJson(course);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(visits))).toString();
        } catch (Commands.Unreadable e) {
            io.err().println(e.getMessage());
            return 1;
        } catch (IOException e) {
            io.err().println("kisoku golf audit: " + visits + " を読めません / cannot read: " + e);
            return 1;
        }
        Either<Failure, ObjectNode> result = audit(file, text, Option.of(declared), Option.of(month));
        if (result.isLeft()) {
            Failure f = result.getLeft();
            switch (f.kind()) {
                case COURSE:
                    io.err().println("kisoku golf audit: " + course + " に誤りがあります / the course file has problems:");
                    break;
                case CSV:
                    io.err().println("kisoku golf audit: " + visits + " は CSV として読めません / is not readable as CSV: "
                            + f.detail());
                    return 1;
                case NO_VISIT:
                    io.err().println("kisoku golf audit: 読める利用が一件もありません / no readable visit");
                    break;
                default:
                    io.err().println("kisoku golf audit: " + f.detail() + " 分の申告を組めません / cannot build the return for "
                            + f.detail() + ":");
                    break;
            }
            f.problems().forEach(p -> io.err().println("  " + p.field() + ": " + p.message().ja() + " / "
                    + p.message().en()));
            return 1;
        }
        ObjectNode report = result.get();
        if (json) {
            out.println(Json.line(report));
        } else if (csv) {
            return csv(report, out);
        } else {
            text(report, out);
        }
        return 0;
    }

    /** Why a month could not be audited: the part at fault and its problems (or, for CSV, the parser's words). */
    record Failure(FailureKind kind, Seq<Problem> problems, String detail) {
    }

    /** The part of the input at fault. */
    enum FailureKind {
        /** The course file has problems. */
        COURSE,
        /** The visits are not readable as CSV at all (detail: the parser's words). */
        CSV,
        /** No row could be read into a visit (problems: every rejected row's). */
        NO_VISIT,
        /** The visits read do not make a monthly return (detail: the month). */
        RETURN
    }

    /**
     * Audits a month: the course (the JSON of a course file), the visits CSV, the declared total
     * (default: the sum of {@code declared_tax}) and the month (default: the first visit's). The
     * command and the HTTP server ({@code POST /v1/golf/audit}) give the same report.
     */
    static Either<Failure, ObjectNode> audit(JsonNode courseFile, String text, Option<Long> declared,
            Option<YearMonth> month) {
        Validation<Seq<Problem>, Course> v = CaseReader.object(courseFile, "course").flatMap(GolfCases::courseFile);
        if (v.isInvalid()) {
            return Either.left(new Failure(FailureKind.COURSE, v.getError(), ""));
        }
        Course c = v.get();
        List<Validation<Seq<Problem>, VisitRow>> rows;
        try {
            rows = readVisits(text, c);
        } catch (java.io.UncheckedIOException | IllegalStateException | IOException e) {
            return Either.left(new Failure(FailureKind.CSV, List.empty(), String.valueOf(e.getMessage())));
        }
        List<VisitRow> good = rows.filter(Validation::isValid).map(Validation::get);
        List<Problem> rejected = rows.filter(Validation::isInvalid).flatMap(Validation::getError);
        if (good.isEmpty()) {
            return Either.left(new Failure(FailureKind.NO_VISIT, rejected, ""));
        }
        YearMonth m = month.getOrElse(() -> YearMonth.from(good.head().visit().useDate()));
        Validation<Seq<Problem>, MonthlyReturn> built = MonthlyReturn.build(m, good.map(VisitRow::visit));
        if (built.isInvalid()) {
            return Either.left(new Failure(FailureKind.RETURN, built.getError(), m.toString()));
        }
        MonthlyReturn computed = built.get();
        LinkedHashMap<String, Yen> byVisit = LinkedHashMap.empty();
        for (VisitRow r : good) {
            if (r.declaredTax().isDefined()) {
                byVisit = byVisit.put(r.visit().id(), r.declaredTax().get());
            }
        }
        Yen total = declared.map(Yen::of).getOrElse(byVisit.values().foldLeft(Yen.ZERO, Yen::plus));
        MonthlyAudit audit = MonthlyAudit.of(computed, total, byVisit);
        return Either.right(report(c, rows.size(), rejected, audit, byVisit));
    }

    /** The audit as the contract shows it (the {@code result} of {@code golf.audit}, and {@code --json}). */
    static ObjectNode report(Course c, int rowCount, Seq<Problem> rejected, MonthlyAudit audit,
            LinkedHashMap<String, Yen> byVisit) {
        MonthlyReturn computed = audit.computed();
        ObjectNode r = Json.object().put("schemaVersion", Json.SCHEMA_VERSION).put("course", c.name())
                .put("grade", c.grade().value()).put("month", computed.month().toString()).put("rows", rowCount);
        ArrayNode rej = r.putArray("rejected");
        rejected.forEach(p -> rej.addObject().put("field", p.field()).put("code", p.code()).put("ja", p.message().ja())
                .put("en", p.message().en()));
        ArrayNode vs = r.putArray("visits");
        for (AssessedVisit a : computed.visits()) {
            ObjectNode o = vs.addObject().put("id", a.visit().id()).put("useDate", a.visit().useDate().toString())
                    .put("name", a.visit().person().name()).put("treatment", GolfCases.treatment(a.treatment()))
                    .put("treatmentJa", a.treatment().describe().ja()).put("treatmentEn", a.treatment().describe().en())
                    .put("taxYen", a.tax().amount());
            if (byVisit.containsKey(a.visit().id())) {
                o.put("declaredTaxYen", byVisit.get(a.visit().id()).get().amount());
            } else {
                o.putNull("declaredTaxYen");
            }
            o.set("reasons", Json.reasons(a.decision().reasons()));
        }
        ArrayNode lines = r.putArray("lines");
        for (ReturnLine l : computed.lines()) {
            lines.addObject().put("grade", l.grade().value()).put("treatment", GolfCases.treatment(l.treatment()))
                    .put("treatmentJa", l.treatment().describe().ja()).put("count", l.tally().count())
                    .put("taxYen", l.tally().tax().amount());
        }
        r.put("computedTotalYen", computed.totalTax().amount()).put("declaredTotalYen", audit.declaredTotal().amount())
                .put("difference", audit.totalDifference()).put("unexplained", audit.unexplained())
                .put("clean", audit.clean());
        registers(r, computed);
        ArrayNode diffs = r.putArray("differences");
        for (VisitDifference d : audit.differences()) {
            ObjectNode o = diffs.addObject().put("id", d.visitId()).put("declaredTaxYen", d.declaredTax().amount())
                    .put("computedTaxYen", d.computedTax().amount()).put("difference", d.difference())
                    .put("inMonth", d.computed().isDefined());
            ArrayNode why = o.putArray("reasons");
            ArrayNode whyNot = o.putArray("notApplied");
            for (AssessedVisit a : d.computed()) {
                why.addAll(Json.reasons(a.decision().reasons().take(1)));
                // Rules of other kinds of play would only be noise for the clerk.
                whyNot.addAll(Json.reasons(a.decision().notApplied().filter((Reason n) ->
                        !n.figures().has(GolfTaxRules.SCOPE))));
            }
        }
        return r;
    }

    /**
     * The registers the course keeps (非課税利用者名簿, the reduced-rate register, business-use
     * counts), by visit id and date: names, birth dates and card numbers stay in the course's books.
     */
    private static void registers(ObjectNode r, MonthlyReturn computed) {
        ArrayNode exempt = r.putArray("nonTaxableUsers");
        computed.nonTaxableUsers().forEach(u -> exempt.addObject().put("id", u.visit().id())
                .put("useDate", u.useDate().toString()).put("item", u.item().name())
                .put("provision", u.item().provision()));
        ArrayNode reduced = r.putArray("reducedRateRegister");
        computed.reducedRateRegister().forEach(u -> reduced.addObject().put("id", u.visit().id())
                .put("useDate", u.useDate().toString()).put("reductionCase", u.reductionCase().name())
                .put("taxYen", u.tax().amount()));
        ObjectNode business = r.putObject("businessUseCounts");
        computed.businessUseCounts().toSortedMap(t -> t).forEach((k, v) -> business.put(k.code(), v));
    }

    /** An audit and its report. */
    record Audited(ObjectNode report, MonthlyAudit audit) {
    }

    /** The visits of a month and the audit against a declared total, or why there is none. */
    static Validation<Seq<Problem>, Audited> audit(Course c, List<Validation<Seq<Problem>, VisitRow>> rows,
            io.vavr.control.Option<Yen> declared, io.vavr.control.Option<YearMonth> month) {
        List<VisitRow> good = rows.filter(Validation::isValid).map(Validation::get);
        List<Problem> rejected = rows.filter(Validation::isInvalid).flatMap(Validation::getError);
        if (good.isEmpty()) {
            return Validation.invalid(rejected.isEmpty() ? List.of(Problem.of(CliProblem.NO_VISIT, "visits"))
                    : rejected);
        }
        YearMonth m = month.getOrElse(() -> YearMonth.from(good.head().visit().useDate()));
        return MonthlyReturn.build(m, good.map(VisitRow::visit)).map(computed -> {
            LinkedHashMap<String, Yen> byVisit = LinkedHashMap.empty();
            for (VisitRow r : good) {
                if (r.declaredTax().isDefined()) {
                    byVisit = byVisit.put(r.visit().id(), r.declaredTax().get());
                }
            }
            Yen total = declared.getOrElse(byVisit.values().foldLeft(Yen.ZERO, Yen::plus));
            MonthlyAudit audit = MonthlyAudit.of(computed, total, byVisit);
            return new Audited(report(c, rows.size(), rejected, audit, byVisit), audit);
        });
    }

    private static void text(ObjectNode r, PrintStream out) {
        out.println("ゴルフ場利用税 月次検査 / golf-course usage tax monthly audit: " + r.get("course").asText() + " (等級 "
                + r.get("grade").asInt() + ") " + r.get("month").asText());
        out.println("読んだ行 / rows read: " + r.get("rows").asInt() + "、読めなかった行 / rejected: "
                + r.get("rejected").size());
        for (JsonNode p : r.get("rejected")) {
            out.println("  " + p.get("field").asText() + ": " + p.get("ja").asText() + " / " + p.get("en").asText());
        }
        out.println();
        out.println("利用ごとの判定 / visits:");
        for (JsonNode v : r.get("visits")) {
            out.printf("  %s %s %s %s / %s 税額 %,d円%s%n", v.get("id").asText(), v.get("useDate").asText(),
                    v.get("name").asText(), v.get("treatmentJa").asText(), v.get("treatmentEn").asText(),
                    v.get("taxYen").asLong(), v.get("declaredTaxYen").isNull() ? ""
                            : String.format("（申告 / declared %,d円）", v.get("declaredTaxYen").asLong()));
        }
        out.println();
        out.println("等級別・区分別 / return by grade and treatment:");
        for (JsonNode l : r.get("lines")) {
            out.printf("  等級 %d %s: %d人 %,d円%n", l.get("grade").asInt(), l.get("treatmentJa").asText(),
                    l.get("count").asInt(), l.get("taxYen").asLong());
        }
        out.println();
        out.printf("計算した税額 / computed total: %,d円%n", r.get("computedTotalYen").asLong());
        out.printf("申告額 / declared total: %,d円、差額 / difference %+,d円、利用記録で説明できない差額 / unexplained %+,d円%n",
                r.get("declaredTotalYen").asLong(), r.get("difference").asLong(), r.get("unexplained").asLong());
        out.println("差異 / differences visit by visit:" + (r.get("differences").isEmpty() ? " なし / none" : ""));
        for (JsonNode d : r.get("differences")) {
            out.printf("  %s: 申告 / declared %,d円、計算 / computed %,d円 (%+,d円)%n", d.get("id").asText(),
                    d.get("declaredTaxYen").asLong(), d.get("computedTaxYen").asLong(), d.get("difference").asLong());
            if (!d.get("inMonth").asBoolean()) {
                out.println("      当月の利用にありません / not a visit of the month");
            }
            for (JsonNode why : d.get("reasons")) {
                out.println("      適用 / applied: " + why.get("ja").asText() + " / " + why.get("en").asText() + " — "
                        + why.get("basis").asText() + " [" + why.get("confidence").asText() + "]");
            }
            for (JsonNode why : d.get("notApplied")) {
                out.println("      不適用 / not applied: " + why.get("ja").asText() + " / " + why.get("en").asText());
            }
        }
    }

    private int csv(ObjectNode r, PrintStream out) {
        try {
            csv(r, (Appendable) out);
            return 0;
        } catch (IOException e) {
            io.err().println("kisoku golf audit: 書き出せません / cannot write: " + e);
            return 1;
        }
    }

    /** The report as CSV, one row per visit (the command's {@code --csv}, the server's {@code text/csv}). */
    static void csv(ObjectNode r, Appendable out) throws IOException {
        {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "use_date", "treatment",
                    "tax", "declared_tax", "difference", "rule", "basis", "confidence").get());
            for (JsonNode v : r.get("visits")) {
                long tax = v.get("taxYen").asLong();
                JsonNode declaredTax = v.get("declaredTaxYen");
                JsonNode rule = v.get("reasons").path(0);
                p.printRecord(v.get("id").asText(), v.get("useDate").asText(), v.get("treatment").asText(), tax,
                        declaredTax.isNull() ? "" : declaredTax.asLong(),
                        declaredTax.isNull() ? "" : declaredTax.asLong() - tax, rule.path("rule").asText(),
                        rule.path("basis").asText(), rule.path("confidence").asText());
            }
            p.flush();
        }
    }

    /**
     * Reads the visits file with Commons CSV (quoted fields allowed; blank lines and lines starting
     * with {@code #} skipped) and hands each record to the domain's row reader. A bad header is
     * one rejected row, as in {@link VisitCsv#parse}.
     */
    static List<Validation<Seq<Problem>, VisitRow>> readVisits(String text, Course course)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        java.util.List<Validation<Seq<Problem>, VisitRow>> rows = new java.util.ArrayList<>();
        boolean header = true;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int line = 1;
        int counted = 0;
        try (CSVParser parser = CSVParser.parse(body, format)) {
            for (CSVRecord r : parser) {
                List<String> fields = List.ofAll(r);
                // The record's first line, for problems: count the line breaks before it.
                int start = (int) r.getCharacterPosition();
                for (; counted < start; counted++) {
                    if (body.charAt(counted) == '\n') {
                        line++;
                    }
                }
                if (header) {
                    header = false;
                    if (!fields.mkString(",").equals(VisitCsv.HEADER)) {
                        return List.of(Validation.invalid(List.of(Problem.of(GolfProblem.BAD_HEADER, "line " + line)
                                .withFigure("header", VisitCsv.HEADER))));
                    }
                } else {
                    rows.add(VisitCsv.fields(line, fields, course));
                }
            }
        }
        if (header) {
            return List.of(Validation.invalid(List.of(Problem.of(GolfProblem.BAD_HEADER, "line 0").withFigure("header", VisitCsv.HEADER))));
        }
        return List.ofAll(rows);
    }
}
