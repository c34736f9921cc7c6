package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * What to estimate a fee for: a unit, its slots, the group's class, the equipment and fittings
 * charges (備品・付帯設備, normally none: manual §5) and a 加算減免区分 per component with the
 * rounding that applies to them. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class FeeRequest {
    FeeRequest() {
    }

    /**
     * A request with no equipment, no fittings and no adjustment.
     *
     * @param unit the unit
     * @param slots the slots booked
     * @param groupClass the group's class, none for a guest
     * @return the request
     */
    public static FeeRequest of(Unit unit, Seq<Slot> slots, Option<GroupClass> groupClass) {
        return ImmutableFeeRequest.create(Require.nonNull(unit, "unit"), List.ofAll(Require.nonNull(slots, "slots")),
                Require.nonNull(groupClass, "groupClass"), LinkedHashMap.empty(), LinkedHashMap.empty(),
                Option.none());
    }

    /**
     * The same request with an equipment or fittings charge before adjustment.
     *
     * @param component {@link FeeComponent#EQUIPMENT} or {@link FeeComponent#FITTINGS}
     * @param amount the charge
     * @return a new request
     */
    public FeeRequest withCharge(FeeComponent component, Yen amount) {
        return ImmutableFeeRequest.create(unit(), slots(), groupClass(),
                charges().put(Require.nonNull(component, "component"), Require.nonNull(amount, "amount")),
                adjustments(), rounding());
    }

    /**
     * The same request with a 加算減免区分 on one component.
     *
     * @param component the component
     * @param adjustment the adjustment
     * @return a new request
     */
    public FeeRequest withAdjustment(FeeComponent component, Adjustment adjustment) {
        return ImmutableFeeRequest.create(unit(), slots(), groupClass(), charges(),
                adjustments().put(Require.nonNull(component, "component"), Require.nonNull(adjustment, "adjustment")),
                rounding());
    }

    /**
     * The same request with the rounding that applies to adjusted amounts.
     *
     * @param rounding the named rounding
     * @return a new request
     */
    public FeeRequest withRounding(FeeRounding rounding) {
        return ImmutableFeeRequest.create(unit(), slots(), groupClass(), charges(), adjustments(),
                Option.of(Require.nonNull(rounding, "rounding")));
    }

    /** {@return the unit} */
    public abstract Unit unit();

    /** {@return the slots booked} */
    public abstract List<Slot> slots();

    /** {@return the group's class, none for a guest} */
    public abstract Option<GroupClass> groupClass();

    /** {@return the equipment and fittings charges before adjustment} */
    abstract Map<FeeComponent, Yen> charges();

    /** {@return the 加算減免区分 of each component that has one} */
    abstract Map<FeeComponent, Adjustment> adjustments();

    /** {@return the rounding of adjusted amounts, if named} */
    abstract Option<FeeRounding> rounding();

    /**
     * The estimate, from a fee table: the facility fee is the table's fee per slot times the slots
     * (per-slot charging is read from the manual's one example and is UNCONFIRMED); each
     * component's adjustment is applied to that component alone.
     *
     * @param table the fee table
     * @return the estimate with its reasons, or every problem (no fee row, no rounding named)
     */
    public Validation<Seq<Problem>, Decision<FeeEstimate>> estimate(UsageFeeTable table) {
        Require.nonNull(table, "table");
        Unit unit = unit();
        List<Slot> slots = slots();
        Option<GroupClass> groupClass = groupClass();
        Map<FeeComponent, Yen> charges = charges();
        Map<FeeComponent, Adjustment> adjustments = adjustments();
        Option<FeeRounding> rounding = rounding();
        List<Problem> problems = slots.filter(s -> table.lookup(unit.id(), s, groupClass).isEmpty())
                .map(s -> Problem.of(BookingProblem.NO_FEE, "fee").withFigures("unitName", unit.name(), "slot", s.label()));
        boolean needsRounding = adjustments.values().exists(a -> !(a instanceof Adjustment.None));
        if (needsRounding && rounding.isEmpty()) {
            problems = problems.append(Problem.of(BookingProblem.ROUNDING_REQUIRED, "rounding"));
        }
        if (slots.isEmpty()) {
            problems = problems.append(Problem.required("slots"));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        FeeRounding r = rounding.getOrElse(() -> FeeRounding.of(io.github.kisoku.kernel.Rounding.DOWN, 1));
        List<UsageFeeTable.Row> rows = slots.map(s -> table.lookup(unit.id(), s, groupClass).get());
        Yen facility = rows.map(UsageFeeTable.Row::perSlot).foldLeft(Yen.ZERO, Yen::plus);
        List<FeeEstimate.Line> lines = List.of(FeeComponent.values()).map(c -> {
            Yen base = c == FeeComponent.FACILITY ? facility : charges.get(c).getOrElse(Yen.ZERO);
            return new FeeEstimate.Line(c, base, adjustments.get(c).getOrElse(Adjustment.none()).apply(base, r));
        });
        Decision<FeeEstimate> d = Decision.of(FeeEstimate.of(lines));
        for (UsageFeeTable.Row row : rows.distinct()) {
            d = d.because(Reason.of(BookingRule.FEE_TABLE, row.basis())
                    .withFigures("perSlot", row.perSlot(), "row", row.describe()));
        }
        d = d.because(Reason.of(BookingRule.FEE_PER_SLOT).withFigures("facility", facility, "slots", slots.size()));
        for (FeeEstimate.Line l : lines) {
            Adjustment a = adjustments.get(l.component()).getOrElse(Adjustment.none());
            Reason reason = Reason.of(BookingRule.FEE_ADJUSTMENT, a.basis())
                    .withFigures("base", l.base(), "adjusted", l.adjusted())
                    .withFigures("component", l.component(), "adjustmentName", a.name(), "adjustment", l.adjustment());
            d = a instanceof Adjustment.None ? d.notApplied(reason)
                    : d.because(reason.withFigure("rounding", r.label()));
        }
        return Validation.valid(d.because(Reason.of(BookingRule.FEE_ESTIMATE)));
    }

    /**
     * The estimate, or an exception with every problem.
     *
     * @param table the fee table
     * @return the estimate with its reasons
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public Decision<FeeEstimate> estimateOrThrow(UsageFeeTable table) {
        return Validations.orThrow(estimate(table));
    }
}
