package io.github.kisoku.bicycle;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * Answers that depend on nothing but a date, each built once for every day of the years most
 * asked about, and looked up by day: the 仮納付 deadline of a ticket handed over that day, the
 * reason that the system was in force on it. A ticket is written on the day of the act, so
 * nearly every question falls within the window; a day outside it is worked out as before.
 * Every answer is the one the rule gives that day (a test compares each with the rule's own).
 * Immutable and thread-safe: filled once, never changed.
 *
 * @param <T> the answer's type
 */
final class ByDate<T> {
    /**
     * The last day of the window: the end of the fifth fiscal year of the system, which starts
     * on 2026-04-01. A table of five years is a few thousand answers, built in milliseconds.
     */
    static final LocalDate LAST = LocalDate.of(2031, 3, 31);

    private final long first;
    private final Object[] answers;

    private ByDate(long first, Object[] answers) {
        this.first = first;
        this.answers = answers;
    }

    /**
     * The answers from a day to {@link #LAST}.
     *
     * @param from the first day, e.g. the day a figure comes into force; none when after {@code LAST}
     * @param answer the rule's answer for a day, never null
     * @param <T> the answer's type
     * @return the table
     */
    static <T> ByDate<T> from(LocalDate from, Function<LocalDate, T> answer) {
        long first = from.toEpochDay();
        Object[] answers = new Object[(int) Math.max(0, LAST.toEpochDay() - first + 1)];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = answer.apply(LocalDate.ofEpochDay(first + i));
        }
        return new ByDate<>(first, answers);
    }

    /**
     * Whether the table holds a day's answer.
     *
     * @param date the day
     * @return true from the first day to {@link #LAST}
     */
    boolean covers(LocalDate date) {
        long i = date.toEpochDay() - first;
        return i >= 0 && i < answers.length;
    }

    /**
     * A day's answer.
     *
     * @param date a day the table {@link #covers(LocalDate)}
     * @return the answer built for it
     */
    @SuppressWarnings("unchecked")
    T at(LocalDate date) {
        return (T) answers[(int) (date.toEpochDay() - first)];
    }
}
