package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;

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
        return None.INSTANCE;
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
        return new Reduction(Require.nonNull(name, "name"), Require.nonNull(share, "share"),
                Require.nonNull(cap, "cap"), Require.nonNull(basis, "basis"));
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

    /** No adjustment. */
    final class None implements Adjustment {
        private static final None INSTANCE = new None();

        private None() {
        }

        @Override
        public Message name() {
            return Message.of("加算減免なし", "no adjustment");
        }

        @Override
        public LegalBasis basis() {
            return BookingSources.FEE_ESTIMATE;
        }

        @Override
        public Yen apply(Yen base, FeeRounding rounding) {
            return base;
        }

        @Override
        public String toString() {
            return "加算減免なし";
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
    final class Reduction implements Adjustment {
        private final Message name;
        private final Ratio share;
        private final Option<Yen> cap;
        private final LegalBasis basis;

        private Reduction(Message name, Ratio share, Option<Yen> cap, LegalBasis basis) {
            this.name = name;
            this.share = share;
            this.cap = cap;
            this.basis = basis;
        }

        @Override
        public Message name() {
            return name;
        }

        @Override
        public LegalBasis basis() {
            return basis;
        }

        /** {@return the share taken off} */
        public Ratio share() {
            return share;
        }

        /** {@return the most taken off, if capped} */
        public Option<Yen> cap() {
            return cap;
        }

        @Override
        public Yen apply(Yen base, FeeRounding rounding) {
            Yen off = rounding.apply(base, share);
            Yen capped = cap.filter(c -> c.compareTo(off) < 0).getOrElse(off);
            return base.minusOrZero(capped);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reduction && ((Reduction) o).name.equals(name) && ((Reduction) o).share.equals(share)
                    && ((Reduction) o).cap.equals(cap) && ((Reduction) o).basis.equals(basis);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, share, cap);
        }

        @Override
        public String toString() {
            return name.ja() + " " + share + cap.map(c -> " (上限 " + c + ")").getOrElse("");
        }
    }
}
