package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;

/**
 * How the tax treats one visit (課税区分): a closed set of four answers. Its words, e.g.
 * {@code 非課税（70歳以上）} / {@code exempt (aged 70 or over)}, are the {@code treatment.*} texts of
 * the package's {@code texts} bundle ({@link #describe()}). Immutable and thread-safe.
 */
public sealed interface Treatment extends Described {

    /** {@return the legal basis of the treatment} */
    LegalBasis basis();

    /** {@return the treatment in both languages, e.g. {@code 非課税（70歳以上）} / {@code exempt (aged 70 or over)}} */
    @Override
    Message describe();

    /**
     * Not a taxable use at all (ゴルフ場の利用に該当しない): business use under circular 第5, outside
     * 熊本県税条例第67条.
     *
     * @param item which kind of business use
     */
    record NotTaxableUse(BusinessUseItem item) implements Treatment {
        /**
         * Checks that the item is given.
         *
         * @param item the item
         */
        public NotTaxableUse {
            Require.nonNull(item, "item");
        }

        @Override
        public LegalBasis basis() {
            return Sources.circular(item.section()).withNote("熊本県税条例第67条「ゴルフ場の利用」から除かれる");
        }

        @Override
        public Message describe() {
            return TreatmentWords.notTaxable(item);
        }
    }

    /**
     * Exempt (非課税) under an item of 地方税法第75条の2 or 第75条の3.
     *
     * @param item the item
     */
    record Exempt(ExemptionItem item) implements Treatment {
        /**
         * Checks that the item is given.
         *
         * @param item the item
         */
        public Exempt {
            Require.nonNull(item, "item");
        }

        @Override
        public LegalBasis basis() {
            return item.basis();
        }

        @Override
        public Message describe() {
            return TreatmentWords.exempt(item);
        }
    }

    /**
     * Taxed at a reduced rate (軽減税率) under a case of 熊本県税条例第69条.
     *
     * @param reductionCase the case
     */
    record Reduced(ReductionCase reductionCase) implements Treatment {
        /**
         * Checks that the case is given.
         *
         * @param reductionCase the case
         */
        public Reduced {
            Require.nonNull(reductionCase, "reductionCase");
        }

        @Override
        public LegalBasis basis() {
            return reductionCase.basis();
        }

        @Override
        public Message describe() {
            return TreatmentWords.reduced(reductionCase);
        }
    }

    /** Taxed at the course's full rate (標準). */
    record Standard() implements Treatment {
        @Override
        public LegalBasis basis() {
            return Sources.law("第75条・第76条");
        }

        @Override
        public Message describe() {
            return TreatmentWords.STANDARD;
        }
    }

    /**
     * The key the monthly return groups by, e.g. {@code exempt:AGED_70_OR_OVER}.
     *
     * @return a stable key
     */
    default String key() {
        if (this instanceof NotTaxableUse n) {
            return "not-taxable:" + n.item().name();
        }
        if (this instanceof Exempt e) {
            return "exempt:" + e.item().name();
        }
        if (this instanceof Reduced r) {
            return "reduced:" + r.reductionCase().name();
        }
        return "standard";
    }
}
