package io.github.kisoku.golftax.io;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.Fixtures;
import io.github.kisoku.golftax.GolfGenerators;
import io.github.kisoku.testing.Generators;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A plain line is read where it stands, field by field, without splitting it: the answer, every
 * value and every problem, must be what the same line split by {@code String.split} and read
 * field by field ({@link VisitCsv#fields}) gives.
 */
class VisitCsvLinePropertiesTest {
    private static final Course COURSE = Fixtures.course();

    // Each field's values: the good forms, the same padded with blanks, and the bad ones near them.
    private static final java.util.List<java.util.List<String>> FIELDS = java.util.List.of(
            java.util.List.of("0000001", " V1 ", "", " ", "\u3000", "a"),
            java.util.List.of("2026-04-01", "2026-04-30", " 2026-04-15\t", "2026-02-29", "2026-04-31", "2026-13-01",
                "2026-00-10", "2026-4-01", "2026/04/01", "+2026-04-01", "", " ", "x"),
            java.util.List.of("利用者1", " 利用者2 ", "", "\u3000", "a b"),
            java.util.List.of("1950-05-17", "2008-04-02", "2026-04-01", "2027-01-01", "1960-02-29", "1961-02-29",
                " 1980-01-01 ", "1980-1-1", ""),
            java.util.List.of("", "DRIVING_LICENCE", " PASSPORT ", "INDIVIDUAL_NUMBER_CARD", "OTHER", "passport",
                "PASSPORTS", "\u3000", "DRIVING_LICENCE\u3000"),
            java.util.List.of("", " ", "PHYSICAL:熊本県1", " PHYSICAL : 1 ", "PHYSICAL:", ":1", "NOPE:1", "PHYSICAL"),
            java.util.List.of("NORMAL", " NORMAL ", "normal", "NORMALS", "CLOSED_DAY_SELF_BAG", "EARLY_MORNING:10:00",
                "EARLY_MORNING: 09:30 ", "EARLY_MORNING:25:00", "RESTRICTED:9", "RESTRICTED: 18", "RESTRICTED:0",
                "RESTRICTED:x", "BUSINESS:(1)イ", "BUSINESS: (1)ア ", "BUSINESS_UNREGISTERED:(1)ア", "BUSINESS:(9)",
                "", "NORMAL:", ":NORMAL"),
            java.util.List.of("10000", " 800 ", "0", "+5", "-5", "", " ", "1e3", "99999999999999999999", "８００"),
            java.util.List.of("", "800", " 400 ", "0", "-1", "x", "\t", "+0"));

    private static Gen<String> lines() {
        Gen<String> nine = listsOf(ints(0, 1_000_000), 9, 9).map(picks -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                java.util.List<String> values = FIELDS.get(i);
                // mostly the first, good form of each field, so that whole rows are read
                int pick = picks.get(i) % 3 == 0 ? picks.get(i) % values.size() : 0;
                line.append(i == 0 ? "" : ",").append(values.get(pick));
            }
            return line.toString();
        });
        return weighted(java.util.List.of(90, 10), java.util.List.of(nine, GolfGenerators.csvLines()))
                .describedAs(Generators::quoted);
    }

    @Test
    void readsAPlainLineAsItsSplitFields() {
        property().forAll(lines(), ints(1, 1_000_000)).checkAssert((line, number) ->
                assertThat(VisitCsv.line(number, line, COURSE))
                        .isEqualTo(VisitCsv.fields(number, List.of(line.split(",", -1)), COURSE)));
    }

    @Test
    void readsEmptyFieldsAndFieldCountsLikeSplit() {
        for (String line : java.util.List.of("", ",", ",,,,,,,,", ",,,,,,,,,", "0000001,2026-04-01,利用者1")) {
            assertThat(VisitCsv.line(3, line, COURSE)).isEqualTo(VisitCsv.fields(3, List.of(line.split(",", -1)),
                    COURSE));
        }
    }

    @Test
    void readsAGoodLine() {
        String line = "0000001,2026-04-01,利用者1,1950-05-17,DRIVING_LICENCE,,NORMAL,10000,800";
        assertThat(VisitCsv.line(2, line, COURSE).get().visit().person().name()).isEqualTo("利用者1");
        assertThat(VisitCsv.line(2, line, COURSE).get().declaredTax().get().amount()).isEqualTo(800);
    }
}
