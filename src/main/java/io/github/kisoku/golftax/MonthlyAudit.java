package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An auditor's comparison of what a course declared for a month with what the rules give (申告
 * 内容の検査): the declared total against the computed total, and every visit whose declared tax
 * differs, with the decision that explains the computed amount. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class MonthlyAudit {
    MonthlyAudit() {
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
        return ImmutableMonthlyAudit.create(computed, declaredTotal, declaredByVisit, fromVisits.appendAll(unknown));
    }

    /** {@return the computed return} */
    public abstract MonthlyReturn computed();

    /** {@return the total the course declared} */
    public abstract Yen declaredTotal();

    /** {@return the tax the course declared per visit id} */
    abstract Map<String, Yen> declaredByVisit();

    /** {@return declared total minus computed total: negative when the course declared too little} */
    public long totalDifference() {
        return declaredTotal().differenceFrom(computed().totalTax());
    }

    /**
     * The part of the total difference the visit-by-visit records do not explain: the declared
     * total minus the sum of the per-visit declarations.
     *
     * @return the unexplained difference in yen
     */
    public long unexplained() {
        return declaredTotal().differenceFrom(declaredByVisit().values().foldLeft(Yen.ZERO, Yen::plus));
    }

    /** {@return every visit whose declared tax differs from the computed one, in the month's order} */
    public abstract List<VisitDifference> differences();

    /** {@return whether the declaration matches the rules exactly, in total and visit by visit} */
    public boolean clean() {
        return totalDifference() == 0 && differences().isEmpty();
    }
}
