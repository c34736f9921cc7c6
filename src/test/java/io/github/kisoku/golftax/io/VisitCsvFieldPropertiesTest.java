package io.github.kisoku.golftax.io;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.Generators.withEdges;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.golftax.AgeDocument;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.Fixtures;
import io.github.kisoku.golftax.GolfProblem;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.kernel.InputProblem;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.testing.Generators;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every field is read where it stands (the dates, the yen, the document and the play by hand,
 * issue 18) as the format on {@link VisitCsv} says, which {@link VisitCsvOracle} reads with the
 * plain library calls: for every row, the answer (every value, every problem with its field, code
 * and figures) of {@link VisitCsv#line} and of {@link VisitCsv#fields} is the oracle's. The texts
 * are the good forms and the bad ones near them, with the blanks {@code strip} removes around them
 * and characters that look blank but are not.
 */
class VisitCsvFieldPropertiesTest {
    private static final Course COURSE = Fixtures.course();

    // Blanks as String.strip reads them (Character.isWhitespace): ASCII controls, spaces of Unicode.
    private static final String BLANKS = " \t\u000B\f\u001C\u001F\u2003\u3000";
    // Characters that look blank but are not, so strip keeps them: no-break spaces, NEL, a zero width space.
    private static final String NOT_BLANKS = "\u00A0\u2007\u0080\u0085\u200B";

    private static final java.util.List<String> DATES = java.util.List.of("2026-04-01", "0000-01-01", "9999-12-31",
            "1999-09-29", "2024-02-29", "2000-02-29", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01",
            "2026-00-10", "2026-04-00", "20a6-04-01", "2026-0a-01", "2026-04-0a", "2026004-01", "2026-04001",
            "2026-04-011", "2026-04-1", " 2026-04-", "2026-4-01", "+2026-04-01", "-2026-04-01", "12026-04-01",
            "2026/04/01", "２０２６-04-01", "٢٠٢٦-04-01", "2026-04-01T00:00", "", "-", "2026");
    private static final java.util.List<String> DOCUMENTS = Stream.concat(
            Stream.of(AgeDocument.values()).map(Enum::name),
            Stream.of("", "passport", "PASSPORTS", "PASSPOR", "ASSPORT", "DRIVING LICENCE", "DRIVING_LICENCE_", "O",
                "OTHE", "OTHERS", "-")).collect(Collectors.toUnmodifiableList());
    private static final java.util.List<String> PLAYS = java.util.List.of("NORMAL", "CLOSED_DAY_SELF_BAG", "NORMAL:",
            "NORMAL:x", "CLOSED_DAY_SELF_BAG:", "CLOSED_DAY_SELF_BAG: 9", ":NORMAL", "NORMALS", "NORMA", "ORMAL",
            "normal", "CLOSED_DAY_SELF_BA", "CLOSED_DAY_SELF_BAGS", "EARLY_MORNING:10:00", "EARLY_MORNING: 09:30 ",
            "EARLY_MORNING:25:00", "RESTRICTED:9", "RESTRICTED:0", "RESTRICTED:x", "BUSINESS:(1)イ",
            "BUSINESS_UNREGISTERED:(1)ア", "BUSINESS:(9)", "", ":");
    private static final java.util.List<String> NUMBERS = java.util.List.of("0", "800", "10000", "+5", "-5", "-0",
            "00012", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "99999999999999999999", "８００", "٣", "", "+", "-", "1e3", "1 2", "0x10", "1.5", "--1");
    private static final java.util.List<String> PADDINGS = java.util.List.of("", " ", "\t", "\u3000", "\u2003",
            "\u001F", " \t ", "\u00A0", "\u0085", "\u200B", " \u00A0");

    @Test
    void readsTheEdgesOfEveryFieldAsTheOracle() {
        for (String left : PADDINGS) {
            for (String right : PADDINGS) {
                for (String date : DATES) {
                    assertReadAsTheOracle(row(1, left + date + right));
                    assertReadAsTheOracle(row(3, left + date + right));
                }
                for (String document : DOCUMENTS) {
                    assertReadAsTheOracle(row(4, left + document + right));
                }
                for (String play : PLAYS) {
                    assertReadAsTheOracle(row(6, left + play + right));
                }
                for (String number : NUMBERS) {
                    assertReadAsTheOracle(row(7, left + number + right));
                    assertReadAsTheOracle(row(8, left + number + right));
                }
            }
        }
    }

    @Test
    void readsEveryGeneratedRowAsTheOracle() {
        // Its own count: a thousand rows, also under PIT, so that the rare forms are drawn.
        property(1000).forAll(rows(), ints(1, 1_000_000)).checkAssert((fields, line) -> assertReadAsTheOracle(line,
                fields));
    }

    @Test
    void namesTheFieldAndWhyOfABadDateOrNumber() {
        assertThat(problems(row(1, " 2026-02-29 "))).containsExactly(Problem.of(InputProblem.INVALID_DATE, "use_date")
                .withFigure("value", " 2026-02-29 ").within("line 7"));
        assertThat(problems(row(3, "\u3000"))).containsExactly(Problem.required("birth_date").within("line 7"));
        assertThat(problems(row(7, " 1e3"))).containsExactly(Problem.of(GolfProblem.NOT_A_NUMBER, "fee_charged")
                .withFigure("value", " 1e3").within("line 7"));
        assertThat(problems(row(8, "\u00A0"))).containsExactly(Problem.of(GolfProblem.NOT_A_NUMBER, "declared_tax")
                .withFigure("value", "\u00A0").within("line 7"));
    }

    @Test
    void readsAPaddedDateAndNumbers() {
        String[] fields = row(3, "\u3000 1999-09-29\t");
        fields[7] = "+0009000 ";
        VisitRow r = VisitCsv.line(7, String.join(",", fields), COURSE).get();
        assertThat(r.visit().person().birthDate()).isEqualTo(LocalDate.of(1999, 9, 29));
        assertThat(r.visit().feeCharged().get().amount()).isEqualTo(9000);
    }

    private static Seq<Problem> problems(String[] fields) {
        Validation<Seq<Problem>, VisitRow> oracle = VisitCsvOracle.read(7, fields, COURSE);
        assertReadAsTheOracle(7, fields);
        return oracle.getError();
    }

    /** {@return a good row, field {@code at} replaced by {@code text}} */
    private static String[] row(int at, String text) {
        String[] fields = {"0000001", "2026-04-01", "利用者1", "1950-05-17", "DRIVING_LICENCE", "", "NORMAL", "10000",
            "800"};
        fields[at] = text;
        return fields;
    }

    private static void assertReadAsTheOracle(String[] fields) {
        assertReadAsTheOracle(7, fields);
    }

    private static void assertReadAsTheOracle(int line, String[] fields) {
        Validation<Seq<Problem>, VisitRow> expected = VisitCsvOracle.read(line, fields, COURSE);
        assertThat(VisitCsv.fields(line, List.of(fields), COURSE)).as("fields %s", List.of(fields)).isEqualTo(expected);
        assertThat(VisitCsv.line(line, String.join(",", fields), COURSE)).as("line %s", List.of(fields))
                .isEqualTo(expected);
    }

    /**
     * Rows of good fields but one, drawn near the edges (each of the dates, documents, plays and
     * yen by turns), every field with blanks around it or not: a field read wrong shows as a
     * value or a problem of the row only when the rest of the row is good.
     */
    private static Gen<String[]> rows() {
        Gen<String> digits = textOf("0123456789", 1, 3);
        java.util.List<Gen<String>> good = java.util.List.of(
                oneOf("0000001", "V1", "A-1"),
                ints(1, 30).map(d -> String.format("2026-04-%02d", d)),
                oneOf("利用者1", "熊本 太郎"),
                dates(ints(1930, 2019), ints(1, 12), ints(1, 28)),
                oneOf(DOCUMENTS.subList(0, AgeDocument.values().length + 1)),
                oneOf("", "PHYSICAL:熊本県1"),
                oneOf(PLAYS.subList(0, 2)),
                longs(0, 100_000).map(n -> Long.toString(n)),
                weighted(java.util.List.of(30, 70), java.util.List.of(oneOf(""), longs(0, 5_000).map(n -> Long.toString(n)))));
        java.util.List<Gen<String>> wild = java.util.List.of(
                good.get(0),
                nearby(dates(ints(0, 9999), ints(0, 13), ints(0, 32)), "0123456789-/+a٣９ "),
                good.get(2),
                nearby(dates(ints(0, 9999), ints(0, 13), ints(0, 32)), "0123456789-/+a٣９ "),
                nearby(oneOf(DOCUMENTS), "AEIOPRT_ a"),
                good.get(5),
                nearby(oneOf(PLAYS), "NORMAL_: 9"),
                nearby(withEdges(longs(-1_000_000, 1_000_000).map(n -> Long.toString(n)), NUMBERS), "0123456789+-. ８e"),
                nearby(withEdges(longs(-1_000, 1_000_000).map(n -> Long.toString(n)), NUMBERS), "0123456789+-. ８e"));
        Gen<Integer> which = oneOf(1, 3, 4, 6, 7, 8);
        Gen<String> padding = weighted(java.util.List.of(50, 35, 15), java.util.List.of(oneOf(""),
                textOf(BLANKS, 1, 3), textOf(BLANKS + NOT_BLANKS, 1, 2)));
        Gen<String[]> rows = in -> {
            int at = which.generate(in);
            String[] fields = new String[9];
            for (int i = 0; i < 9; i++) {
                String text = (i == at ? wild : good).get(i).generate(in);
                fields[i] = padding.generate(in) + text + padding.generate(in);
            }
            return fields;
        };
        return rows.describedAs(fields -> Generators.quoted(String.join(",", fields)));
    }

    private static Gen<String> dates(Gen<Integer> years, Gen<Integer> months, Gen<Integer> days) {
        return in -> String.format("%04d-%02d-%02d", years.generate(in), months.generate(in), days.generate(in));
    }

    /**
     * The texts and the texts near them: one character replaced, dropped or added, or the text
     * cut short, the new characters drawn from {@code alphabet}.
     */
    private static Gen<String> nearby(Gen<String> texts, String alphabet) {
        Gen<Integer> how = ints(0, 99);
        Gen<Integer> where = ints(0, 12);
        Gen<Integer> what = ints(0, alphabet.length() - 1);
        return in -> {
            String t = texts.generate(in);
            int h = how.generate(in);
            int at = t.isEmpty() ? 0 : where.generate(in) % t.length();
            char c = alphabet.charAt(what.generate(in));
            if (h < 50 || t.isEmpty()) {
                return t;
            } else if (h < 70) {
                return t.substring(0, at) + c + t.substring(at + 1);
            } else if (h < 80) {
                return t.substring(0, at) + t.substring(at + 1);
            } else if (h < 90) {
                return t.substring(0, at) + c + t.substring(at);
            }
            return t.substring(0, at);
        };
    }
}
