package io.github.kisoku.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * How one version of a named holiday of 国民の祝日に関する法律第2条 fixes its date in a year:
 * a fixed day (「一月一日」), the n-th Monday of a month (「一月の第二月曜日」), or an equinox day
 * (「春分日」, see {@link EquinoxDays}).
 */
interface DateRule {
    /**
     * The date this rule gives in a year.
     *
     * @param year the year
     * @return the date
     */
    LocalDate in(int year);

    /**
     * Whether the date of a year is a prediction rather than an announced or fixed date.
     *
     * @param year the year
     * @return true for an equinox day past the last announcement
     */
    default boolean predictedIn(int year) {
        return false;
    }

    /** A fixed day of the year, e.g. 5月3日. */
    static DateRule fixed(int month, int day) {
        return new Fixed(MonthDay.of(month, day));
    }

    /** The n-th Monday of a month, e.g. 1月の第2月曜日 (平成10年法律第141号 and 平成13年法律第59号, "Happy Monday"). */
    static DateRule nthMonday(Month month, int n) {
        return new NthMonday(month, n);
    }

    /** A fixed day of the year. */
    record Fixed(MonthDay day) implements DateRule {
        @Override
        public LocalDate in(int year) {
            return day.atYear(year);
        }

        @Override
        public String toString() {
            return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }
    }

    /** The n-th Monday of a month. */
    record NthMonday(Month month, int n) implements DateRule {
        @Override
        public LocalDate in(int year) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
        }

        @Override
        public String toString() {
            return month.getValue() + "月の第" + n + "月曜日";
        }
    }
}
