package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A typed refusal (受付不可・操作不可): every rule broken, each with its code and reason, the other
 * rules checked, and for a run of too many slots a suggested split. Nothing is refused for one
 * reason while hiding another. Immutable and thread-safe.
 */
public final class Refusal {
    private final List<Violation> violations;
    private final List<Reason> reasons;
    private final List<Reason> notApplied;
    private final Option<List<List<Slot>>> suggestedSplit;

    private Refusal(List<Violation> violations, List<Reason> reasons, List<Reason> notApplied,
            Option<List<List<Slot>>> suggestedSplit) {
        this.violations = violations;
        this.reasons = reasons;
        this.notApplied = notApplied;
        this.suggestedSplit = suggestedSplit;
    }

    static Refusal of(List<Violation> violations, List<Reason> reasons, List<Reason> notApplied,
            Option<List<List<Slot>>> suggestedSplit) {
        return new Refusal(violations, reasons, notApplied, suggestedSplit);
    }

    static Refusal of(Violation violation) {
        return new Refusal(List.of(violation), List.empty(), List.empty(), Option.none());
    }

    /** {@return every rule broken, in the order checked} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the codes of the rules broken} */
    public List<RefusalCode> codes() {
        return violations.map(Violation::code);
    }

    /**
     * Whether a rule with a code was broken.
     *
     * @param code the code
     * @return true when it is among the violations
     */
    public boolean has(RefusalCode code) {
        return codes().contains(code);
    }

    /** {@return for a run of too many or scattered slots, the reservations to ask for instead} */
    public Option<List<List<Slot>>> suggestedSplit() {
        return suggestedSplit;
    }

    /**
     * The refusal as a decision: the codes, every violation's reason first, then the other reasons.
     *
     * @return the decision
     */
    public Decision<List<RefusalCode>> decision() {
        return Decision.of(codes(), violations.map(Violation::reason).appendAll(reasons), notApplied);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Refusal && ((Refusal) o).violations.equals(violations)
                && ((Refusal) o).suggestedSplit.equals(suggestedSplit);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    @Override
    public String toString() {
        return "Refusal" + codes() + suggestedSplit.map(s -> " split " + s.map(r -> r.map(Slot::label))).getOrElse("");
    }
}
