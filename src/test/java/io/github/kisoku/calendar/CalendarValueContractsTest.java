package io.github.kisoku.calendar;

import io.github.kisoku.kernel.MessageBundle;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.vavr.collection.HashSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Value semantics and edges of the calendar's public types (issue 6, mutation testing). Holiday
 * facts are those of 国民の祝日に関する法律 (昭和23年法律第178号) as in the reference oracle.
 */
class CalendarValueContractsTest {
    private static final LegalBasis BASIS = LegalBasis.law("国民の祝日に関する法律", "323AC1000000178", "第2条",
            Confidence.CONFIRMED);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static void assertValueSemantics(Object value, Object twin, Object... variants) {
        assertThat(value).isEqualTo(value).isEqualTo(twin).hasSameHashCodeAs(twin);
        assertThat(value.equals(null)).isFalse();
        assertThat(value.equals(value.toString())).isFalse();
        for (Object v : variants) {
            assertThat(value).as("differs from %s", v).isNotEqualTo(v);
        }
    }

    @Test
    @DisplayName("祝日法第2条: a holiday equals only the same date, names, kind, basis and prediction flag")
    void holidaysCompareEveryComponent() {
        Holiday h = Holiday.of(d(2026, 5, 3), "憲法記念日", "Constitution Memorial Day", HolidayKind.NATIONAL, BASIS,
                false);
        assertValueSemantics(h,
                Holiday.of(d(2026, 5, 3), "憲法記念日", "Constitution Memorial Day", HolidayKind.NATIONAL, BASIS, false),
                Holiday.of(d(2027, 5, 3), "憲法記念日", "Constitution Memorial Day", HolidayKind.NATIONAL, BASIS, false),
                Holiday.of(d(2026, 5, 3), "みどりの日", "Constitution Memorial Day", HolidayKind.NATIONAL, BASIS, false),
                Holiday.of(d(2026, 5, 3), "憲法記念日", "Greenery Day", HolidayKind.NATIONAL, BASIS, false),
                Holiday.of(d(2026, 5, 3), "憲法記念日", "Constitution Memorial Day", HolidayKind.SUBSTITUTE, BASIS,
                        false),
                Holiday.of(d(2026, 5, 3), "憲法記念日", "Constitution Memorial Day", HolidayKind.NATIONAL,
                        BASIS.withConfidence(Confidence.UNCONFIRMED), false),
                Holiday.of(d(2026, 5, 3), "憲法記念日", "Constitution Memorial Day", HolidayKind.NATIONAL, BASIS, true));
        assertThat(h.hashCode()).isNotEqualTo(Holiday.of(d(2027, 5, 3), "憲法記念日", "Constitution Memorial Day",
                HolidayKind.NATIONAL, BASIS, false).hashCode());
        assertThat(h.toString()).contains("2026-05-03", "憲法記念日", "Constitution Memorial Day", "predicted=false");
        assertThat(JapaneseHolidays.on(d(2026, 5, 3)).get()).isEqualTo(JapaneseHolidays.on(d(2026, 5, 3)).get());
    }

    @Test
    @DisplayName("祝日法第2条: an equinox day after the last announcement prints as a prediction")
    void aPredictedHolidaySaysSo() {
        int year = JapaneseHolidays.lastAnnouncedEquinoxYear() + 1;
        Holiday vernal = JapaneseHolidays.inYear(year).find(h -> h.nameJa().equals("春分の日")).get();
        assertThat(vernal.predicted()).isTrue();
        assertThat(vernal.toString()).contains("predicted=true");
    }

