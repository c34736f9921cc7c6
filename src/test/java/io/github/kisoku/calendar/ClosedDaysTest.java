package io.github.kisoku.calendar;

import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClosedDaysTest {
    private static final LegalBasis FACILITY_RULES = LegalBasis.document("facility rules", "休館日",
            Confidence.CONFIRMED);
    /** A facility closed on Mondays and on one maintenance day. */
    private static final ClosedDays FACILITY = ClosedDays.of(Message.of("休館日", "facility closed"), FACILITY_RULES,
            HashSet.of(DayOfWeek.MONDAY), HashSet.of(LocalDate.of(2026, 4, 30)));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static String why(ClosedDays set, LocalDate date) {
        return set.whyClosed(date).map(Message::ja).getOrElse("open");
    }

    @Test
    @DisplayName("銀行法施行令第5条: banks close 12/31–1/3, not 12/29–12/30")
    void bankYearEnd() {
        ClosedDays bank = ClosedDays.bank();
        assertThat(why(bank, d(2026, 12, 29))).isEqualTo("open");
        assertThat(why(bank, d(2026, 12, 30))).isEqualTo("open");
        assertThat(why(bank, d(2026, 12, 31))).isEqualTo("年末年始");
        assertThat(why(bank, d(2027, 1, 1))).isEqualTo("元日");
        assertThat(why(bank, d(2027, 1, 2))).isEqualTo("土曜日");
        assertThat(why(bank, d(2027, 1, 3))).isEqualTo("日曜日");
        assertThat(why(bank, d(2028, 1, 3))).isEqualTo("年末年始");
        assertThat(why(bank, d(2028, 1, 4))).isEqualTo("open");
        assertThat(bank.basis().source()).isEqualTo("銀行法施行令");
    }

    @Test
    @DisplayName("行政機関の休日に関する法律第1条 and 地方税法第20条の5第2項: closed 12/29–1/3")
    void governmentOfficeAndLocalTaxYearEnd() {
        for (ClosedDays set : List.of(ClosedDays.governmentOffice(), ClosedDays.localTax())) {
            assertThat(why(set, d(2026, 12, 28))).as(set.toString()).isEqualTo("open");
            assertThat(why(set, d(2026, 12, 29))).as(set.toString()).isEqualTo("年末年始");
            assertThat(why(set, d(2026, 12, 30))).as(set.toString()).isEqualTo("年末年始");
            assertThat(why(set, d(2028, 1, 3))).as(set.toString()).isEqualTo("年末年始");
            assertThat(why(set, d(2028, 1, 4))).as(set.toString()).isEqualTo("open");
        }
        assertThat(ClosedDays.localTax().basis().provision()).contains("第20条の5第2項");
        assertThat(ClosedDays.governmentOffice().basis().eGovLawId().get()).isEqualTo("363AC0000000091");
    }

    @Test
    @DisplayName("Golden Week 2026: 4/29, 5/2–5/6 closed; 4/30, 5/1 and 5/7 open")
    void goldenWeek2026() {
        ClosedDays bank = ClosedDays.bank();
        assertThat(why(bank, d(2026, 4, 29))).isEqualTo("昭和の日");
        assertThat(why(bank, d(2026, 4, 30))).isEqualTo("open");
        assertThat(why(bank, d(2026, 5, 1))).isEqualTo("open");
        assertThat(why(bank, d(2026, 5, 2))).isEqualTo("土曜日");
        assertThat(why(bank, d(2026, 5, 3))).isEqualTo("日曜日");
        assertThat(why(bank, d(2026, 5, 4))).isEqualTo("みどりの日");
        assertThat(why(bank, d(2026, 5, 5))).isEqualTo("こどもの日");
        assertThat(why(bank, d(2026, 5, 6))).isEqualTo("振替休日（憲法記念日）");
        assertThat(why(bank, d(2026, 5, 7))).isEqualTo("open");
    }

    @Test
    @DisplayName("roll FORWARD over Golden Week lists every closed day skipped")
    void rollForwardOverGoldenWeek() {
        RolledDate r = ClosedDays.bank().roll(d(2026, 5, 2), RollDirection.FORWARD);
        assertThat(r.counted()).isEqualTo(d(2026, 5, 2));
        assertThat(r.rolled()).isEqualTo(d(2026, 5, 7));
        assertThat(r.moved()).isTrue();
        assertThat(r.direction()).isEqualTo(RollDirection.FORWARD);
        assertThat(r.skipped()).containsExactly("2026-05-02 土曜日", "2026-05-03 日曜日", "2026-05-04 みどりの日",
                "2026-05-05 こどもの日", "2026-05-06 振替休日（憲法記念日）");
        assertThat(r.basis()).isEqualTo(ClosedDays.bank().basis());
        assertThat(r.toString()).contains("counted=2026-05-02", "rolled=2026-05-07");
    }

    @Test
    @DisplayName("roll BACKWARD over Golden Week to the last open day before it")
    void rollBackwardOverGoldenWeek() {
        RolledDate r = ClosedDays.governmentOffice().roll(d(2026, 5, 6), RollDirection.BACKWARD);
        assertThat(r.rolled()).isEqualTo(d(2026, 5, 1));
        assertThat(r.skipped()).hasSize(5);
        assertThat(ClosedDays.governmentOffice().roll(d(2026, 4, 29), RollDirection.BACKWARD).rolled())
                .isEqualTo(d(2026, 4, 28));
    }

    @Test
    @DisplayName("roll across the year end: banks open on 12/30, offices not")
    void rollAcrossYearEnd() {
        assertThat(ClosedDays.bank().roll(d(2026, 12, 31), RollDirection.FORWARD).rolled())
                .isEqualTo(d(2027, 1, 4));
        assertThat(ClosedDays.bank().roll(d(2027, 1, 3), RollDirection.BACKWARD).rolled())
                .isEqualTo(d(2026, 12, 30));
        assertThat(ClosedDays.governmentOffice().roll(d(2027, 1, 3), RollDirection.BACKWARD).rolled())
                .isEqualTo(d(2026, 12, 28));
        RolledDate tax = ClosedDays.localTax().roll(d(2026, 12, 29), RollDirection.FORWARD);
        assertThat(tax.rolled()).isEqualTo(d(2027, 1, 4));
        assertThat(tax.skipped()).containsExactly("2026-12-29 年末年始", "2026-12-30 年末年始", "2026-12-31 年末年始",
                "2027-01-01 元日", "2027-01-02 土曜日", "2027-01-03 日曜日");
    }

    @Test
    void anOpenDayDoesNotMove() {
        RolledDate r = ClosedDays.bank().roll(d(2026, 4, 30), RollDirection.BACKWARD);
        assertThat(r.moved()).isFalse();
        assertThat(r.rolled()).isEqualTo(r.counted());
        assertThat(r.skipped()).isEmpty();
        assertThat(r.toString()).contains("counted=2026-04-30", "rolled=2026-04-30");
    }

    @Test
    @DisplayName("a facility's own closed days, alone and in union with the office calendar")
    void facilityClosedDaysAndUnion() {
        assertThat(why(FACILITY, d(2026, 4, 27))).isEqualTo("休館日");
        assertThat(why(FACILITY, d(2026, 4, 30))).isEqualTo("休館日");
        assertThat(why(FACILITY, d(2026, 4, 29))).isEqualTo("open");
        ClosedDays both = ClosedDays.governmentOffice().union(FACILITY);
        assertThat(both.name().ja()).isEqualTo("行政機関の休日・休館日");
        assertThat(both.name().en()).isEqualTo("government office closing days and facility closed");
        assertThat(why(both, d(2026, 4, 29))).isEqualTo("昭和の日");
        assertThat(why(both, d(2026, 4, 30))).isEqualTo("休館日");
        assertThat(why(both, d(2026, 5, 11))).isEqualTo("休館日");
        assertThat(both.roll(d(2026, 4, 29), RollDirection.FORWARD).rolled()).isEqualTo(d(2026, 5, 1));
        assertThat(both.roll(d(2026, 5, 11), RollDirection.BACKWARD).rolled()).isEqualTo(d(2026, 5, 8));
        assertThat(both.roll(d(2026, 5, 2), RollDirection.FORWARD).skipped())
                .containsExactly("2026-05-02 土曜日", "2026-05-03 日曜日", "2026-05-04 みどりの日", "2026-05-05 こどもの日",
                        "2026-05-06 振替休日（憲法記念日）");
    }

    @Test
    @DisplayName("bad input is a typed problem: missing arguments, a set with no open day, dates out of range")
    void badInput() {
        assertThatThrownBy(() -> ClosedDays.of(Message.of("x", "x"), FACILITY_RULES, null, HashSet.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("weekly");
        assertThatThrownBy(() -> ClosedDays.bank().roll(null, RollDirection.FORWARD))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ClosedDays.bank().roll(d(2026, 5, 2), null))
                .isInstanceOf(InvalidInputException.class);
        ClosedDays always = ClosedDays.of(Message.of("毎日", "every day"), FACILITY_RULES,
                HashSet.of(DayOfWeek.values()), HashSet.empty());
        assertThatThrownBy(() -> always.roll(d(2026, 5, 2), RollDirection.FORWARD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-open-day");
        assertThatThrownBy(() -> ClosedDays.bank().roll(d(2099, 12, 31), RollDirection.FORWARD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holidays-out-of-range");
    }

    @Test
    void rolledDateIsOpenAndOnTheRightSideOfTheCountedDate() {
        property().forAll(CalendarGenerators.closedDays(),
                CalendarGenerators.datesBetween(d(1971, 1, 1), d(1971, 1, 1).plusDays(46_000)),
                anyOf(RollDirection.class))
                .checkAssert(ClosedDaysTest::rolledDateIsOpenAndOnTheRightSideOfTheCountedDate);
    }

    private static void rolledDateIsOpenAndOnTheRightSideOfTheCountedDate(ClosedDays set, LocalDate counted,
            RollDirection direction) {
        RolledDate r = set.roll(counted, direction);
        assertThat(set.isClosed(r.rolled())).isFalse();
        if (direction == RollDirection.FORWARD) {
            assertThat(r.rolled()).isAfterOrEqualTo(counted);
        } else {
            assertThat(r.rolled()).isBeforeOrEqualTo(counted);
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(counted, r.rolled()));
        assertThat(r.skipped()).hasSize((int) distance);
        assertThat(r.moved()).isEqualTo(set.isClosed(counted));
        for (long i = 0; i < distance; i++) {
            LocalDate between = direction == RollDirection.FORWARD ? counted.plusDays(i) : counted.minusDays(i);
            assertThat(set.isClosed(between)).as("skipped %s", between).isTrue();
        }
    }

    @Test
    void weekendsAndHolidaysAreClosedInEveryStandardSet() {
        property().forAll(CalendarGenerators.datesBetween(d(1970, 1, 1), d(1970, 1, 1).plusDays(47_000)))
                .checkAssert(ClosedDaysTest::weekendsAndHolidaysAreClosedInEveryStandardSet);
    }

    private static void weekendsAndHolidaysAreClosedInEveryStandardSet(LocalDate date) {
        boolean closedEverywhere = date.getDayOfWeek() == DayOfWeek.SATURDAY
                || date.getDayOfWeek() == DayOfWeek.SUNDAY || JapaneseHolidays.isHoliday(date);
        if (closedEverywhere) {
            assertThat(ClosedDays.bank().isClosed(date)).isTrue();
            assertThat(ClosedDays.localTax().isClosed(date)).isTrue();
            assertThat(ClosedDays.governmentOffice().isClosed(date)).isTrue();
        }
        if (ClosedDays.bank().isClosed(date)) {
            assertThat(ClosedDays.governmentOffice().isClosed(date)).isTrue();
        }
    }
}
