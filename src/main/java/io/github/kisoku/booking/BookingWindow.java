package io.github.kisoku.booking;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * When requests of one method from one group class may be made for a date of use (受付期間): from
 * a day and time in the month {@code monthsBefore} months before the month of use, until an
 * optional number of days before the date of use. The 2023 notice gives the months (社会教育関係団体
 * priority 3 months, general lottery 2 months: CONFIRMED for the old system); the day, time and
 * closing are not published, so every window is a caller-supplied setting (ruling 7).
 * Immutable and thread-safe.
 */
public final class BookingWindow {
    private final Option<GroupClass> groupClass;
    private final Method method;
    private final int monthsBefore;
    private final int dayOfMonth;
    private final LocalTime at;
    private final Option<Integer> closesDaysBefore;
    private final LegalBasis basis;

    private BookingWindow(Option<GroupClass> groupClass, Method method, int monthsBefore, int dayOfMonth,
            LocalTime at, Option<Integer> closesDaysBefore, LegalBasis basis) {
        this.groupClass = groupClass;
        this.method = method;
        this.monthsBefore = monthsBefore;
        this.dayOfMonth = dayOfMonth;
        this.at = at;
        this.closesDaysBefore = closesDaysBefore;
        this.basis = basis;
    }

    /**
     * A window that opens on a day of the month {@code monthsBefore} months before the month of
     * use (a day past that month's end means its last day) and stays open up to the day of use.
     *
     * @param groupClass the class it is for; none for every class
     * @param method the method it is for
     * @param monthsBefore months before the month of use, zero or more
     * @param dayOfMonth the opening day, 1 to 31
     * @param at the opening time
     * @param basis where the window is set
     * @return the window
     * @throws InvalidInputException if a number is out of range
     */
    public static BookingWindow opening(Option<GroupClass> groupClass, Method method, int monthsBefore,
            int dayOfMonth, LocalTime at, LegalBasis basis) {
        if (monthsBefore < 0 || dayOfMonth < 1 || dayOfMonth > 31) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.WINDOW_OPENS, "window")));
        }
        return new BookingWindow(Require.nonNull(groupClass, "groupClass"), Require.nonNull(method, "method"),
                monthsBefore, dayOfMonth, Require.nonNull(at, "at"), Option.none(), Require.nonNull(basis, "basis"));
    }

    /**
     * The same window closing at the end of the day {@code days} days before the day of use.
     *
     * @param days days before use, zero or more
     * @return a new window
     */
    public BookingWindow closingDaysBefore(int days) {
        if (days < 0) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.WINDOW_CLOSES, "closesDaysBefore")));
        }
        return new BookingWindow(groupClass, method, monthsBefore, dayOfMonth, at, Option.of(days), basis);
    }

    /**
     * Whether the window is for a group class and method.
     *
     * @param cls the group's class; none for a guest
     * @param m the method
     * @return true when it applies
     */
    public boolean appliesTo(Option<GroupClass> cls, Method m) {
        return method == m && (groupClass.isEmpty() || groupClass.equals(cls));
    }

    /**
     * When the window opens for a date of use.
     *
     * @param useDate the date of use
     * @return the opening time
     */
    public LocalDateTime opensAt(LocalDate useDate) {
        YearMonth m = YearMonth.from(useDate).minusMonths(monthsBefore);
        return m.atDay(Math.min(dayOfMonth, m.lengthOfMonth())).atTime(at);
    }

    /**
     * The last moment of the window for a date of use: the end of the closing day, or the end of
     * the day of use.
     *
     * @param useDate the date of use
     * @return the closing time (exclusive)
     */
    public LocalDateTime closesAt(LocalDate useDate) {
        return useDate.minusDays(closesDaysBefore.getOrElse(0)).plusDays(1).atStartOfDay();
    }

    /** {@return the class the window is for; none for every class} */
    public Option<GroupClass> groupClass() {
        return groupClass;
    }

    /** {@return the method the window is for} */
    public Method method() {
        return method;
    }

    /** {@return where the window is set} */
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BookingWindow)) {
            return false;
        }
        BookingWindow w = (BookingWindow) o;
        return groupClass.equals(w.groupClass) && method == w.method && monthsBefore == w.monthsBefore
                && dayOfMonth == w.dayOfMonth && at.equals(w.at) && closesDaysBefore.equals(w.closesDaysBefore);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(groupClass, method, monthsBefore, dayOfMonth, at, closesDaysBefore);
    }

    @Override
    public String toString() {
        return groupClass.map(GroupClass::ja).getOrElse("全団体") + " " + method.ja() + ": 利用月の" + monthsBefore
                + "か月前の" + dayOfMonth + "日 " + at + " から" + closesDaysBefore.map(d -> "、利用日の" + d + "日前まで")
                        .getOrElse("");
    }
}
