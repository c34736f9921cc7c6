package io.github.kisoku.booking;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Rounding;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;

/**
 * A named rounding of an adjusted fee (端数処理) to a multiple of a unit, e.g. 10円未満切捨て is
 * {@code FeeRounding.of(Rounding.DOWN, 10)} (Kawagoe's rule, COMPARATOR). Kawaguchi's own rule
 * is not published, so the caller names it (ruling 7). Immutable and thread-safe.
 *
 * @param rounding how a remainder is rounded
 * @param unit the multiple in yen, one or more
 */
public record FeeRounding(Rounding rounding, long unit) {
    /**
     * Checks the rounding.
     *
     * @param rounding how a remainder is rounded
     * @param unit the multiple in yen
     * @throws InvalidInputException if the rounding is missing or the unit is less than one
     */
    public FeeRounding {
        Require.nonNull(rounding, "rounding");
        if (unit < 1) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.ROUNDING_UNIT, "unit")));
        }
    }

    /**
     * A rounding.
     *
     * @param rounding how a remainder is rounded
     * @param unit the multiple in yen
     * @return the rounding
     */
    public static FeeRounding of(Rounding rounding, long unit) {
        return new FeeRounding(rounding, unit);
    }

    /**
     * An amount times a ratio, rounded to this unit.
     *
     * @param amount the amount
     * @param ratio the ratio
     * @return the product, rounded
     */
    public Yen apply(Yen amount, Ratio ratio) {
        return amount.times(ratio.numerator(), ratio.denominator() * unit, rounding).times(unit);
    }

    /** {@return the rule as written, e.g. 10円未満切り捨て, from the booking bundle} */
    public Message label() {
        return BookingRule.words("text.booking.rounding", "unit", unit, "rounding", rounding);
    }
}
