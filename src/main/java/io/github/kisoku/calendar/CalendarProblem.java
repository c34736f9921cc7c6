package io.github.kisoku.calendar;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemKind;

/**
 * The problems of the calendar's inputs: ages, periods and dates it cannot compute. Their words
 * are in the calendar's {@code messages_ja.properties} and {@code messages_en.properties}.
 */
public enum CalendarProblem implements ProblemKind {
    /** An age below zero (figure {@code value}). */
    NEGATIVE_AGE("out-of-range", "problem.calendar.negative-age"),
    /** A date beyond what java.time can compute (figure {@code value}). */
    BEYOND_DATES("out-of-range", "problem.calendar.beyond-dates"),
    /** A period of less than one day, month or year (figure {@code value}). */
    PERIOD_LENGTH("out-of-range", "problem.calendar.period-length"),
    /**
     * A date or year outside the years whose national holidays are computed (figures
     * {@code first}, {@code last}, {@code value}).
     */
    HOLIDAYS_OUT_OF_RANGE("holidays-out-of-range", "problem.calendar.holidays-out-of-range"),
    /** A set of closed days without an open day near a date (figures {@code closedDays}, {@code days}, {@code date}). */
    NO_OPEN_DAY("no-open-day", "problem.calendar.no-open-day");

    private static final MessageBundle WORDS = MessageBundle.load(CalendarProblem.class, "messages");

    private final String code;
    private final String key;

    CalendarProblem(String code, String key) {
        this.code = code;
        this.key = key;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public MessageBundle words() {
        return WORDS;
    }
}