    @Test
    @DisplayName("holidays are computed for 1970–2099 only; other years are a typed problem")
    void yearsOutsideTheSupportedRangeAreRejected() {
        assertThat(JapaneseHolidays.inYear(1970)).isNotEmpty();
        assertThat(JapaneseHolidays.inYear(2099)).isNotEmpty();
        assertThatThrownBy(() -> JapaneseHolidays.inYear(1969)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().head().code()).isEqualTo("holidays-out-of-range"));
        assertThatThrownBy(() -> JapaneseHolidays.inYear(2100)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("祝日法第2条: the holiday rules print as the law writes them")
    void dateRulesPrintAsTheLawWritesThem() {
        assertThat(DateRule.fixed(1, 1)).hasToString("1月1日");
        assertThat(DateRule.nthMonday(Month.JULY, 3)).hasToString("7月の第3月曜日");
        assertThat(EquinoxDays.VERNAL).hasToString("春分日");
        assertThat(EquinoxDays.AUTUMNAL).hasToString("秋分日");
    }

    @Test
    @DisplayName("Golden Week 2026: a rolled deadline equals only the same counting, rolling and closed days")
    void rolledDatesCompareEveryComponent() {
        // 2026-05-02 is a Saturday; 5/3 (Sun), 5/4, 5/5 and the 振替休日 5/6 follow: banks open again on 5/7.
        RolledDate forward = ClosedDays.bank().roll(d(2026, 5, 2), RollDirection.FORWARD);
        assertThat(forward.rolled()).isEqualTo(d(2026, 5, 7));
        assertThat(forward.closedDays().name()).isEqualTo(ClosedDays.bank().name());
        assertValueSemantics(forward, ClosedDays.bank().roll(d(2026, 5, 2), RollDirection.FORWARD),
                ClosedDays.bank().roll(d(2026, 5, 3), RollDirection.FORWARD),
                ClosedDays.bank().roll(d(2026, 5, 2), RollDirection.BACKWARD),
                ClosedDays.of(Message.of("休館日", "facility closed"), BASIS, HashSet.of(DayOfWeek.SATURDAY),
                        HashSet.empty()).roll(d(2026, 5, 2), RollDirection.FORWARD));
        assertThat(forward).isNotEqualTo(ClosedDays.localTax().roll(d(2026, 5, 2), RollDirection.FORWARD))
                .as("same dates, another set of closed days");
        assertThat(forward.hashCode())
                .isNotEqualTo(ClosedDays.bank().roll(d(2026, 5, 2), RollDirection.BACKWARD).hashCode());
        assertThat(forward.toString()).contains("counted=2026-05-02", "rolled=2026-05-07", "bank closing days");
        RolledDate open = ClosedDays.bank().roll(d(2026, 5, 1), RollDirection.FORWARD);
        assertThat(open.moved()).isFalse();
        assertThat(open.toString()).contains("counted=2026-05-01", "rolled=2026-05-01");
    }

    @Test
    @DisplayName("民法143条2項: a period ends the day before the corresponding day, even on the last day of a month")
    void aStartOnTheLastDayOfTheShorterMonthEndsTheDayBefore() {
        // Event 2026-01-27, first day excluded (民法140): start 1/28; 応当日 2/28 exists, so the period ends 2/27.
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 1, 27), FirstDay.EXCLUDED)).isEqualTo(d(2026, 2, 27));
        // Start 1/29: no 2/29 in 2026, so the period ends on the last day of February (民法143条2項ただし書).
        assertThat(LegalPeriod.ofMonths(1).lastDay(d(2026, 1, 28), FirstDay.EXCLUDED)).isEqualTo(d(2026, 2, 28));
        // One year from 2027-02-29 does not exist; start 2028-02-29 (leap day) → 2029-02-28 is the last day.
        assertThat(LegalPeriod.ofYears(1).lastDay(d(2028, 2, 28), FirstDay.EXCLUDED)).isEqualTo(d(2029, 2, 28));
    }

    @Test
    void periodsEqualOnlyTheSameLengthAndUnit() {
        assertValueSemantics(LegalPeriod.ofMonths(3), LegalPeriod.ofMonths(3), LegalPeriod.ofMonths(2),
                LegalPeriod.ofYears(3), LegalPeriod.ofDays(3));
        assertThat(LegalPeriod.ofMonths(3).hashCode()).isNotEqualTo(LegalPeriod.ofMonths(4).hashCode());
        assertThat(LegalPeriod.ofMonths(3).toString()).contains("length=3", "MONTHS");
    }

    @Test
    @DisplayName("民法143条2項: an n-month period ends the day before the corresponding day, or at the month's end")
    void monthPeriodsEndTheDayBeforeTheCorrespondingDay() {
        property().forAll(CalendarGenerators.datesBetween(d(1970, 1, 1), d(2090, 12, 31)),
                CalendarGenerators.legalPeriodLengths(36)).checkAssert((start, months) -> {
                    LocalDate last = LegalPeriod.ofMonths(months).lastDay(start, FirstDay.INCLUDED);
                    // java.time clamps plusMonths to the month's end, so a clamped day means "no corresponding day".
                    LocalDate corresponding = start.plusMonths(months);
                    LocalDate expected = corresponding.getDayOfMonth() == start.getDayOfMonth()
                            ? corresponding.minusDays(1) : corresponding;
                    assertThat(last).isEqualTo(expected);
                });
    }

    @Test
    @DisplayName("roll: a run of 366 closed days still finds the next open day; 367 is misuse (no-open-day)")
    void theLongestRunOfClosedDaysAllowedIsAYear() {
        LocalDate start = d(2026, 1, 1);
        io.vavr.collection.Set<LocalDate> year = HashSet.ofAll(start.datesUntil(start.plusDays(366)).toList());
        ClosedDays closed366 = ClosedDays.of(Message.of("閉鎖", "closed"), BASIS, HashSet.empty(), year);
        assertThat(closed366.roll(start, RollDirection.FORWARD).rolled()).isEqualTo(start.plusDays(366));
        ClosedDays closed367 = ClosedDays.of(Message.of("閉鎖", "closed"), BASIS, HashSet.empty(),
                year.add(start.plusDays(366)));
        assertThatThrownBy(() -> closed367.roll(start, RollDirection.FORWARD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().head().code()).isEqualTo("no-open-day"));
        assertThat(MessageBundle.plain(closed366)).isEqualTo("閉鎖 / closed");
    }
}
