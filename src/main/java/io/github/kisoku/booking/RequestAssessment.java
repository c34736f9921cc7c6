package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The outcome of checking one request against every rule (申込の審査結果): accepted or refused,
 * with every violation, every other rule that applied, the rules checked that did not apply, the
 * rule set and the quota units it uses. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class RequestAssessment {
    RequestAssessment() {
    }

    static RequestAssessment start(Option<Facility> facility, Option<Unit> unit, RuleSet ruleSet) {
        return ImmutableRequestAssessment.create(facility, unit, ruleSet, 0, List.empty(), List.empty(), List.empty(),
                Option.none());
    }

    static Draft draft(Option<Facility> facility, Option<Unit> unit, RuleSet ruleSet) {
        return new Draft(facility, unit, ruleSet);
    }

    /**
     * An assessment being written by one check, on one thread: the rules add to it in place and it
     * becomes an immutable {@link RequestAssessment} once, at the end. A check adds a dozen reasons
     * or more; copying an immutable list for each (a list appends by copying) was most of what a
     * check allocated. Never shared, never escapes the check that made it.
     */
    static final class Draft {
        private final Option<Facility> facility;
        private final Option<Unit> unit;
        private final RuleSet ruleSet;
        private int quotaUnits;
        private final java.util.ArrayList<BrokenRule> violations = new java.util.ArrayList<>(4);
        private final java.util.ArrayList<Reason> reasons = new java.util.ArrayList<>(16);
        private final java.util.ArrayList<Reason> notApplied = new java.util.ArrayList<>(4);
        private Option<List<List<Slot>>> suggestedSplit = Option.none();

        private Draft(Option<Facility> facility, Option<Unit> unit, RuleSet ruleSet) {
            this.facility = facility;
            this.unit = unit;
            this.ruleSet = ruleSet;
        }

        Option<Facility> facility() {
            return facility;
        }

        Option<Unit> unit() {
            return unit;
        }

        int quotaUnits() {
            return quotaUnits;
        }

        boolean accepted() {
            return violations.isEmpty();
        }

        Draft violate(RefusalCode code, Reason reason) {
            violations.add(new BrokenRule(code, reason));
            return this;
        }

        Draft violateAll(Iterable<BrokenRule> more) {
            for (BrokenRule b : more) {
                violations.add(b);
            }
            return this;
        }

        Draft because(Reason reason) {
            reasons.add(reason);
            return this;
        }

        Draft notApplied(Reason reason) {
            notApplied.add(reason);
            return this;
        }

        Draft withUnits(int units) {
            quotaUnits = units;
            return this;
        }

        Draft suggest(List<List<Slot>> split) {
            suggestedSplit = Option.of(split);
            return this;
        }

        RequestAssessment done() {
            // the reasons as arrays: one copy of each list, where a linked list was a cell per reason
            return ImmutableRequestAssessment.create(facility, unit, ruleSet, quotaUnits, List.ofAll(violations),
                    Array.ofAll(reasons), Array.ofAll(notApplied), suggestedSplit);
        }
    }

    RequestAssessment violate(RefusalCode code, Reason reason) {
        return ImmutableRequestAssessment.create(facility(), unit(), ruleSet(), quotaUnits(),
                violations().append(new BrokenRule(code, reason)), reasons(), notApplied(), suggestedSplit());
    }

    RequestAssessment violateAll(List<BrokenRule> more) {
        return ImmutableRequestAssessment.create(facility(), unit(), ruleSet(), quotaUnits(), violations().appendAll(more),
                reasons(), notApplied(), suggestedSplit());
    }

    RequestAssessment because(Reason reason) {
        return ImmutableRequestAssessment.create(facility(), unit(), ruleSet(), quotaUnits(), violations(),
                reasons().append(reason), notApplied(), suggestedSplit());
    }

    RequestAssessment notApplied(Reason reason) {
        return ImmutableRequestAssessment.create(facility(), unit(), ruleSet(), quotaUnits(), violations(), reasons(),
                notApplied().append(reason), suggestedSplit());
    }

    RequestAssessment withUnits(int units) {
        return ImmutableRequestAssessment.create(facility(), unit(), ruleSet(), units, violations(), reasons(), notApplied(),
                suggestedSplit());
    }

    RequestAssessment suggest(List<List<Slot>> split) {
        return ImmutableRequestAssessment.create(facility(), unit(), ruleSet(), quotaUnits(), violations(), reasons(),
                notApplied(), Option.of(split));
    }

    /** {@return whether the request may be booked} */
    public boolean accepted() {
        return violations().isEmpty();
    }

    /** {@return the facility, if the unit was found} */
    public abstract Option<Facility> facility();

    /** {@return the unit, if found} */
    public abstract Option<Unit> unit();

    /** {@return the rule set that applied (old or new system)} */
    public abstract RuleSet ruleSet();

    /** {@return the quota units (持ちコマ数) the reservation uses} */
    public abstract int quotaUnits();

    /** {@return every rule broken} */
    public abstract List<BrokenRule> violations();

    /** {@return the other rules that applied, in the order checked} */
    abstract Seq<Reason> reasons();

    /** {@return the rules checked that did not apply} */
    abstract Seq<Reason> notApplied();

    /** {@return for a run of too many or scattered slots, the reservations to ask for instead} */
    public abstract Option<List<List<Slot>>> suggestedSplit();

    /**
     * The outcome as a decision: violations first, then the other rules that applied.
     *
     * @return the decision
     */
    public Decision<Verdict> decision() {
        return Decision.of(accepted() ? Verdict.ACCEPTED : Verdict.REFUSED,
                violations().map(BrokenRule::reason).appendAll(reasons()), notApplied());
    }

    /**
     * The outcome as a refusal (meaningful when not accepted).
     *
     * @return the refusal
     */
    public Refusal toRefusal() {
        return Refusal.of(violations(), reasons(), notApplied(), suggestedSplit());
    }
}
