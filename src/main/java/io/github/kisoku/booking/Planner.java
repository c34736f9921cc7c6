package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Plans a wanted span of a day (e.g. 会議室 9時～15時, the manual's example in §1): the fewest
 * reservations, hence the fewest quota units, that cover it. In the new system a run is cut into
 * pieces of 2 slots from the start (9–13 + 13–15: 2 units); in the old system the whole run is
 * one reservation using one unit per slot (3 units). Pure and thread-safe.
 */
public final class Planner {
    private Planner() {
    }

    /**
     * Plans a span.
     *
     * @param facility the facility
     * @param unit the unit
     * @param date the date of use
     * @param from the start of the span, a slot's start
     * @param to the end of the span, a slot's end
     * @param ruleSet the rule set to plan under
     * @return the plan with its reasons, or the problem {@code not-slot-aligned}
     */
    public static Validation<Seq<Problem>, Decision<Plan>> plan(Facility facility, Unit unit, LocalDate date,
            LocalTime from, LocalTime to, RuleSet ruleSet) {
        Require.nonNull(facility, "facility");
        Require.nonNull(unit, "unit");
        Require.nonNull(date, "date");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(ruleSet, "ruleSet");
        List<Slot> slots = facility.slots().filter(s -> !s.start().isBefore(from) && !s.end().isAfter(to));
        boolean covers = !slots.isEmpty() && slots.head().start().equals(from) && slots.last().end().equals(to)
                && slots.zip(slots.tail()).forAll(p -> p._1.isFollowedBy(p._2));
        if (!covers) {
            return Validation.invalid(List.of(Problem.of(BookingProblem.NOT_SLOT_ALIGNED, "span")
                    .withFigures("from", from, "to", to).withFigure("facilityName", facility.name())));
        }
        int max = ruleSet.maxConsecutiveSlots().getOrElse(Integer.MAX_VALUE);
        Plan plan = Plan.of(unit, date, ruleSet, RequestRules.split(facility, slots, max));
        return Validation.valid(Decision.of(plan)
                .because(Reason.of(BookingRule.PLAN_SPLIT)
                        .withFigures("pieces", plan.pieces().size(), "ruleSet", ruleSet, "slots", slots.size()))
                .because(Reason.of(BookingRule.QUOTA_UNITS).variant("plan").withFigure("units", plan.quotaUnits())));
    }
}
