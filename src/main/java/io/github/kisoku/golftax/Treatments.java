package io.github.kisoku.golftax;

/**
 * Each treatment a check can apply, made once: a treatment names only its item or case, and
 * every visit that gets one would otherwise make its own. Static functions and constants only;
 * thread-safe.
 */
// Indexed by the item's or case's ordinal: read on every decision that applies one.
@SuppressWarnings("EnumOrdinal")
final class Treatments {
    private static final Treatment.Exempt[] EXEMPT = new Treatment.Exempt[ExemptionItem.values().length];
    private static final Treatment.Reduced[] REDUCED = new Treatment.Reduced[ReductionCase.values().length];
    private static final Treatment.NotTaxableUse[] NOT_TAXABLE = new Treatment.NotTaxableUse[BusinessUseItem.values().length];

    static {
        for (ExemptionItem item : ExemptionItem.values()) {
            EXEMPT[item.ordinal()] = new Treatment.Exempt(item);
        }
        for (ReductionCase rc : ReductionCase.values()) {
            REDUCED[rc.ordinal()] = new Treatment.Reduced(rc);
        }
        for (BusinessUseItem item : BusinessUseItem.values()) {
            NOT_TAXABLE[item.ordinal()] = new Treatment.NotTaxableUse(item);
        }
    }

    private Treatments() {
    }

    /** {@return the exemption of an item} */
    static Treatment.Exempt exempt(ExemptionItem item) {
        return EXEMPT[item.ordinal()];
    }

    /** {@return the reduction of a case} */
    static Treatment.Reduced reduced(ReductionCase rc) {
        return REDUCED[rc.ordinal()];
    }

    /** {@return the business use of an item, not taxable} */
    static Treatment.NotTaxableUse notTaxable(BusinessUseItem item) {
        return NOT_TAXABLE[item.ordinal()];
    }
}
