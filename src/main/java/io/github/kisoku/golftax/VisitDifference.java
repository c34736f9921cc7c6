package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;

/**
 * One visit where the tax the course declared differs from the tax computed (申告差異): a visit
 * declared with another amount, a visit not declared, or an amount declared for a visit that is
 * not in the month. Immutable and thread-safe.
 *
 * @param visitId the visit's id
 * @param declared the tax the course declared for it, if any
 * @param computed the visit with its decision, if it is in the month
 */
public record VisitDifference(String visitId, Option<Yen> declared, Option<AssessedVisit> computed) {
    /** {@return the computed tax, zero for a visit not in the month} */
    public Yen computedTax() {
        return computed.map(AssessedVisit::tax).getOrElse(Yen.ZERO);
    }

    /** {@return the declared tax, zero for a visit not declared} */
    public Yen declaredTax() {
        return declared.getOrElse(Yen.ZERO);
    }

    /** {@return declared minus computed, in yen: negative when the course declared too little} */
    public long difference() {
        return declaredTax().differenceFrom(computedTax());
    }
}
