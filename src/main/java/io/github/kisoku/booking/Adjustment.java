package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A 加算減免区分 applied to one fee component: none (加算減免なし, the form's default), a surcharge
 * as a multiplier (加算, e.g. ×2 for commercial use) or a reduction as a share with an optional
 * cap (減免, e.g. 5割, at most 1,000円); an exemption is a reduction of 1/1. Kawaguchi's
 * categories and rates are not published: they are caller-supplied (ruling 7). Immutable and
 * thread-safe.
 */
public sealed interface Adjustment permits Adjustment.None, Adjustment.Surcharge, Adjustment.Reduction {
    /**
     * No adjustment (加算減免なし).
     *
     * @return the adjustment
     */
    static Adjustment none() {
        return ImmutableNone.of();
    }

    /**
     * A surcharge: the component is multiplied by a factor, e.g. {@code Ratio.of(2, 1)}.
     *
     * @param name the category's name
     * @param factor the multiplier, 1 or more
     * @param basis where it is set
     * @return the adjustment
     */
    static Adjustment surcharge(Message name, Ratio factor, LegalBasis basis) {
        return new Surcharge(Require.nonNull(name, "name"), Require.nonNull(factor, "factor"),
                Require.nonNull(basis, "basis"));
    }

    /**
     * A reduction by a share of the component, capped.
     *
     * @param name the category's name
     * @param share the share taken off, at most 1/1
     * @param cap the most taken off, if capped
     * @param basis where it is set
     * @return the adjustment
     * @throws io.github.kisoku.kernel.InvalidInputException if the share is more than 1/1
     */
    static Adjustment reduction(Message name, Ratio share, Option<Yen> cap, LegalBasis basis) {
        if (Require.nonNull(share, "share").numerator() > share.denominator()) {
            throw io.github.kisoku.kernel.InvalidInputException.of(io.vavr.collection.List.of(
                    io.github.kisoku.kernel.Problem.of(BookingProblem.REDUCTION_SHARE, "share").withFigure("value", share)));
        }
        return ImmutableReduction.create(Require.nonNull(name, "name"), share, Require.nonNull(cap, "cap"),
                Require.nonNull(basis, "basis"));
    }

    /** {@return the category's name} */
    Message name();

    /** {@return the adjustment's basis} */
    LegalBasis basis();

    /**
     * The adjusted amount of a component.
     *
     * @param base the component before adjustment
     * @param rounding how a fraction is rounded
     * @return the adjusted amount
     */
    Yen apply(Yen base, FeeRounding rounding);

    /** No adjustment: one value, {@link Adjustment#none()}. */
    @Value.Immutable(singleton = true, builder = false, copy = false)
    @ValueStyle
    non-sealed abstract class None implements Adjustment {
        None() {
        }

        @Override
        public Message name() {
            return BookingRule.words("text.booking.adjustment.none");
        }

        @Override
        public LegalBasis basis() {
            return BookingSources.FEE_ESTIMATE;
        }

        @Override
        public Yen apply(Yen base, FeeRounding rounding) {
            return base;
        }
    }

    /**
     * A surcharge (加算) by a factor.
     *
     * @param name the category's name
     * @param factor the multiplier
     * @param basis where it is set
     */
    record Surcharge(Message name, Ratio factor, LegalBasis basis) implements Adjustment {
        @Override
        public Yen apply(Yen base, FeeRounding rounding) {
            return rounding.apply(base, factor);
        }
    }

    /** A reduction (減免) by a share, with an optional cap on the amount taken off. */
    @Value.Immutable
    @ValueStyle
    non-sealed abstract class Reduction implements Adjustment {
        Reduction() {
        }

        @Override
        public abstract Message name();

        /** {@return the share taken off} */
        public abstract Ratio share();

        /** {@return the most taken off, if capped} */
        public abstract Option<Yen> cap();

        @Override
        public abstract LegalBasis basis();

        @Override
        public Yen apply(Yen base, FeeRounding rounding) {
            Yen off = rounding.apply(base, share());
            Yen capped = cap().filter(c -> c.compareTo(off) < 0).getOrElse(off);
            return base.minusOrZero(capped);
        }
    }
}
