package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.math.BigInteger;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A plan for a wanted span (e.g. 会議室 9–15): the reservations that cover it with the fewest
 * quota units under a rule set, and what a lottery means for it. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Plan {
    Plan() {
    }

    static Plan of(Unit unit, LocalDate date, RuleSet ruleSet, List<List<Slot>> pieces) {
        return ImmutablePlan.create(unit, date, ruleSet, pieces);
    }

    /** {@return the unit} */
    public abstract Unit unit();

    /** {@return the date} */
    public abstract LocalDate date();

    /** {@return the rule set planned under} */
    public abstract RuleSet ruleSet();

    /** {@return the reservations to ask for, each a run of slots} */
    public abstract List<List<Slot>> pieces();

    /** {@return the quota units the plan uses in total} */
    public int quotaUnits() {
        return pieces().map(p -> ruleSet().unitsFor(p.size())).sum().intValue();
    }

    /**
     * The requests that carry out the plan, one per piece (each needs its own purpose and
     * headcount: manual §5).
     *
     * @param group who books
     * @param headcount the headcount
     * @param purpose the purpose
     * @return the requests, in order
     */
    public List<BookingRequest> requests(Group group, int headcount, String purpose) {
        Require.nonNull(group, "group");
        return pieces().map(p -> BookingRequest.of(group, unit().id(), date(), p).withHeadcount(headcount)
                .withPurpose(purpose));
    }

    /**
     * The chance that every piece of the plan is won in a lottery, given the published number of
     * other applications per slot ({@code lotteryWaitingCount}, OBSERVED): each piece is drawn
     * separately (manual §1, CONFIRMED) and competes with the most applications on any of its
     * slots; under a uniform single-winner draw it wins with 1/(n+1). The published count is a
     * lower bound until the application window closes. This is a model assumption and the
     * decision says so.
     *
     * @param othersPerSlot the other applications per slot; a slot not given has none
     * @return the chance as an exact fraction
     */
    public Decision<Ratio> lotteryChance(Map<Slot, Integer> othersPerSlot) {
        Require.nonNull(othersPerSlot, "othersPerSlot");
        BigInteger den = BigInteger.ONE;
        List<Reason> reasons = List.empty();
        for (List<Slot> p : pieces()) {
            int n = p.map(s -> Math.max(0, othersPerSlot.get(s).getOrElse(0))).max().getOrElse(0);
            den = den.multiply(BigInteger.valueOf(n + 1L));
            reasons = reasons.append(Reason.of(BookingRule.PLAN_LOTTERY_PIECE).withFigures("others", n, "piece",
                    p.head().start() + "–" + p.last().end(), "applications", n + 1));
        }
        Decision<Ratio> d = Decision.of(Ratio.of(1, den.longValueExact()))
                .because(Reason.of(BookingRule.PLAN_LOTTERY));
        for (Reason r : reasons) {
            d = d.because(r);
        }
        return d.because(Reason.of(BookingRule.PLAN_LOTTERY_MODEL));
    }
}
