package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Require;

/**
 * How the tax treats one visit (課税区分): a closed set of four answers. Immutable and thread-safe.
 */
public sealed interface Treatment {

    /** {@return the legal basis of the treatment} */
    LegalBasis basis();

    /** {@return the treatment in Japanese, e.g. {@code 非課税（70歳以上）}} */
    String ja();

    /** {@return the treatment in English} */
    String en();

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
        public String ja() {
            return "課税対象外（業務利用 " + item.code() + "）";
        }

        @Override
        public String en() {
            return "not a taxable use (business use " + item.code() + ")";
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
        public String ja() {
            return "非課税（" + item.ja() + "）";
        }

        @Override
        public String en() {
            return "exempt (" + item.en() + ")";
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
        public String ja() {
            return "軽減（" + reductionCase.ja() + "）";
        }

        @Override
        public String en() {
            return "reduced (" + reductionCase.en() + ")";
        }
    }

    /** Taxed at the course's full rate (標準). */
    record Standard() implements Treatment {
        @Override
        public LegalBasis basis() {
            return Sources.law("第75条・第76条");
        }

        @Override
        public String ja() {
            return "課税（通常）";
        }

        @Override
        public String en() {
            return "standard rate";
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
