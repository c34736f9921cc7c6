package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.calendar.CalendarGenerators;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidationsTest {
    /** A small input as a domain would validate it. */
    private record Offence(String violationId, LocalDate date, int riderAge) {
    }

    private static Validation<Seq<Problem>, Offence> offence(String id, String date, int age) {
        return Validation.combine(Validations.notBlank("violationId", id), Validations.isoDate("date", date),
                Validations.between("riderAge", age, 0, 130)).ap(Offence::new);
    }

    @Test
    void isoDateRejectsImpossibleDatesNamingTheField() {
        Problem p = Validations.isoDate("offenceDate", "2026-02-30").getError();
        assertThat(p.field()).isEqualTo("offenceDate");
        assertThat(p.code()).isEqualTo("invalid-date");
        assertThat(p.message().ja()).contains("offenceDate").contains("2026-02-30");
        assertThat(p.message().en()).contains("2026-02-30");
        assertThat(Validations.isoDate("d", "2026-2-3").getError().code()).isEqualTo("invalid-date");
        assertThat(Validations.isoDate("d", "2027-02-29").getError().code()).isEqualTo("invalid-date");
        assertThat(Validations.isoDate("d", "2028-02-29").get()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Validations.isoDate("d", " 2026-04-01 ").get()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Validations.isoDate("d", null).getError().code()).isEqualTo("required");
        assertThat(Validations.isoDate("d", "").getError().code()).isEqualTo("required");
    }

    @Test
    void singleChecks() {
        assertThat(Validations.required("x", null).getError()).isEqualTo(Problem.required("x"));
        assertThat(Validations.required("x", 3).get()).isEqualTo(3);
        assertThat(Validations.notBlank("x", "  ").getError().code()).isEqualTo("required");
        assertThat(Validations.between("grade", 8, 1, 7).getError().message().en())
                .isEqualTo("grade must be from 1 to 7 (got 8)");
        assertThat(Validations.between("grade", 7, 1, 7).get()).isEqualTo(7);
        assertThat(Validations.between("grade", 1, 1, 7).get()).isEqualTo(1);
    }

    @Test
    void combineAccumulatesEveryProblemInOrder() {
        Validation<Seq<Problem>, Offence> bad = offence(" ", "2026-02-30", -1);
        assertThat(bad.getError().map(Problem::field)).containsExactly("violationId", "date", "riderAge");
        assertThat(bad.getError().map(Problem::code)).containsExactly("required", "invalid-date", "out-of-range");
        assertThatThrownBy(() -> Validations.orThrow(bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(3));
        Offence ok = Validations.orThrow(offence("signal-red", "2026-04-01", 17));
        assertThat(ok).isEqualTo(new Offence("signal-red", LocalDate.of(2026, 4, 1), 17));
    }

    @Test
    void everyRealDateRoundTripsAndEveryDay31OfAShortMonthIsRejected() {
        LocalDate first = LocalDate.of(1900, 1, 1);
        property().forAll(CalendarGenerators.datesBetween(first, first.plusDays(60_000))).checkAssert(date -> {
            assertThat(Validations.isoDate("d", date.toString()).get()).isEqualTo(date);
            if (date.lengthOfMonth() < 31) {
                String impossible = String.format("%04d-%02d-31", date.getYear(), date.getMonthValue());
                assertThat(Validations.isoDate("d", impossible).getError().code()).isEqualTo("invalid-date");
            }
        });
    }

    @Test
    void betweenAcceptsExactlyTheClosedRange() {
        property().forAll(ints(-50, 50), ints(-20, 0), ints(0, 20)).checkAssert((value, min, max) ->
                assertThat(Validations.between("v", value, min, max).isValid())
                        .isEqualTo(value >= min && value <= max));
    }

    /**
     * isoDate reads YYYY-MM-DD by hand (issue 7): for any text of digits, dashes, signs and
     * blanks it answers what LocalDate.parse answers, except that other forms (signed years) are
     * refused.
     */
    @Test
    void isoDateAgreesWithLocalDateParseOnAnyTextOfDigitsAndDashes() {
        property().forAll(KernelGenerators.isoDateLikeTexts())
                .checkAssert(ValidationsTest::isoDateAgreesWithLocalDateParseOnAnyTextOfDigitsAndDashes);
    }

    private static void isoDateAgreesWithLocalDateParseOnAnyTextOfDigitsAndDashes(String text) {
        LocalDate expected;
        try {
            expected = text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(text.strip()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            expected = null;
        }
        Validation<Problem, LocalDate> got = Validations.isoDate("d", text);
        if (text.isBlank()) {
            assertThat(got.getError().code()).isEqualTo("required");
        } else if (expected == null) {
            assertThat(got.getError().code()).as(text).isEqualTo("invalid-date");
        } else {
            assertThat(got.get()).as(text).isEqualTo(expected);
        }
    }

    /**
     * {@code isoTime} reads a time by hand: on any text of digits and colons it agrees with
     * {@code LocalTime.parse} wherever the text is exactly {@code HH:MM}, and refuses the rest.
     */
    @Test
    void isoTimeAgreesWithLocalTimeParseOnAnyTextOfDigitsAndColons() {
        property().forAll(KernelGenerators.isoTimeLikeTexts())
                .checkAssert(ValidationsTest::isoTimeAgreesWithLocalTimeParseOnAnyTextOfDigitsAndColons);
    }

    private static void isoTimeAgreesWithLocalTimeParseOnAnyTextOfDigitsAndColons(String text) {
        java.time.LocalTime expected;
        try {
            expected = text.strip().matches("[0-9]{2}:[0-9]{2}") ? java.time.LocalTime.parse(text.strip()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            expected = null;
        }
        Validation<Problem, java.time.LocalTime> got = Validations.isoTime("t", text);
        if (text.isBlank()) {
            assertThat(got.getError().code()).isEqualTo("required");
        } else if (expected == null) {
            assertThat(got.getError().code()).as(text).isEqualTo("invalid-time");
            assertThat(got.getError().field()).isEqualTo("t");
        } else {
            assertThat(got.get()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void isoTimeTakesOnlyHhMm() {
        assertThat(Validations.isoTime("t", " 05:30 ").get()).isEqualTo(java.time.LocalTime.of(5, 30));
        assertThat(Validations.isoTime("t", "00:00").get()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(Validations.isoTime("t", "23:59").get()).isEqualTo(java.time.LocalTime.of(23, 59));
        for (String bad : new String[] {"24:00", "12:60", "9:30", "09:30:00", "0930", "09-30", "０９:３０", "09:3a"}) {
            assertThat(Validations.isoTime("t", bad).getError().code()).as(bad).isEqualTo("invalid-time");
        }
        assertThat(Validations.isoTime("t", null).getError().code()).isEqualTo("required");
    }

    @Test
    void isoDateTakesOnlyYyyyMmDdInAsciiDigits() {
        assertThat(Validations.isoDate("d", " 2029-09-19 ").get()).isEqualTo(LocalDate.of(2029, 9, 19));
        assertThat(Validations.isoDate("d", "2000-01-01").get()).isEqualTo(LocalDate.of(2000, 1, 1));
        for (String bad : new String[] {"2026-04-0:", "2026-0:-01", "202:-04-01", "2026/04/01", "2026-04-01x",
            "+10000-01-01", "-2026-04-01", "2026-04-/1", "/026-04-01", "2026-04-1", "20260401", "2026-04-01-"}) {
            assertThat(Validations.isoDate("d", bad).getError().code()).as(bad).isEqualTo("invalid-date");
        }
    }
}
