package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A typed refusal (受付不可・操作不可): every rule broken, each with its code and reason, the other
 * rules checked, and for a run of too many slots a suggested split. Nothing is refused for one
 * reason while hiding another. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Refusal {
    Refusal() {
    }

    static Refusal of(List<BrokenRule> violations, Seq<Reason> reasons, Seq<Reason> notApplied,
            Option<List<List<Slot>>> suggestedSplit) {
        return ImmutableRefusal.create(violations, reasons, notApplied, suggestedSplit);
    }

    static Refusal of(BrokenRule violation) {
        return ImmutableRefusal.create(List.of(violation), List.empty(), List.empty(), Option.none());
    }

    /** {@return every rule broken, in the order checked} */
    public abstract List<BrokenRule> violations();

    /** {@return the other rules that applied, after the violations' own reasons} */
    abstract Seq<Reason> reasons();

    /** {@return the rules checked that did not apply} */
    abstract Seq<Reason> notApplied();

    /** {@return the codes of the rules broken} */
    public List<RefusalCode> codes() {
        return violations().map(BrokenRule::code);
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
    public abstract Option<List<List<Slot>>> suggestedSplit();

    /**
     * The refusal as a decision: the codes, every violation's reason first, then the other reasons.
     *
     * @return the decision
     */
    public Decision<List<RefusalCode>> decision() {
        return Decision.of(codes(), violations().map(BrokenRule::reason).appendAll(reasons()), notApplied());
    }
}
