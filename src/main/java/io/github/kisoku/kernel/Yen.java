package io.github.kisoku.kernel;

import io.vavr.collection.List;
import io.vavr.control.Validation;

/**
 * An amount of money in whole Japanese yen (円). Never negative: an amount owed, charged or
 * paid. A signed difference between two amounts is a plain {@code long} from
 * {@link #differenceFrom(Yen)}.
 *
 * <p>Integer arithmetic only, no floating point; every division names its {@link Rounding}.
 * Immutable and thread-safe; comparable by amount; written as in Japan ({@code 12,000円}).
 *
 * @param amount the amount in yen, zero or more
 */
public record Yen(long amount) implements Comparable<Yen> {
    /** Nothing: 0円. */
    public static final Yen ZERO = new Yen(0);

    /**
     * Checks the amount is not negative.
     *
     * @param amount the amount in yen
     * @throws InvalidInputException if the amount is negative
     */
    public Yen {
        if (amount < 0) {
            throw InvalidInputException.of(List.of(problem("amount", amount)));
        }
    }

    private static Problem problem(String field, long amount) {
        return Problem.of(InputProblem.NEGATIVE_AMOUNT, field).withFigure("value", amount);
    }

    /**
     * An amount of yen.
     *
     * @param amount the amount, zero or more
     * @return the amount
     * @throws InvalidInputException if the amount is negative
     */
    public static Yen of(long amount) {
        return Validations.orThrow(validate("amount", amount).mapError(List::of));
    }

    /**
     * An amount of yen, validated.
     *
     * @param field the field's name, for the problem
     * @param amount the amount
     * @return the amount, or the problem {@code negative-amount}
     */
    public static Validation<Problem, Yen> validate(String field, long amount) {
        return amount < 0 ? Validation.invalid(problem(field, amount))
                : Validation.valid(amount == 0 ? ZERO : new Yen(amount));
    }

    /**
     * This amount plus another.
     *
     * @param other the amount to add
     * @return the sum
     * @throws ArithmeticException if the sum overflows a {@code long} (beyond any real amount)
     */
    public Yen plus(Yen other) {
        Require.nonNull(other, "other");
        return new Yen(Math.addExact(amount, other.amount));
    }

    /**
     * This amount times a count, e.g. a fee per slot times slots.
     *
     * @param count how many times, zero or more
     * @return the product
     * @throws InvalidInputException if the count is negative
     */
    public Yen times(long count) {
        if (count < 0) {
            throw InvalidInputException.of(List.of(Problem.of(InputProblem.NEGATIVE_COUNT, "count")));
        }
        return new Yen(Math.multiplyExact(amount, count));
    }

    /**
     * This amount times a fraction, rounded as named: {@code fee.times(1, 2, Rounding.DOWN)} is
     * half the fee, truncated.
     *
     * @param numerator the fraction's numerator, zero or more
     * @param denominator the fraction's denominator, one or more
     * @param rounding how to round a fraction of a yen
     * @return the product, rounded
     * @throws InvalidInputException if the fraction is negative or the denominator is not positive
     */
    public Yen times(long numerator, long denominator, Rounding rounding) {
        if (numerator < 0 || denominator <= 0) {
            throw InvalidInputException.of(List.of(Problem.of(InputProblem.INVALID_FRACTION, "fraction")
                    .withFigures("numerator", numerator, "denominator", denominator)));
        }
        return new Yen(Require.nonNull(rounding, "rounding").divide(Math.multiplyExact(amount, numerator),
                denominator));
    }

    /**
     * This amount less another, never below zero.
     *
     * @param other the amount to subtract
     * @return the difference, or zero if the other is larger
     */
    public Yen minusOrZero(Yen other) {
        Require.nonNull(other, "other");
        return amount <= other.amount ? ZERO : new Yen(amount - other.amount);
    }

    /**
     * The signed difference {@code this − other} in yen, e.g. declared tax minus computed tax.
     *
     * @param other the amount to compare with
     * @return the difference, negative when the other is larger
     */
    public long differenceFrom(Yen other) {
        Require.nonNull(other, "other");
        return Math.subtractExact(amount, other.amount);
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount == 0;
    }

    @Override
    public int compareTo(Yen o) {
        Require.nonNull(o, "o");
        return Long.compare(amount, o.amount);
    }

    /**
     * The amount as written in Japan, e.g. {@code 12,000円}. Grouped by hand rather than with
     * {@code String.format("%,d")}: every reason prints amounts, a Formatter per amount was a hot
     * spot of the benchmarks (issue 7), and the separator must not follow the JVM's default locale.
     *
     * @return the amount with thousands separators and 円
     */
    @Override
    public String toString() {
        String digits = Long.toString(amount);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1).append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.append('円').toString();
    }
}
