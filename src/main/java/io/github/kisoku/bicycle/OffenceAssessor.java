package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Reasons;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

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

    // The exclusions that make the act a crime rather than a matter for guidance.
    private static final Exclusions CRIMES = Exclusions.of(Exclusion.NOT_A_BLUE_TICKET_OFFENCE, Exclusion.ALCOHOL,
            Exclusion.ACCIDENT, Exclusion.TRAFFIC_DANGER);
    private static final EffectiveTimeline<Long> MIN_AGE = Figures.timeline("BLUE_TICKET_MIN_AGE");
    private static final EffectiveTimeline<Long> CRIMINAL_AGE = Figures.timeline("CRIMINAL_RESPONSIBILITY_AGE");

    private OffenceAssessor() {
    }

    /**
     * What the rules say of one day, whatever the offence: the table in force, the reason that it
     * was, the minimum age of a blue ticket and the age of criminal responsibility.
     *
     * @param table the table in force, or why none is
     * @param inForce the check passed that it was, when one is
     * @param minAge the minimum age then in force (16), or why none is
     * @param criminalAge the age of criminal responsibility then in force (14), or why none is
     */
    record Day(Either<NotInForce, Effective<ViolationSchedule>> table, Option<Reason> inForce,
            Either<NotInForce, Effective<Long>> minAge, Either<NotInForce, Effective<Long>> criminalAge) {
        static Day of(ViolationCatalogue catalogue, LocalDate date) {
            Either<NotInForce, Effective<ViolationSchedule>> table = catalogue.at(date);
            return new Day(table, table.map(t -> OffenceAssessor.inForce(t, date)).toOption(), MIN_AGE.at(date),
                    CRIMINAL_AGE.at(date));
        }
    }

    /**
     * The bundled catalogue's {@link Day} for every day of {@link ByDate}'s window: one lookup
     * where there were three timelines to search. Loaded with the first assessment.
     */
    private static final class Days {
        static final ViolationCatalogue CATALOGUE = ViolationCatalogue.standard();
        static final ByDate<Day> ON = ByDate.from(CATALOGUE.firstInForce(), day -> Day.of(CATALOGUE, day));
    }

    /** The day's rules: the bundled catalogue's from its table by day, any other made for the day. */
    static Day day(ViolationCatalogue catalogue, LocalDate date) {
        return catalogue == Days.CATALOGUE && Days.ON.covers(date) ? Days.ON.at(date) : Day.of(catalogue, date);
    }

    /**
     * Assesses an offence against the bundled catalogue.
     *
     * @param offence the offence, validated
     * @return a blue ticket with its amount, or why not and what applies instead, with reasons
     */
    public static Decision<TicketAssessment> assess(Offence offence) {
        return assess(offence, ViolationCatalogue.standard());
    }

    /**
     * Assesses an offence against a catalogue.
     *
     * @param offence the offence, validated
     * @param catalogue the catalogue whose table in force on the offence date applies
     * @return a blue ticket with its amount, or why not and what applies instead, with reasons
     */
    public static Decision<TicketAssessment> assess(Offence offence, ViolationCatalogue catalogue) {
        Require.nonNull(offence, "offence");
        Require.nonNull(catalogue, "catalogue");
        Day day = day(catalogue, offence.date());
        int age = Age.of(offence.birthDate(), offence.date(), AgeReading.AT_MOMENT);
        boolean under16 = day.minAge().isRight() && age < day.minAge().get().value();
        Reasons reasons = Reasons.expecting(expectedApplied(offence, under16), expectedPassed(offence, under16));
        Violation v = offence.violation();
        Option<Violation> inTable = day.table().isRight() ? day.table().get().value().row(v) : Option.none();
        Violation row = inTable.getOrElse(v);
        Exclusions excluded = tableInForce(offence, catalogue, day, inTable, reasons);
        excluded = riderOf16(offence, age, catalogue, day, reasons, excluded);
        excluded = hansokuKoi(row, reasons, excluded);
        excluded = vehicleCovered(offence, row, reasons, excluded);
        excluded = hansokushaConduct(offence, row, reasons, excluded);
        return excluded.isEmpty() ? reasons.decide(row.blueTicket().get(), row.blueTicketReasons())
                : outside(offence, row, age, day, reasons, excluded);
    }

    /** An exclusion found, with why: the reason said, the exclusion added. */
    private static Exclusions exclude(Exclusions excluded, Exclusion exclusion, Reason why, Reasons reasons) {
        reasons.because(why);
        return excluded.with(exclusion);
    }

    /**
     * The system is in force on the day, and the act is a row of the table then in force (seed
     * Topics!; ruling 4). An act before the start is judged against the first table's row, so
     * that what applies instead can still be named.
     */
    private static Exclusions tableInForce(Offence offence, ViolationCatalogue catalogue, Day day,
            Option<Violation> inTable, Reasons reasons) {
        Either<NotInForce, Effective<ViolationSchedule>> table = day.table();
        if (table.isLeft()) {
            return exclude(Exclusions.NONE, Exclusion.BEFORE_SYSTEM, Reason.of(BicycleRule.SYSTEM_IN_FORCE,
                    catalogue.versions().versions().head().basis()).variant("before")
                    .withFigures("施行日", catalogue.firstInForce(), "違反日", offence.date()), reasons);
        }
        reasons.notApplied(day.inForce().get());
        return inTable.isDefined() ? Exclusions.NONE : exclude(Exclusions.NONE, Exclusion.NOT_A_BLUE_TICKET_OFFENCE,
                Reason.of(BicycleRule.IN_TABLE, table.get().basis(), "違反", offence.violation().name()), reasons);
    }

    /** The table in force on the day of the act, as a check passed, made for the day. */
    static Reason inForce(Effective<ViolationSchedule> table, LocalDate date) {
        return Reason.of(BicycleRule.SYSTEM_IN_FORCE, table.basis(), "違反日", date, "施行日", table.from());
    }

    /**
     * Only a rider of 16 or over at the moment of the act is dealt with by a blue ticket (seed:
     * 16歳以上が行った反則行為); the age is read at the moment, not the eve of the birthday
     * (ruling 1), which the reason says when it matters.
     */
    private static Exclusions riderOf16(Offence offence, int age, ViolationCatalogue catalogue, Day day,
            Reasons reasons, Exclusions excluded) {
        Either<NotInForce, Effective<Long>> minAge = day.minAge();
        if (minAge.isLeft()) {
            reasons.notApplied(Reason.of(BicycleRule.AGE_16, catalogue.versions().versions().head().basis())
                    .variant("before-system").withFigure("年齢", age));
            return excluded;
        }
        long limit = minAge.get().value();
        Reason ageReason = Reason.of(BicycleRule.AGE_16, minAge.get().basis(), "生年月日", offence.birthDate(), "年齢", age,
                "下限", limit);
        if (age < limit) {
            Exclusions under = exclude(excluded, Exclusion.UNDER_16, ageReason, reasons);
            reasons.because(AGE_READING);
            return under;
        }
        reasons.notApplied(ageReason);
        return excluded;
    }

    /** A row without a 反則金 is no 反則行為: it goes to the criminal procedure (警察庁 自転車ポータル). */
    private static Exclusions hansokuKoi(Violation row, Reasons reasons, Exclusions excluded) {
        return row.isBlueTicketOffence() ? excluded
                : exclude(excluded, Exclusion.NOT_A_BLUE_TICKET_OFFENCE, row.notHansokuReason().get(), reasons);
    }

    /**
     * 道路交通法第125条第1項 covers light vehicles except heavy towed ones, and some rows only
     * bicycles or ordinary bicycles (※1, ※2). A vehicle not given is taken not to be a heavy towed
     * vehicle, and on a ※1/※2 row to be an ordinary bicycle (ruling 12, interpretation); the answer
     * says both. A vehicle given still decides.
     */
    private static Exclusions vehicleCovered(Offence offence, Violation row, Reasons reasons, Exclusions excluded) {
        // isDefined and get rather than a for over the option: its iterator is an object per offence
        if (offence.riderType().isDefined()) {
            RiderType type = offence.riderType().get();
            if (type == RiderType.HEAVY_TOWED_VEHICLE) {
                return exclude(excluded, Exclusion.VEHICLE_NOT_COVERED, HEAVY_TOWED, reasons);
            }
            if (!row.scope().covers(type)) {
                return exclude(excluded, Exclusion.VEHICLE_NOT_COVERED, Reason.of(BicycleRule.SCOPE,
                        row.amountBasis().withConfidence(Confidence.UNCONFIRMED), "違反", row.name(), "対象",
                        row.scope(), "車両", type), reasons);
            }
            return excluded;
        }
        reasons.notApplied(VEHICLE_NOT_GIVEN);
        if (row.ordinaryBicycleReason().isDefined()) {
            reasons.because(row.ordinaryBicycleReason().get());
        }
        return excluded;
    }

    /**
     * 道路交通法第125条第2項: a rider over the alcohol limit or drunk, or whose act caused a traffic
     * accident, is no 反則者; phone use that caused traffic danger is a crime of its own (seed
     * Topics! 運転中のながらスマホの禁止), so only a phone row says it was checked.
     */
    private static Exclusions hansokushaConduct(Offence offence, Violation row, Reasons reasons,
            Exclusions excluded) {
        Exclusions found = excluded;
        if (offence.alcohol() != Alcohol.NONE) {
            found = exclude(found, Exclusion.ALCOHOL, Reason.of(BicycleRule.ALCOHOL, BicycleRule.ALCOHOL.basis(), "飲酒",
                    offence.alcohol()), reasons);
        } else {
            reasons.notApplied(NO_ALCOHOL);
        }
        if (offence.causedAccident()) {
            found = exclude(found, Exclusion.ACCIDENT, ACCIDENT, reasons);
        } else {
            reasons.notApplied(NO_ACCIDENT);
        }
        if (offence.causedDanger()) {
            found = exclude(found, Exclusion.TRAFFIC_DANGER, DANGER, reasons);
        } else if (row.isPhoneRow()) {
            reasons.notApplied(NO_DANGER);
        }
        return found;
    }

    /**
     * What applies instead. A rider under 16 gets guidance and a warning, unless the act is a
     * crime and the rider was old enough to be punished (刑法第41条), when it goes to the family
     * court (少年法); an act before the start is handled as before; anything else is the criminal
     * procedure, with the heaviest penalty the facts bring.
     */
    private static Decision<TicketAssessment> outside(Offence offence, Violation row, int age, Day day,
            Reasons reasons, Exclusions excluded) {
        boolean systemInForce = !excluded.contains(Exclusion.BEFORE_SYSTEM);
        boolean crime = excluded.containsAny(CRIMES);
        boolean under16 = systemInForce && excluded.contains(Exclusion.UNDER_16);
        Effective<Long> criminalAge = day.criminalAge()
                .getOrElseThrow(n -> new BundledCsv.BrokenData(n.toString()));
        if (under16 && (!crime || age < criminalAge.value())) {
            reasons.because(GUIDANCE_INSTEAD);
            if (crime) {
                reasons.because(Reason.of(BicycleRule.INSTEAD_UNDER_14, criminalAge.basis(), "年齢", age));
            }
            return reasons.decide(excluded.guidance());
        }
        if (under16) {
            reasons.because(Reason.of(BicycleRule.INSTEAD_JUVENILE, BicycleRule.INSTEAD_JUVENILE.basis(), "年齢", age));
        }
        String key = penaltyKey(offence, row);
        if (!systemInForce) {
            Option<MaximumPenalty> penalty = MaximumPenalty.forKey(key);
            reasons.because(BEFORE_SYSTEM_INSTEAD);
            for (MaximumPenalty p : penalty) {
                reasons.because(Reason.of(BicycleRule.INSTEAD_CRIMINAL, p.basis()).variant("before-system")
                        .withFigure("法定刑", p.describe()));
            }
            return reasons.decide(new TicketAssessment.OutsideSystem(excluded.toList(),
                    new Instead.CriminalProcedure(penalty)));
        }
        Criminal criminal = Criminal.of(key);
        reasons.because(criminal.reason());
        return reasons.decide(new TicketAssessment.OutsideSystem(excluded.toList(), criminal.instead()));
    }

    /**
     * The criminal procedure for a fact or an act (the key of {@link MaximumPenalty#forKey}), with
     * the reason that names its heaviest penalty, or says the rule book prints none.
     *
     * @param instead the procedure, with the penalty if printed
     * @param reason why it applies, with the penalty's words as figures
     */
    private record Criminal(Instead.CriminalProcedure instead, Reason reason) {
        /** The bundled rows' and facts' procedures, each made once: they depend on nothing but the key. */
        private static final java.util.Map<String, Criminal> BY_KEY = ViolationCatalogue.standard().list()
                .map(Violation::id).appendAll(MaximumPenalty.all().map(MaximumPenalty::key)).distinct()
                .toJavaMap(key -> io.vavr.Tuple.of(key, made(key)));

        static Criminal of(String key) {
            Criminal known = BY_KEY.get(key);
            return known != null ? known : made(key);
        }

        private static Criminal made(String key) {
            Option<MaximumPenalty> penalty = MaximumPenalty.forKey(key);
            return new Criminal(new Instead.CriminalProcedure(penalty), penalty.map(p -> Reason.of(
                    BicycleRule.INSTEAD_CRIMINAL, p.basis(), "上限", p.describe().ja(), "法定刑", p.describe()))
                    .getOrElse(CRIMINAL_NO_PENALTY));
        }
    }

    /** The fact with the heaviest penalty decides which the rule book prints: drink, then danger, then the act. */
    private static String penaltyKey(Offence offence, Violation row) {
        return offence.alcohol() == Alcohol.DRUNK ? "ALCOHOL_DRUNK"
                : offence.alcohol() == Alcohol.OVER_LIMIT ? "ALCOHOL_OVER_LIMIT"
                : offence.causedDanger() ? "MOBILE_PHONE_DANGER" : row.id();
    }

    /**
     * How many reasons the assessment of an offence in the system adds, from the facts it states
     * and the rider's age alone, so that it sizes its reasons and the decision takes them without
     * a copy: for a blue ticket none (its row's reasons, made once, are its own); for a rider of 16 or over, the
     * criminal procedure (a reason per exclusion the facts bring, and the one for what applies
     * instead); for a rider under 16, the age and how it is read, the other exclusions, and
     * guidance, or for a crime two reasons: guidance and why the rider is not punished, or the
     * family court and the criminal procedure. On a ※1/※2 row without
     * the vehicle, the ordinary bicycle taken. Answers the facts cannot tell (before the system,
     * a row not in the table) grow the buffer.
     *
     * @param under16 the rider is under the minimum age of a blue ticket
     */
    static int expectedApplied(Offence offence, boolean under16) {
        Violation v = offence.violation();
        boolean noVehicle = offence.riderType().isEmpty();
        boolean crime = offence.alcohol() != Alcohol.NONE || offence.causedAccident() || offence.causedDanger()
                || !v.isBlueTicketOffence();
        int excluded = (offence.alcohol() != Alcohol.NONE ? 1 : 0) + (offence.causedAccident() ? 1 : 0)
                + (offence.causedDanger() ? 1 : 0) + (v.isBlueTicketOffence() ? 0 : 1)
                + (!noVehicle && !v.scope().covers(offence.riderType().get()) ? 1 : 0);
        int ordinary = noVehicle && v.scope() != ViolationScope.LIGHT_VEHICLE ? 1 : 0;
        if (under16) {
            return ordinary + excluded + 2 + (crime ? 2 : 1);
        }
        // a ticket that took the ordinary bicycle has a reason before the row's: they follow it
        return excluded > 0 ? ordinary + excluded + 1 : ordinary * 3;
    }

    /**
     * How many checks the answer to an offence in the system reports as passed (see
     * {@link #expectedApplied}): the system and, from 16, age checks, the vehicle not given, no
     * drink, no accident, and on a phone row no danger.
     *
     * @param under16 the rider is under the minimum age of a blue ticket
     */
    static int expectedPassed(Offence offence, boolean under16) {
        return (under16 ? 1 : 2) + (offence.riderType().isEmpty() ? 1 : 0) + (offence.alcohol() == Alcohol.NONE ? 1 : 0)
                + (offence.causedAccident() ? 0 : 1) + (offence.violation().isPhoneRow() && !offence.causedDanger() ? 1 : 0);
    }
}
