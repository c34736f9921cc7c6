package io.github.kisoku.booking;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * When requests of one method from one group class may be made for a date of use (受付期間): from
 * a day and time in the month {@code monthsBefore} months before the month of use, until an
 * optional number of days before the date of use. The 2023 notice gives the months (社会教育関係団体
 * priority 3 months, general lottery 2 months: CONFIRMED for the old system); the day, time and
 * closing are not published, so every window is a caller-supplied setting (ruling 7).
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class BookingWindow {
    BookingWindow() {
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
        return ImmutableBookingWindow.create(Require.nonNull(groupClass, "groupClass"), Require.nonNull(method, "method"),
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
        return ImmutableBookingWindow.create(groupClass(), method(), monthsBefore(), dayOfMonth(), at(), Option.of(days),
                basis());
    }

    /**
     * Whether the window is for a group class and method.
     *
     * @param cls the group's class; none for a guest
     * @param m the method
     * @return true when it applies
     */
    public boolean appliesTo(Option<GroupClass> cls, Method m) {
        return method() == m && (groupClass().isEmpty() || groupClass().equals(cls));
    }

    /**
     * When the window opens for a date of use.
     *
     * @param useDate the date of use
     * @return the opening time
     */
    public LocalDateTime opensAt(LocalDate useDate) {
        YearMonth m = YearMonth.from(useDate).minusMonths(monthsBefore());
        return m.atDay(Math.min(dayOfMonth(), m.lengthOfMonth())).atTime(at());
    }

    /**
     * The last moment of the window for a date of use: the end of the closing day, or the end of
     * the day of use.
     *
     * @param useDate the date of use
     * @return the closing time (exclusive)
     */
    public LocalDateTime closesAt(LocalDate useDate) {
        return useDate.minusDays(closesDaysBefore().getOrElse(0)).plusDays(1).atStartOfDay();
    }

    /** {@return the class the window is for; none for every class} */
    public abstract Option<GroupClass> groupClass();

    /** {@return the method the window is for} */
    public abstract Method method();

    /** {@return how many months before the month of use the window opens} */
    public abstract int monthsBefore();

    /** {@return the day of that month it opens (a day past the month's end means its last day)} */
    public abstract int dayOfMonth();

    /** {@return the time of day it opens} */
    public abstract LocalTime at();

    /** {@return how many days before the day of use it closes; none for the day of use itself} */
    public abstract Option<Integer> closesDaysBefore();

    /** {@return where the window is set} */
    public abstract LegalBasis basis();

    /**
     * The window as shown in a reason's text (the {@code window} figure of {@code booking.window}),
     * e.g. 社会教育関係団体 優先予約: 利用月の3か月前の1日 09:00 から、利用日の7日前まで.
     *
     * <p>Written once, when the window is made (derived, not part of equality): every check inside
     * the window cites it, and writing it is rendering two languages.
     *
     * @return the words, from the booking bundle ({@code text.booking.window})
     */
    @Value.Derived
    @Value.Auxiliary
    public Message describe() {
        Object who = groupClass().isEmpty() ? BookingRule.words("text.booking.window.all-groups")
                : groupClass().get();
        return closesDaysBefore().isEmpty()
                ? BookingRule.words("text.booking.window", "who", who, "method", method(),
                        "months", monthsBefore(), "day", dayOfMonth(), "at", at())
                : BookingRule.words("text.booking.window#closes", "who", who, "method", method(),
                        "months", monthsBefore(), "day", dayOfMonth(), "at", at(), "days", closesDaysBefore().get());
    }
}
