package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The outcome of checking one request against every rule (申込の審査結果): accepted or refused,
 * with every violation, every other rule that applied, the rules checked that did not apply, the
 * rule set and the quota units it uses. Immutable and thread-safe.
 */
public final class Assessment {
    private final Option<Facility> facility;
    private final Option<Unit> unit;
    private final RuleSet ruleSet;
    private final int quotaUnits;
    private final List<Violation> violations;
    private final List<Reason> reasons;
    private final List<Reason> notApplied;
    private final Option<List<List<Slot>>> suggestedSplit;

    private Assessment(Option<Facility> facility, Option<Unit> unit, RuleSet ruleSet, int quotaUnits,
            List<Violation> violations, List<Reason> reasons, List<Reason> notApplied,
            Option<List<List<Slot>>> suggestedSplit) {
        this.facility = facility;
        this.unit = unit;
        this.ruleSet = ruleSet;
        this.quotaUnits = quotaUnits;
        this.violations = violations;
        this.reasons = reasons;
        this.notApplied = notApplied;
        this.suggestedSplit = suggestedSplit;
    }

    static Assessment start(Option<Facility> facility, Option<Unit> unit, RuleSet ruleSet) {
        return new Assessment(facility, unit, ruleSet, 0, List.empty(), List.empty(), List.empty(), Option.none());
    }

    Assessment violate(RefusalCode code, Reason reason) {
        return new Assessment(facility, unit, ruleSet, quotaUnits, violations.append(new Violation(code, reason)),
                reasons, notApplied, suggestedSplit);
    }

    Assessment violateAll(List<Violation> more) {
        return new Assessment(facility, unit, ruleSet, quotaUnits, violations.appendAll(more), reasons, notApplied,
                suggestedSplit);
    }

    Assessment because(Reason reason) {
        return new Assessment(facility, unit, ruleSet, quotaUnits, violations, reasons.append(reason), notApplied,
                suggestedSplit);
    }

    Assessment notApplied(Reason reason) {
        return new Assessment(facility, unit, ruleSet, quotaUnits, violations, reasons, notApplied.append(reason),
                suggestedSplit);
    }

    Assessment withUnits(int units) {
        return new Assessment(facility, unit, ruleSet, units, violations, reasons, notApplied, suggestedSplit);
    }

    Assessment suggest(List<List<Slot>> split) {
        return new Assessment(facility, unit, ruleSet, quotaUnits, violations, reasons, notApplied,
                Option.of(split));
    }

    /** {@return whether the request may be booked} */
    public boolean accepted() {
        return violations.isEmpty();
    }

    /** {@return the facility, if the unit was found} */
    public Option<Facility> facility() {
        return facility;
    }

    /** {@return the unit, if found} */
    public Option<Unit> unit() {
        return unit;
    }

    /** {@return the rule set that applied (old or new system)} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return the quota units (持ちコマ数) the reservation uses} */
    public int quotaUnits() {
        return quotaUnits;
    }

    /** {@return every rule broken} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return for a run of too many or scattered slots, the reservations to ask for instead} */
    public Option<List<List<Slot>>> suggestedSplit() {
        return suggestedSplit;
    }

    /**
     * The outcome as a decision: violations first, then the other rules that applied.
     *
     * @return the decision
     */
    public Decision<Verdict> decision() {
        return Decision.of(accepted() ? Verdict.ACCEPTED : Verdict.REFUSED,
                violations.map(Violation::reason).appendAll(reasons), notApplied);
    }

    /**
     * The outcome as a refusal (meaningful when not accepted).
     *
     * @return the refusal
     */
    public Refusal toRefusal() {
        return Refusal.of(violations, reasons, notApplied, suggestedSplit);
    }

    @Override
    public String toString() {
        return (accepted() ? "ACCEPTED" : "REFUSED" + violations.map(Violation::code)) + " units=" + quotaUnits;
    }
}
