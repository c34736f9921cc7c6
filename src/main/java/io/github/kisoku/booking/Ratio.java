package io.github.kisoku.booking;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;

/**
 * A non-negative fraction such as 3/2 (a 150 % surcharge) or 5/10 (a 5割 reduction), kept as
 * integers so that no fee is ever computed in floating point. Immutable and thread-safe.
 *
 * @param numerator zero or more
 * @param denominator one or more
 */
public record Ratio(long numerator, long denominator) {
    /**
     * Checks the fraction.
     *
     * @param numerator zero or more
     * @param denominator one or more
     * @throws InvalidInputException if the fraction is negative or has no denominator
     */
    public Ratio {
        if (numerator < 0 || denominator <= 0) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.RATIO, "ratio")
                    .withFigures("numerator", numerator, "denominator", denominator)));
        }
    }

    /**
     * A fraction.
     *
     * @param numerator zero or more
     * @param denominator one or more
     * @return the fraction
     */
    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
