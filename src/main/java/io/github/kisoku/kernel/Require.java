package io.github.kisoku.kernel;

import io.vavr.collection.List;
import org.jspecify.annotations.Nullable;

/**
 * Guards for the throwing factories, so that a missing argument is an
 * {@link InvalidInputException} naming the field rather than a {@code NullPointerException}.
 */
public final class Require {
    private Require() {
    }

    /**
     * Returns the value, or throws if it is null.
     *
     * @param value the value to check
     * @param field the field's name, for the problem
     * @param <T> the value's type
     * @return the value
     * @throws InvalidInputException if the value is null
     */
    public static <T> T nonNull(@Nullable T value, String field) {
        if (value == null) {
            throw InvalidInputException.of(List.of(Problem.required(field)));
        }
        return value;
    }

    /**
     * Returns the text, or throws if it is null or blank.
     *
     * @param value the text to check
     * @param field the field's name, for the problem
     * @return the text
     * @throws InvalidInputException if the text is null or blank
     */
    public static String notBlank(@Nullable String value, String field) {
        // Most texts start with visible ASCII or a CJK character, neither of which is whitespace
        // (none is above U+3000); only the others need the full scan.
        if (value != null && !value.isEmpty()) {
            char first = value.charAt(0);
            if ((first > ' ' && first < '\u007f') || first > '\u3000') {
                return value;
            }
        }
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(List.of(Problem.required(field)));
        }
        return value;
    }
}
