package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;

/**
 * A visit with its decision, as it stands in a month's return. Immutable and thread-safe.
 *
 * @param visit the visit
 * @param decision its treatment, tax, evidence and reasons
 */
public record AssessedVisit(Visit visit, Decision<VisitAssessment> decision) {
    /**
     * Checks that both parts are given.
     *
     * @param visit the visit
     * @param decision the decision
     */
    public AssessedVisit {
        Require.nonNull(visit, "visit");
        Require.nonNull(decision, "decision");
    }

    /** {@return the tax for the visit} */
    public Yen tax() {
        return decision.value().tax();
    }

    /** {@return the treatment of the visit} */
    public Treatment treatment() {
        return decision.value().treatment();
    }
}
