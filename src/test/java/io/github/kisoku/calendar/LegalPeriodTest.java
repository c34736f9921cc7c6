package io.github.kisoku.calendar;

import static io.github.kisoku.calendar.CalendarGenerators.legalPeriodLengths;
import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LegalPeriodTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Days of events from 1970-01-01 to 40,000 days later (2079-07-08). */
    private static Gen<LocalDate> eventDays() {
        return CalendarGenerators.datesBetween(d(1970, 1, 1), d(1970, 1, 1).plusDays(40_000));
    }

    @Test
    @DisplayName("民法140条: days, first day excluded (翌日起算) or included")
    void daysWithAndWithoutTheFirstDay() {
        assertThat(LegalPeriod.ofDays(7).firstDay(d(2026, 4, 1), FirstDay.EXCLUDED)).isEqualTo(d(2026, 4, 2));
        assertThat(LegalPeriod.ofDays(7).lastDay(d(2026, 4, 1), FirstDay.EXCLUDED)).isEqualTo(d(2026, 4, 8));
        assertThat(LegalPeriod.ofDays(7).lastDay(d(2026, 4, 1), FirstDay.INCLUDED)).isEqualTo(d(2026, 4, 7));
        assertThat(LegalPeriod.ofDays(10).lastDay(d(2026, 12, 25), FirstDay.EXCLUDED)).isEqualTo(d(2027, 1, 4));
        assertThat(LegalPeriod.ofDays(1).lastDay(d(2028, 2, 28), FirstDay.EXCLUDED)).isEqualTo(d(2028, 2, 29));
    }

    @Test
    @DisplayName("民法143条: months end the day before the 応当日, or at the month's end when there is none")
    void monthsAtMonthEnds() {
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 4, 15), FirstDay.EXCLUDED)).isEqualTo(d(2026, 5, 15));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 4, 15), FirstDay.INCLUDED)).isEqualTo(d(2026, 5, 14));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 1, 31), FirstDay.EXCLUDED)).isEqualTo(d(2026, 2, 28));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 1, 30), FirstDay.EXCLUDED)).isEqualTo(d(2026, 2, 28));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 1, 31), FirstDay.INCLUDED)).isEqualTo(d(2026, 2, 28));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2028, 1, 31), FirstDay.INCLUDED)).isEqualTo(d(2028, 2, 29));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2028, 1, 30), FirstDay.EXCLUDED)).isEqualTo(d(2028, 2, 29));
        // 2/28 excluded: the period starts on 3/1, the start of a month, so it ends at the end of March.
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 2, 28), FirstDay.EXCLUDED)).isEqualTo(d(2026, 3, 31));
        assertThat(LegalPeriod.ofMonths(3).lastDay(d(2026, 11, 30), FirstDay.EXCLUDED)).isEqualTo(d(2027, 2, 28));
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 3, 30), FirstDay.EXCLUDED)).isEqualTo(d(2026, 4, 30));
    }

    @Test
    @DisplayName("民法143条: years, leap days included")
    void yearsAndLeapDays() {
        assertThat(LegalPeriod.ofYears(1).lastDay(d(2024, 2, 29), FirstDay.INCLUDED)).isEqualTo(d(2025, 2, 28));
        assertThat(LegalPeriod.ofYears(1).lastDay(d(2024, 2, 28), FirstDay.EXCLUDED)).isEqualTo(d(2025, 2, 28));
        assertThat(LegalPeriod.ofYears(1).lastDay(d(2023, 2, 28), FirstDay.EXCLUDED)).isEqualTo(d(2024, 2, 29));
        assertThat(LegalPeriod.ofYears(4).lastDay(d(2024, 2, 28), FirstDay.EXCLUDED)).isEqualTo(d(2028, 2, 28));
        assertThat(LegalPeriod.ofYears(3).lastDay(d(2026, 4, 1), FirstDay.INCLUDED)).isEqualTo(d(2029, 3, 31));
        assertThat(LegalPeriod.ofYears(1).lastDay(d(2026, 4, 1), FirstDay.EXCLUDED))
                .isEqualTo(LegalPeriod.ofMonths(12).lastDay(d(2026, 4, 1), FirstDay.EXCLUDED));
    }

    @Test
    void lengthsAreOneOrMoreAndArgumentsRequired() {
        assertThatThrownBy(() -> LegalPeriod.ofDays(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("out-of-range");
        assertThatThrownBy(() -> LegalPeriod.ofMonths(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LegalPeriod.ofYears(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LegalPeriod.ofDays(3).lastDay(null, FirstDay.EXCLUDED))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LegalPeriod.ofDays(3).lastDay(d(2026, 1, 1), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(LegalPeriod.ofMonths(2)).isEqualTo(LegalPeriod.ofMonths(2)).isNotEqualTo(LegalPeriod.ofDays(2));
        assertThat(LegalPeriod.ofMonths(2).length()).isEqualTo(2);
        assertThat(LegalPeriod.ofYears(3).toString()).contains("length=3", "YEARS");
    }

    @Test
    void aPeriodOfNDaysLastsNDays() {
        property().forAll(legalPeriodLengths(400), eventDays(), anyOf(FirstDay.class))
                .checkAssert(LegalPeriodTest::aPeriodOfNDaysLastsNDays);
    }

    private static void aPeriodOfNDaysLastsNDays(int n, LocalDate event, FirstDay firstDay) {
        LegalPeriod p = LegalPeriod.ofDays(n);
        long counted = ChronoUnit.DAYS.between(p.firstDay(event, firstDay), p.lastDay(event, firstDay)) + 1;
        assertThat(counted).isEqualTo(n);
    }

    @Test
    void excludingTheFirstDayIsIncludingTheNextDay() {
        property().forAll(legalPeriodLengths(60), eventDays()).checkAssert((n, event) -> {
            assertThat(LegalPeriod.ofMonths(n).lastDay(event, FirstDay.EXCLUDED))
                    .isEqualTo(LegalPeriod.ofMonths(n).lastDay(event.plusDays(1), FirstDay.INCLUDED));
            assertThat(LegalPeriod.ofYears(n).lastDay(event, FirstDay.EXCLUDED))
                    .isEqualTo(LegalPeriod.ofMonths(12 * n).lastDay(event, FirstDay.EXCLUDED));
        });
    }

    @Test
    void monthsEndJustBeforeTheSameDayNMonthsLater() {
        property().forAll(legalPeriodLengths(60), eventDays()).checkAssert((n, start) -> {
            LocalDate last = LegalPeriod.ofMonths(n).lastDay(start, FirstDay.INCLUDED);
            LocalDate sameDayLater = start.plusMonths(n);
            assertThat(last).isBeforeOrEqualTo(sameDayLater).isAfterOrEqualTo(sameDayLater.minusDays(1));
            if (start.getDayOfMonth() <= 28) {
                assertThat(last).isEqualTo(sameDayLater.minusDays(1));
            } else {
                assertThat(last.getMonth()).isEqualTo(sameDayLater.getMonth());
            }
        });
    }

    @Test
    void laterEventsNeverEndEarlier() {
        property().forAll(legalPeriodLengths(24), eventDays(), anyOf(FirstDay.class))
                .checkAssert((n, event, firstDay) -> {
                    LegalPeriod p = LegalPeriod.ofMonths(n);
                    assertThat(p.lastDay(event.plusDays(1), firstDay)).isAfterOrEqualTo(p.lastDay(event, firstDay));
                    assertThat(p.lastDay(event, firstDay)).isAfter(event);
                });
    }
}
