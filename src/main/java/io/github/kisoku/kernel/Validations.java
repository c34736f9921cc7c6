package io.github.kisoku.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Small helpers for Vavr {@link Validation} with {@link Problem}s: each check returns a
 * validation of one field, and {@link Validation#combine} accumulates them so that every problem
 * of an input is reported at once.
 */
public final class Validations {
    private Validations() {
    }

    /**
     * A present value, or the problem {@code required}.
     *
     * @param field the field's name
     * @param value the value, possibly null
     * @param <T> the value's type
     * @return the value, or the problem
     */
    public static <T> Validation<Problem, T> required(String field, @Nullable T value) {
        return value == null ? Validation.invalid(Problem.required(field)) : Validation.valid(value);
    }

    /**
     * A non-blank text, or the problem {@code required}.
     *
     * @param field the field's name
     * @param value the text, possibly null or blank
     * @return the text, or the problem
     */
    public static Validation<Problem, String> notBlank(String field, @Nullable String value) {
        return value == null || value.isBlank() ? Validation.invalid(Problem.required(field)) : Validation.valid(value);
    }

    /**
     * An integer within bounds, or the problem {@code out-of-range}.
     *
     * @param field the field's name
     * @param value the value
     * @param min the least allowed value
     * @param max the greatest allowed value
     * @return the value, or the problem
     */
    public static Validation<Problem, Integer> between(String field, int value, int min, int max) {
        return value < min || value > max
                ? Validation.invalid(Problem.of(InputProblem.OUT_OF_RANGE, field)
                        .withFigures("min", min, "max", max).withFigure("value", value))
                : Validation.valid(value);
    }

    /**
     * An ISO date written {@code YYYY-MM-DD} ({@code 2026-04-01}; surrounding blanks are
     * ignored), or the problem {@code required} or {@code invalid-date} (impossible dates such as
     * {@code 2026-02-30} and other forms such as {@code +10000-01-01} included).
     *
     * @param field the field's name
     * @param text the text to parse
     * @return the date, or the problem
     */
    public static Validation<Problem, LocalDate> isoDate(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid(Problem.required(field));
        }
        String t = text.strip();
        try {
            if (isPlainIsoDate(t)) {
                return Validation.valid(LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)));
            }
        } catch (DateTimeException e) {
            // a day that does not exist, e.g. 2026-02-30: the same problem as a wrong form
        }
        return Validation.invalid(Problem.of(InputProblem.INVALID_DATE, field).withFigure("value", text));
    }

    /**
     * A time of day given as text: exactly {@code HH:MM} in ASCII digits (blanks around are
     * ignored), 00:00 to 23:59; seconds, a single-digit hour and other forms are refused.
     *
     * @param field the field's name, for the problem
     * @param text the text, possibly missing
     * @return the time, or the problem {@code required} or {@code invalid-time}
     */
    public static Validation<Problem, LocalTime> isoTime(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid(Problem.required(field));
        }
        String t = text.strip();
        if (t.length() == 5 && t.charAt(2) == ':' && isDigit(t.charAt(0)) && isDigit(t.charAt(1))
                && isDigit(t.charAt(3)) && isDigit(t.charAt(4))) {
            int hour = digits(t, 0, 2);
            int minute = digits(t, 3, 5);
            if (hour < 24 && minute < 60) {
                return Validation.valid(LocalTime.of(hour, minute));
            }
        }
        return Validation.invalid(Problem.of(InputProblem.INVALID_TIME, field).withFigure("value", text));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a text is exactly {@code YYYY-MM-DD} in ASCII digits, the only form accepted (so
     * no signed or five-digit years). Read by hand: a month's audit reads millions of dates and
     * the formatter builds a map per date.
     */
    private static boolean isPlainIsoDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }

    /**
     * The value of a valid validation, or an {@link InvalidInputException} with every problem.
     *
     * @param validation the validation
     * @param <T> the value's type
     * @return the value
     * @throws InvalidInputException if the validation is invalid
     */
    public static <T> T orThrow(Validation<? extends Seq<Problem>, T> validation) {
        if (validation.isInvalid()) {
            throw InvalidInputException.of(validation.getError());
        }
        return validation.get();
    }
}
