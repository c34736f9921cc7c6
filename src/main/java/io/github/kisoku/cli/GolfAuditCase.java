package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.MonthlyReturn;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.golftax.io.VisitCsv;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * {@code golf.audit}: the auditor's month as a case — the course (as in the course file), the
 * visits as CSV text ({@code visitsCsv}, the {@link VisitCsv} format with its header) or as rows
 * ({@code visits}: objects keyed by the CSV's column names), and the declared total → the return
 * by grade and treatment, the registers, and every difference with the rule that applied. Rows
 * that cannot be read are listed in the answer ({@code rejected}: {@code line N.column} for CSV
 * text, as the command {@code golf audit} names them; {@code visits[i].column} for rows) with the
 * rest audited; a month with no readable visit is a problem.
 */
final class GolfAuditCase implements CaseHandler {
    /** The most visits one case holds; a larger month goes through {@code golf audit} and a file. */
    static final int MAX_ROWS = 100_000;

    private static final List<String> COLUMNS = List.of(VisitCsv.HEADER.split(","));

    @Override
    public String type() {
        return "golf.audit";
    }

    @Override
    public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
        Option<Course> course = f.nested("course", true, c -> GolfCases.courseFile(c).toOption());
        Option<String> csv = f.text("visitsCsv", false);
        Option<List<List<String>>> rows = f.objects("visits", false, GolfAuditCase::row);
        Option<Yen> declared = f.yen("declaredTotal", false);
        Option<YearMonth> month = f.text("month", false).flatMap(t -> {
            try {
                return Option.of(YearMonth.parse(t));
            } catch (DateTimeParseException e) {
                f.problem(Problem.of(CliProblem.INVALID_MONTH, f.path("month")).withFigure("value", t));
                return Option.none();
            }
        });
        boolean hasCsv = f.value("visitsCsv").isDefined();
        boolean hasRows = f.value("visits").isDefined();
        if (hasCsv == hasRows) {
            f.problem(Problem.of(CliProblem.ONE_OF, f.path("visits")).withFigure("fields", "visits, visitsCsv"));
        }
        rows.filter(l -> l.size() > MAX_ROWS).forEach(l -> f.problem(Problem.of(
                io.github.kisoku.kernel.InputProblem.OUT_OF_RANGE, f.path("visits"))
                .withFigures("min", 1, "max", MAX_ROWS).withFigure("value", l.size())));
        return f.finish(() -> {
            List<Validation<Seq<Problem>, VisitRow>> read;
            if (csv.isDefined()) {
                try {
                    read = GolfAudit.readVisits(csv.get(), course.get());
                } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
                    return Validation.invalid(List.of(Problem.of(CliProblem.NOT_CSV, f.path("visitsCsv"))
                            .withFigure("detail", String.valueOf(e.getMessage()))));
                }
            } else {
                read = rows.get().zipWithIndex().map(t -> VisitCsv.fields(t._2, t._1, course.get())
                        .mapError(ps -> ps.map(p -> p.at(p.field().replaceFirst("^line " + t._2,
                                f.path("visits") + "[" + t._2 + "]")))));
            }
            // With no readable row there is no audit: the rows' problems are then the case's, under its field.
            String field = csv.isDefined() ? f.path("visitsCsv") + "." : "";
            return GolfAudit.audit(course.get(), read, declared, month).map(GolfAuditCase::answer)
                    .mapError(ps -> ps.map(p -> p.field().startsWith(f.path("visits")) ? p : p.at(field + p.field())));
        });
    }

    /** A visit row: the CSV's columns by name, as text or whole numbers; a missing column is blank. */
    private static Option<List<String>> row(CaseReader r) {
        List<String> out = List.empty();
        for (String c : COLUMNS) {
            Option<JsonNode> v = r.value(c);
            if (v.isDefined() && !v.get().isTextual() && !v.get().isIntegralNumber()) {
                r.wrongType(c, CliProblem.Expected.STRING);
            }
            out = out.append(v.map(JsonNode::asText).getOrElse(""));
        }
        return r.hasProblems() ? Option.none() : Option.of(out);
    }

    private static Answer answer(GolfAudit.Audited a) {
        // The return's total and its rule are the decision; each visit's own reasons are in the report.
        MonthlyReturn computed = a.audit().computed();
        return new Answer(a.report(), Decision.of(computed.totalTax().amount()).because(computed.totalReason()));
    }
}
