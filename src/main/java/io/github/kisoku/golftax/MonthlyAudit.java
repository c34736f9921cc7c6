package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * An auditor's comparison of what a course declared for a month with what the rules give (申告
 * 内容の検査): the declared total against the computed total, and every visit whose declared tax
 * differs, with the decision that explains the computed amount. Immutable and thread-safe.
 */
public final class MonthlyAudit {
    private final MonthlyReturn computed;
    private final Yen declaredTotal;
    private final Map<String, Yen> declaredByVisit;
    private final List<VisitDifference> differences;

    private MonthlyAudit(MonthlyReturn computed, Yen declaredTotal, Map<String, Yen> declaredByVisit,
            List<VisitDifference> differences) {
        this.computed = computed;
        this.declaredTotal = declaredTotal;
        this.declaredByVisit = declaredByVisit;
        this.differences = differences;
    }

    /**
     * Compares a declaration with the computed return.
     *
     * @param computed the return the rules give
     * @param declaredTotal the total tax the course declared
     * @param declaredByVisit the tax the course collected per visit id, from its own records
     * @return the audit
     */
    public static MonthlyAudit of(MonthlyReturn computed, Yen declaredTotal, Map<String, Yen> declaredByVisit) {
        Require.nonNull(computed, "computed");
        Require.nonNull(declaredTotal, "declaredTotal");
        Require.nonNull(declaredByVisit, "declaredByVisit");
        List<VisitDifference> fromVisits = computed.visits()
                .map(a -> new VisitDifference(a.visit().id(), declaredByVisit.get(a.visit().id()), Option.of(a)))
                .filter(d -> d.declared().isEmpty() || d.difference() != 0);
        List<String> ids = computed.visits().map(a -> a.visit().id());
        List<VisitDifference> unknown = declaredByVisit.keySet().toList().sorted()
                .filter(id -> !ids.contains(id))
                .map(id -> new VisitDifference(id, declaredByVisit.get(id), Option.none()));
        return new MonthlyAudit(computed, declaredTotal, declaredByVisit, fromVisits.appendAll(unknown));
    }

    /** {@return the computed return} */
    public MonthlyReturn computed() {
        return computed;
    }

    /** {@return the total the course declared} */
    public Yen declaredTotal() {
        return declaredTotal;
    }

    /** {@return declared total minus computed total: negative when the course declared too little} */
    public long totalDifference() {
        return declaredTotal.differenceFrom(computed.totalTax());
    }

    /**
     * The part of the total difference the visit-by-visit records do not explain: the declared
     * total minus the sum of the per-visit declarations.
     *
     * @return the unexplained difference in yen
     */
    public long unexplained() {
        return declaredTotal.differenceFrom(declaredByVisit.values().foldLeft(Yen.ZERO, Yen::plus));
    }

    /** {@return every visit whose declared tax differs from the computed one, in the month's order} */
    public List<VisitDifference> differences() {
        return differences;
    }

    /** {@return whether the declaration matches the rules exactly, in total and visit by visit} */
    public boolean clean() {
        return totalDifference() == 0 && differences.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MonthlyAudit)) {
            return false;
        }
        MonthlyAudit a = (MonthlyAudit) o;
        return a.computed.equals(computed) && a.declaredTotal.equals(declaredTotal)
                && a.declaredByVisit.equals(declaredByVisit);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(computed, declaredTotal, declaredByVisit);
    }

    @Override
    public String toString() {
        return "MonthlyAudit " + computed.month() + ": declared " + declaredTotal + ", computed " + computed.totalTax()
                + ", " + differences.size() + " differences";
    }
}
