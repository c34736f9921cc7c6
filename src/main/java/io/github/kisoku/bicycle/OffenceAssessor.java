package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * Decides whether one offence gets a blue ticket (青切符の判定), and if not, why not and what
 * applies instead. Checks, in order: the system in force on the day (from 2026-04-01, seed and
 * ruling 4); age 16 or over at the moment of the act (seed: 16歳以上が行った反則行為;
 * {@link AgeReading#AT_MOMENT}, ruling 1); the act is a 反則行為 (it has an amount in the table);
 * the row covers the vehicle; no alcohol and no traffic accident (道路交通法第125条第2項); no
 * traffic danger from phone use (seed Topics!). Every check is reported, as a reason when it
 * excludes the ticket and as a rule not applied when it does not.
 *
 * <p>Static functions only; thread-safe.
 */
public final class OffenceAssessor {
    // The reasons whose text depends on nothing in the case are built once.
    private static final Reason AGE_READING = Reason.of(BicycleRule.AGE_READING);
    private static final Reason HEAVY_TOWED = Reason.of(BicycleRule.VEHICLE);
    private static final Reason VEHICLE_NOT_GIVEN = Reason.of(BicycleRule.VEHICLE).variant("not-given");
    private static final Reason NO_ALCOHOL = Reason.of(BicycleRule.ALCOHOL).variant("none");
    private static final Reason ACCIDENT = Reason.of(BicycleRule.ACCIDENT);
    private static final Reason NO_ACCIDENT = Reason.of(BicycleRule.ACCIDENT).variant("none");
    private static final Reason DANGER = Reason.of(BicycleRule.TRAFFIC_DANGER);
    private static final Reason NO_DANGER = Reason.of(BicycleRule.TRAFFIC_DANGER).variant("none");
    private static final Reason GUIDANCE_INSTEAD = Reason.of(BicycleRule.INSTEAD_GUIDANCE);
    private static final Reason BEFORE_SYSTEM_INSTEAD = Reason.of(BicycleRule.INSTEAD_BEFORE_SYSTEM);
    private static final Reason CRIMINAL_NO_PENALTY = Reason.of(BicycleRule.INSTEAD_CRIMINAL).variant("no-penalty");

    private static final Exclusion[] EXCLUSIONS = Exclusion.values();
    private static final EffectiveTimeline<Long> MIN_AGE = Figures.timeline("BLUE_TICKET_MIN_AGE");
    private static final EffectiveTimeline<Long> CRIMINAL_AGE = Figures.timeline("CRIMINAL_RESPONSIBILITY_AGE");

    private OffenceAssessor() {
    }

    /**
     * Assesses an offence against the bundled catalogue.
     *
     * @param offence the offence, validated
     * @return a blue ticket with its amount, or why not and what applies instead, with reasons
     */
    public static Decision<Assessment> assess(Offence offence) {
        return assess(offence, ViolationCatalogue.standard());
    }

    /**
     * Assesses an offence against a catalogue.
     *
     * @param offence the offence, validated
     * @param catalogue the catalogue whose table in force on the offence date applies
     * @return a blue ticket with its amount, or why not and what applies instead, with reasons
     */
    public static Decision<Assessment> assess(Offence offence, ViolationCatalogue catalogue) {
        Require.nonNull(offence, "offence");
        Require.nonNull(catalogue, "catalogue");
        Violation v = offence.violation();
        LocalDate date = offence.date();
        int excluded = 0;
        // Plain lists while the reasons are gathered: a Vavr List copies itself on every append.
        ArrayList<Reason> why = new ArrayList<>(4);
        ArrayList<Reason> notApplied = new ArrayList<>(8);

        Either<NotInForce, Effective<ViolationSchedule>> table = catalogue.at(date);
        Violation found = v;
        if (table.isLeft()) {
            LocalDate start = catalogue.firstInForce();
            excluded |= bit(Exclusion.BEFORE_SYSTEM);
            why.add(Reason.of(BicycleRule.SYSTEM_IN_FORCE, catalogue.versions().versions().head().basis())
                    .variant("before").withFigures("施行日", start, "違反日", date));
        } else {
            Effective<ViolationSchedule> t = table.get();
            notApplied.add(Reason.of(BicycleRule.SYSTEM_IN_FORCE, t.basis(), "違反日", date, "施行日",
                    t.from()));
            Option<Violation> inTable = t.value().row(v);
            found = inTable.getOrElse(v);
            if (inTable.isEmpty()) {
                excluded |= bit(Exclusion.NOT_A_BLUE_TICKET_OFFENCE);
                why.add(Reason.of(BicycleRule.IN_TABLE, t.basis(), "違反", v.name()));
            }
        }
        Violation row = found;

        excluded |= ageCheck(offence, catalogue, why, notApplied);

        if (!row.isBlueTicketOffence()) {
            excluded |= bit(Exclusion.NOT_A_BLUE_TICKET_OFFENCE);
            why.add(Reason.of(BicycleRule.NOT_HANSOKU, Sources.RED_TICKET.withNote(row.notes()))
                    .withFigure("違反", row.name()));
        }

        excluded |= vehicleCheck(offence, row, why, notApplied);
        excluded |= conductChecks(offence, row, why, notApplied);

        if (excluded == 0) {
            return blueTicket(row, why, notApplied);
        }
        return outside(offence, row, excluded, why, notApplied);
    }

    /** The row covers the vehicle ridden (※1, ※2; 重被牽引車 is outside, 道路交通法第125条第1項). */
    private static int vehicleCheck(Offence offence, Violation row, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        int excluded = 0;
        for (RiderType type : offence.riderType()) {
            if (type == RiderType.HEAVY_TOWED_VEHICLE) {
                excluded |= bit(Exclusion.VEHICLE_NOT_COVERED);
                why.add(HEAVY_TOWED);
            } else if (!row.scope().covers(type)) {
                excluded |= bit(Exclusion.VEHICLE_NOT_COVERED);
                why.add(Reason.of(BicycleRule.SCOPE, row.amountBasis().withConfidence(Confidence.UNCONFIRMED))
                        .withFigures("違反", row.name(), "対象", row.scope(), "車両", type));
            }
        }
        if (offence.riderType().isEmpty()) {
            notApplied.add(VEHICLE_NOT_GIVEN);
        }
        return excluded;
    }

    /** No alcohol, no accident (道路交通法第125条第2項) and no traffic danger from phone use (seed Topics!). */
    private static int conductChecks(Offence offence, Violation row, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        int excluded = 0;
        if (offence.alcohol() != Alcohol.NONE) {
            excluded |= bit(Exclusion.ALCOHOL);
            why.add(Reason.of(BicycleRule.ALCOHOL).withFigure("飲酒", offence.alcohol()));
        } else {
            notApplied.add(NO_ALCOHOL);
        }
        if (offence.causedAccident()) {
            excluded |= bit(Exclusion.ACCIDENT);
            why.add(ACCIDENT);
        } else {
            notApplied.add(NO_ACCIDENT);
        }
        if (offence.causedDanger()) {
            excluded |= bit(Exclusion.TRAFFIC_DANGER);
            why.add(DANGER);
        } else if (row.id().startsWith("MOBILE_PHONE")) {
            notApplied.add(NO_DANGER);
        }
        return excluded;
    }

    /** Age 16 or over at the moment of the act (seed: 16歳以上が行った反則行為; ruling 1). */
    private static int ageCheck(Offence offence, ViolationCatalogue catalogue, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        LocalDate date = offence.date();
        Either<NotInForce, Effective<Long>> minAge = MIN_AGE.at(date);
        int age = Age.of(offence.birthDate(), date, AgeReading.AT_MOMENT);
        if (minAge.isRight()) {
            long limit = minAge.get().value();
            Reason ageReason = Reason.of(BicycleRule.AGE_16, minAge.get().basis(), "生年月日", offence.birthDate(), "年齢", age,
                    "下限", limit);
            if (age < limit) {
                why.add(ageReason);
                why.add(AGE_READING);
                return bit(Exclusion.UNDER_16);
            }
            notApplied.add(ageReason);
        } else {
            notApplied.add(Reason.of(BicycleRule.AGE_16, catalogue.versions().versions().head().basis())
                    .variant("before-system").withFigure("年齢", age));
        }
        return 0;
    }

    // One bit per exclusion while checking: an EnumSet per assessment cost more than the rule.
    @SuppressWarnings("EnumOrdinal")
    private static int bit(Exclusion e) {
        return 1 << e.ordinal();
    }

    private static boolean has(int excluded, Exclusion e) {
        return (excluded & bit(e)) != 0;
    }

    /** The exclusions in the order the assessment checks them (their declaration order). */
    private static List<Exclusion> exclusions(int excluded) {
        List<Exclusion> all = List.empty();
        for (int i = EXCLUSIONS.length - 1; i >= 0; i--) {
            if (has(excluded, EXCLUSIONS[i])) {
                all = all.prepend(EXCLUSIONS[i]);
            }
        }
        return all;
    }

    private static Decision<Assessment> blueTicket(Violation row, java.util.List<Reason> why,
            java.util.List<Reason> notApplied) {
        Yen amount = row.amount().get();
        why.add(row.offenceReason());
        why.add(row.amountReason().get());
        return Decision.of(new Assessment.BlueTicket(row, amount), why, notApplied);
    }

    private static Decision<Assessment> outside(Offence offence, Violation row, int excluded,
            java.util.List<Reason> why, java.util.List<Reason> notApplied) {
        boolean systemInForce = !has(excluded, Exclusion.BEFORE_SYSTEM);
        boolean crime = has(excluded, Exclusion.NOT_A_BLUE_TICKET_OFFENCE) || has(excluded, Exclusion.ALCOHOL)
                || has(excluded, Exclusion.ACCIDENT) || has(excluded, Exclusion.TRAFFIC_DANGER);
        List<Exclusion> listed = exclusions(excluded);
        int age = Age.of(offence.birthDate(), offence.date(), AgeReading.AT_MOMENT);
        Effective<Long> criminalAge = CRIMINAL_AGE.at(offence.date())
                .getOrElseThrow(n -> new BundledCsv.BrokenData(n.toString()));
        if (systemInForce && has(excluded, Exclusion.UNDER_16) && (!crime || age < criminalAge.value())) {
            why.add(GUIDANCE_INSTEAD);
            if (crime) {
                why.add(Reason.of(BicycleRule.INSTEAD_UNDER_14, criminalAge.basis(), "年齢", age));
            }
            return Decision.of(new Assessment.OutsideSystem(listed, new Instead.GuidanceAndWarning()), why,
                    notApplied);
        }
        if (systemInForce && has(excluded, Exclusion.UNDER_16)) {
            why.add(Reason.of(BicycleRule.INSTEAD_JUVENILE).withFigure("年齢", age));
        }
        String key = offence.alcohol() == Alcohol.DRUNK ? "ALCOHOL_DRUNK"
                : offence.alcohol() == Alcohol.OVER_LIMIT ? "ALCOHOL_OVER_LIMIT"
                : offence.causedDanger() ? "MOBILE_PHONE_DANGER" : row.id();
        Option<MaximumPenalty> penalty = MaximumPenalty.forKey(key);
        if (!systemInForce) {
            why.add(BEFORE_SYSTEM_INSTEAD);
            if (penalty.isDefined()) {
                MaximumPenalty p = penalty.get();
                why.add(Reason.of(BicycleRule.INSTEAD_CRIMINAL, p.basis()).variant("before-system")
                        .withFigure("法定刑", p.describe()));
            }
            return Decision.of(new Assessment.OutsideSystem(listed, new Instead.CriminalProcedure(penalty)), why,
                    notApplied);
        }
        Reason instead = penalty.map(p -> Reason.of(BicycleRule.INSTEAD_CRIMINAL, p.basis())
                .withFigures("上限", p.describe().ja(), "法定刑", p.describe()))
                .getOrElse(CRIMINAL_NO_PENALTY);
        why.add(instead);
        return Decision.of(new Assessment.OutsideSystem(listed, new Instead.CriminalProcedure(penalty)), why,
                notApplied);
    }
}
