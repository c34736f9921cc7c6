package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A facility (施設), e.g. 西公民館: its kind (公民館, スポーツセンター…), its daily slots as data, its
 * units, and the date it moved to the new system. Facilities moved in two steps between
 * 2026-05-27 and 2026-07-30 (manual §3, CONFIRMED), so each carries its own date and chooses
 * its {@link RuleSet} by it. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Facility {
    Facility() {
    }

    /**
     * A facility, validated: slots in order and not overlapping, units of this facility with
     * distinct ids.
     *
     * @param id the facility's id
     * @param name the name, e.g. {@code 西公民館}
     * @param kind the kind of facility, e.g. {@code 公民館} (a quota scope)
     * @param slots the daily slots
     * @param units the bookable units
     * @param newSystemFrom the first day on the new system, in the migration window of manual §3
     *     ({@link MigrationWindow}, 2026-05-27 to 2026-07-30)
     * @param migrationBasis where that date comes from
     * @return the facility, or every problem
     */
    public static Validation<Seq<Problem>, Facility> validate(String id, String name, String kind,
            Iterable<Slot> slots, Iterable<Unit> units, LocalDate newSystemFrom, LegalBasis migrationBasis) {
        List<Slot> ss = slots == null ? List.empty() : List.ofAll(slots).sorted();
        List<Unit> us = units == null ? List.empty() : List.ofAll(units);
        List<Problem> problems = List.empty();
        if (ss.isEmpty()) {
            problems = problems.append(Problem.of(BookingProblem.NO_SLOTS, "slots"));
        }
        if (newSystemFrom != null && !MigrationWindow.contains(newSystemFrom)) {
            problems = problems.append(Problem.of(BookingProblem.MIGRATION_OUTSIDE_WINDOW, "newSystemFrom")
                    .withFigures("newSystemFrom", newSystemFrom, "firstDay", MigrationWindow.FIRST_DAY)
                    .withFigures("lastDay", MigrationWindow.LAST_DAY, "source", MigrationWindow.BASIS.cite()));
        }
        if (ss.zip(ss.drop(1)).exists(p -> p._2.start().isBefore(p._1.end()))) {
            problems = problems.append(Problem.of(BookingProblem.OVERLAPPING_SLOTS, "slots"));
        }
        if (us.map(Unit::id).distinct().size() != us.size()) {
            problems = problems.append(Problem.of(BookingProblem.DUPLICATE_UNIT, "units"));
        }
        List<Problem> foreign = us.filter(u -> id != null && !u.facilityId().equals(id))
                .map(u -> Problem.of(BookingProblem.FOREIGN_UNIT, "units").withFigure("unitId", u.id()));
        Validation<Seq<Problem>, List<Problem>> checks = problems.appendAll(foreign).isEmpty()
                ? Validation.valid(List.empty()) : Validation.invalid(problems.appendAll(foreign));
        return Validation.combine(Validations.notBlank("id", id).mapError(List::of),
                Validations.notBlank("name", name).mapError(List::of),
                Validations.notBlank("kind", kind).mapError(List::of),
                Validations.required("newSystemFrom", newSystemFrom).mapError(List::of),
                Validations.required("migrationBasis", migrationBasis).mapError(List::of), checks)
                .ap((i, n, k, d, b, c) -> ImmutableFacility.create(i, n, k, ss, us, d, b))
                .mapError(errs -> errs.flatMap(e -> e));
    }

    /**
     * A facility; see {@link #validate}.
     *
     * @param id the facility's id
     * @param name the name
     * @param kind the kind of facility
     * @param slots the daily slots
     * @param units the bookable units
     * @param newSystemFrom the first day on the new system
     * @param migrationBasis where that date comes from
     * @return the facility
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Facility of(String id, String name, String kind, Iterable<Slot> slots, Iterable<Unit> units,
            LocalDate newSystemFrom, LegalBasis migrationBasis) {
        return Validations.orThrow(validate(id, name, kind, slots, units, newSystemFrom, migrationBasis));
    }

    /** {@return the facility's id} */
    public abstract String id();

    /** {@return the name, e.g. {@code 西公民館}} */
    public abstract String name();

    /** {@return the kind of facility, e.g. {@code 公民館}} */
    public abstract String kind();

    /** {@return the daily slots, in order} */
    public abstract List<Slot> slots();

    /** {@return the bookable units} */
    public abstract List<Unit> units();

    /**
     * A unit by id.
     *
     * @param unitId the unit's id
     * @return the unit, if the facility has it
     */
    public Option<Unit> unit(String unitId) {
        return units().find(u -> u.id().equals(unitId));
    }

    /** {@return the first day on the new system} */
    public abstract LocalDate newSystemFrom();

    /** {@return where the migration date comes from} */
    public abstract LegalBasis migrationBasis();

    /**
     * The rule set in force for the facility on a date: old before its migration date, new from it.
     *
     * @param date the date an action is taken (a request, a renewal)
     * @return the rule set
     */
    public RuleSet ruleSetOn(LocalDate date) {
        return Require.nonNull(date, "date").isBefore(newSystemFrom()) ? RuleSet.OLD : RuleSet.NEW;
    }

    /**
     * Why a rule set applies on a date, as a reason.
     *
     * @param date the date
     * @return the reason, citing the manual §3 and the facility's migration date
     */
    public Reason ruleSetReason(LocalDate date) {
        RuleSet rs = ruleSetOn(date);
        return BookingRule.reason(BookingRule.RULE_SET, Option.none(), BookingRule.RULE_SET.basis(),
                "newSystemFrom", newSystemFrom(), "migrationSource", migrationCite(), "facilityName", name(),
                "date", date, "ruleSet", rs);
    }

    /** {@return the migration date's source as cited (derived once, not part of equality: every check cites it)} */
    @Value.Derived
    @Value.Auxiliary
    String migrationCite() {
        return migrationBasis().cite();
    }
}
