package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The rule book's checks that decide whether riding somewhere, or with someone, is a violation
 * at all (通行区分・同乗・特定小型原付の区分). Each answer names the rule, its basis and, for a
 * violation, the bicycle table's row (so its 反則金 can be assessed with
 * {@link OffenceAssessor}).
 *
 * <ul>
 * <li>Place: the roadway's left side (道路交通法第17条第1項・第4項, 第18条第1項); a sidewalk only for
 * an ordinary bicycle with a sign, a rider under 13 or 70 and over, a disabled rider, or when
 * unavoidable (第63条の4第1項; seed 1 ②); a left roadside strip but not a pedestrian one
 * (第17条の2, seed 路側帯の通行); never a right roadside strip (seed 危険行為④).</li>
 * <li>Tandem bicycles: never on a sidewalk; a 「自転車を除く」 plate does not exempt them (seed
 * タンデム自転車の交通ルール; 神奈川県道路交通法施行細則第9条).</li>
 * <li>Child passengers: seats for children before school age, two only on a 幼児2人同乗用自転車,
 * at most two children (seed 親子乗り自転車の注意点; 細則第9条).</li>
 * <li>特定小型原動機付自転車: size, output and top speed decide the class; road mode vs sidewalk
 * mode decides the places; no rider under 16 (seed 特定小型原動機付自転車).</li>
 * </ul>
 *
 * <p>Static functions only; thread-safe.
 */
public final class RuleBookChecks {
    private static final BicycleRule[] SMALL_MOTOR_LIMITS = {BicycleRule.SMALL_MOTOR_WIDTH,
        BicycleRule.SMALL_MOTOR_LENGTH, BicycleRule.SMALL_MOTOR_OUTPUT, BicycleRule.SMALL_MOTOR_SPEED};
    private static final String[] SMALL_MOTOR_UNITS = {"cm", "cm", "W", "km/h"};

    private RuleBookChecks() {
    }

    private static Option<Violation> row(String id) {
        return ViolationCatalogue.standard().find(id).toOption();
    }

    /**
     * The violation a rule finds, named by the rule's {@code violation} words. The bicycle table's
     * row applies only to bicycles; a motorised vehicle has its own table.
     */
    private static RuleVerdict violates(BicycleRule rule, VehicleKind vehicle, String id) {
        boolean bicycle = vehicle == VehicleKind.ORDINARY_BICYCLE || vehicle == VehicleKind.TANDEM
                || vehicle == VehicleKind.OTHER_BICYCLE;
        return new RuleVerdict.Violates(rule.named("violation"), bicycle ? row(id) : Option.none());
    }

    /**
     * Was riding here a violation, and which (通行区分違反 or another)?
     *
     * @param s where and how the vehicle was ridden
     * @return the verdict with its reasons and the exceptions checked, or the problems (e.g. a
     *     date before the rule)
     */
    public static Validation<Seq<Problem>, Decision<RuleVerdict>> ridingPlace(RidingSituation s) {
        if (s == null) {
            return Validation.invalid(List.of(Problem.required("situation")));
        }
        VehicleKind v = s.vehicle();
        switch (s.place()) {
            case ROADWAY_LEFT:
                return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of(BicycleRule.PLACE_LEFT)
                        .withFigure("車両", v))
                        .notApplied(smallMotorRoadwayNote(v)));
            case ROADWAY_RIGHT:
                return ok(Decision.of(violates(BicycleRule.PLACE_RIGHT, v, "TRAFFIC_DIVISION"))
                        .because(Reason.of(BicycleRule.PLACE_RIGHT)));
            case ROADSIDE_STRIP_RIGHT:
                return ok(Decision.of(violates(BicycleRule.PLACE_RIGHT_STRIP, v, "TRAFFIC_DIVISION"))
                        .because(Reason.of(BicycleRule.PLACE_RIGHT_STRIP)));
            case PEDESTRIAN_ROADSIDE_STRIP:
                return ok(Decision.of(violates(BicycleRule.PLACE_PEDESTRIAN_STRIP, v, "TRAFFIC_DIVISION"))
                        .because(Reason.of(BicycleRule.PLACE_PEDESTRIAN_STRIP)));
            case ROADSIDE_STRIP_LEFT:
                return ok(leftStrip(v));
            default:
                return sidewalk(s);
        }
    }

    /** The reason as its rule's plain words when {@code plain}, else in the variant. */
    private static Reason said(Reason reason, boolean plain, String variant) {
        return plain ? reason : reason.variant(variant);
    }

    private static Validation<Seq<Problem>, Decision<RuleVerdict>> ok(Decision<RuleVerdict> d) {
        return Validation.valid(d);
    }

    private static Reason smallMotorRoadwayNote(VehicleKind v) {
        Reason note = Reason.of(BicycleRule.PLACE_SMALL_MOTOR_MODE);
        return v == VehicleKind.SMALL_MOTOR_SIDEWALK_MODE ? note : note.variant("not-sidewalk-mode");
    }

    private static Decision<RuleVerdict> leftStrip(VehicleKind v) {
        if (v == VehicleKind.SMALL_MOTOR_ROAD_MODE || v == VehicleKind.GENERAL_MOPED) {
            return Decision.of(violates(BicycleRule.PLACE_STRIP_SMALL_MOTOR, v, "TRAFFIC_DIVISION"))
                    .because(Reason.of(BicycleRule.PLACE_STRIP_SMALL_MOTOR).withFigure("車両", v));
        }
        return Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of(BicycleRule.PLACE_STRIP)
                .withFigure("車両", v));
    }

    private static Validation<Seq<Problem>, Decision<RuleVerdict>> sidewalk(RidingSituation s) {
        VehicleKind v = s.vehicle();
        if (v == VehicleKind.TANDEM || v == VehicleKind.OTHER_BICYCLE) {
            return ok(Decision.of(violates(BicycleRule.PLACE_SIDEWALK_NOT_ORDINARY, v, "TRAFFIC_DIVISION"))
                    .because(Reason.of(BicycleRule.PLACE_SIDEWALK_NOT_ORDINARY,
                            v == VehicleKind.TANDEM ? Sources.TANDEM : Sources.SIDEWALK).withFigure("車両", v)));
        }
        if (v == VehicleKind.GENERAL_MOPED || v == VehicleKind.SMALL_MOTOR_ROAD_MODE) {
            return ok(Decision.of(violates(BicycleRule.PLACE_SIDEWALK_MOTOR, v, "TRAFFIC_DIVISION"))
                    .because(Reason.of(BicycleRule.PLACE_SIDEWALK_MOTOR).withFigure("車両", v)));
        }
        if (v == VehicleKind.SMALL_MOTOR_SIDEWALK_MODE) {
            Reason sign = s.sidewalkSign() ? Reason.of(BicycleRule.PLACE_SIDEWALK_SMALL_MOTOR)
                    : Reason.of(BicycleRule.PLACE_SIDEWALK_SMALL_MOTOR).variant("no-sign");
            return ok(s.sidewalkSign() ? Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(sign)
                    : Decision.of(violates(BicycleRule.PLACE_SIDEWALK_SMALL_MOTOR, v, "TRAFFIC_DIVISION")).because(sign));
        }
        return ordinaryBicycleOnSidewalk(s);
    }

    private static Validation<Seq<Problem>, Decision<RuleVerdict>> ordinaryBicycleOnSidewalk(RidingSituation s) {
        Either<NotInForce, Effective<Long>> under = Figures.at("SIDEWALK_CHILD_AGE_BELOW", s.date());
        Either<NotInForce, Effective<Long>> over = Figures.at("SIDEWALK_ELDERLY_AGE", s.date());
        if (under.isLeft() || over.isLeft()) {
            return Validation.invalid(List.of(under.swap().getOrElse(() -> over.getLeft()).asProblem("date")));
        }
        List<Reason> yes = List.empty();
        List<Reason> no = List.empty();
        Reason sign = said(Reason.of(BicycleRule.SIDEWALK_SIGN), s.sidewalkSign(), "none");
        if (s.sidewalkSign()) {
            yes = yes.append(sign);
        } else {
            no = no.append(sign);
        }
        for (LocalDate birth : s.riderBirthDate()) {
            int age = Age.of(birth, s.date(), AgeReading.AT_MOMENT);
            long u = under.get().value();
            long o = over.get().value();
            Reason child = said(Reason.of(BicycleRule.SIDEWALK_UNDER_13, under.get().basis()), age < u, "not")
                    .withFigure("年齢", age);
            Reason elderly = said(Reason.of(BicycleRule.SIDEWALK_70_OR_OVER, over.get().basis()), age >= o, "not")
                    .withFigure("年齢", age);
            yes = age < u ? yes.append(child) : yes;
            no = age < u ? no : no.append(child);
            yes = age >= o ? yes.append(elderly) : yes;
            no = age >= o ? no : no.append(elderly);
        }
        Reason disabled = said(Reason.of(BicycleRule.SIDEWALK_DISABILITY), s.disability(), "none");
        yes = s.disability() ? yes.append(disabled) : yes;
        no = s.disability() ? no : no.append(disabled);
        Reason unavoidable = said(Reason.of(BicycleRule.SIDEWALK_UNAVOIDABLE), s.unavoidable(), "none");
        yes = s.unavoidable() ? yes.append(unavoidable) : yes;
        no = s.unavoidable() ? no : no.append(unavoidable);
        if (!yes.isEmpty()) {
            return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted(), yes.append(Reason.of(BicycleRule.SIDEWALK_HOW)), no));
        }
        return ok(Decision.of(violates(BicycleRule.SIDEWALK_NONE, s.vehicle(), "TRAFFIC_DIVISION"), no.append(Reason.of(BicycleRule.SIDEWALK_NONE)),
                List.empty()));
    }

    /**
     * Does a 「自転車を除く」 plate under a 車両進入禁止, 車両通行止め or 一方通行 sign exempt this
     * vehicle? Only an ordinary bicycle; a tandem or other bicycle that goes in commits 通行禁止違反.
     *
     * @param vehicle the vehicle
     * @return the verdict with its reason
     */
    public static Decision<RuleVerdict> exceptBicyclesPlate(VehicleKind vehicle) {
        if (vehicle == VehicleKind.ORDINARY_BICYCLE) {
            return Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of(BicycleRule.SIGN_EXCEPT_BICYCLES));
        }
        return Decision.of(violates(BicycleRule.SIGN_EXCEPT_BICYCLES, vehicle, "NO_ENTRY"))
                .because(Reason.of(BicycleRule.SIGN_EXCEPT_BICYCLES).variant("not-exempt").withFigure("車両", vehicle));
    }

    /**
     * Are the passengers allowed (乗車人員の制限)? A breach is 軽車両乗車積載制限違反
     * ({@code LOAD_LIMIT}, 道路交通法第57条第2項).
     *
     * @param p who rode along
     * @return the verdict with its reasons, or the problems (e.g. a date before the rule)
     */
    public static Validation<Seq<Problem>, Decision<RuleVerdict>> passengers(PassengerSituation p) {
        if (p == null) {
            return Validation.invalid(List.of(Problem.required("passengers")));
        }
        if (p.vehicle() == VehicleKind.TANDEM) {
            var allowed = Figures.at("TANDEM_ALLOWED", p.date());
            int riders = p.otherPassengers() + p.seatedInfants() + p.seatedSchoolChildren() + (p.childOnBack() ? 1 : 0);
            if (riders == 0) {
                return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of(BicycleRule.PASSENGERS_NONE)));
            }
            if (allowed.isLeft() || riders > 1) {
                LegalBasis b = allowed.map(Effective::basis).getOrElse(Sources.TANDEM);
                return ok(Decision.of(violates(BicycleRule.PASSENGERS_TANDEM, p.vehicle(), "LOAD_LIMIT")).because(allowed.isLeft()
                                ? Reason.of(BicycleRule.PASSENGERS_TANDEM, b).variant("before")
                                : Reason.of(BicycleRule.PASSENGERS_TANDEM, b).variant("too-many")
                                        .withFigure("同乗者", riders)));
            }
            return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of(BicycleRule.PASSENGERS_TANDEM,
                    allowed.get().basis())));
        }
        var maxChildren = Figures.at("CHILD_SEAT_MAX_CHILDREN", p.date());
        if (maxChildren.isLeft()) {
            return Validation.invalid(List.of(maxChildren.getLeft().asProblem("date")));
        }
        LegalBasis rules = maxChildren.get().basis();
        List<Reason> breaches = List.empty();
        List<Reason> fine = List.empty();
        Reason others = said(Reason.of(BicycleRule.PASSENGERS_OTHERS, rules), p.otherPassengers() == 0, "some");
        breaches = p.otherPassengers() > 0 ? breaches.append(others) : breaches;
        fine = p.otherPassengers() > 0 ? fine : fine.append(others);
        Reason school = said(Reason.of(BicycleRule.PASSENGERS_SCHOOL_AGE), p.seatedSchoolChildren() == 0, "some");
        breaches = p.seatedSchoolChildren() > 0 ? breaches.append(school) : breaches;
        fine = p.seatedSchoolChildren() > 0 ? fine : fine.append(school);
        int seated = p.seatedInfants() + p.seatedSchoolChildren();
        Reason seats = seated > p.childSeats()
                ? Reason.of(BicycleRule.PASSENGERS_SEATS).variant("too-many").withFigures("座席の子供", seated, "座席数",
                        p.childSeats())
                : seated == 2 && !p.twoInfantModel() ? Reason.of(BicycleRule.PASSENGERS_SEATS).variant("not-two-model")
                : Reason.of(BicycleRule.PASSENGERS_SEATS);
        boolean seatBreach = seated > p.childSeats() || (seated == 2 && !p.twoInfantModel());
        breaches = seatBreach ? breaches.append(seats) : breaches;
        fine = seatBreach ? fine : fine.append(seats);
        int children = seated + (p.childOnBack() ? 1 : 0);
        Reason total = Reason.of(BicycleRule.PASSENGERS_TOTAL, rules).withFigures("人数", children, "上限",
                maxChildren.get().value());
        breaches = children > maxChildren.get().value() ? breaches.append(total) : breaches;
        fine = children > maxChildren.get().value() ? fine : fine.append(total);
        if (breaches.isEmpty()) {
            return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted(), fine, List.empty()));
        }
        return ok(Decision.of(violates(BicycleRule.PASSENGERS_OTHERS, p.vehicle(), "LOAD_LIMIT"), breaches, fine));
    }

    /**
     * Is a vehicle a 特定小型原動機付自転車, and in which mode (車両区分の判定)? A vehicle over any
     * limit is a general moped or heavier, to which the 特定小型 rules do not apply.
     *
     * @param spec the measurements
     * @param date the date of riding (the class exists from 2023-07-01)
     * @param sidewalkModeOn whether the sidewalk mode (lamp flashing) was on
     * @return the class with its reasons, or the problems
     */
    public static Validation<Seq<Problem>, Decision<VehicleKind>> classify(SmallMotorSpec spec, LocalDate date,
            boolean sidewalkModeOn) {
        if (spec == null || date == null) {
            return Validation.invalid(List.of(spec == null ? Problem.required("spec") : Problem.required("date")));
        }
        List<String> ids = List.of("SMALL_MOTOR_MAX_WIDTH_CM", "SMALL_MOTOR_MAX_LENGTH_CM", "SMALL_MOTOR_MAX_OUTPUT_W",
                "SMALL_MOTOR_ROAD_MODE_KMH", "SMALL_MOTOR_SIDEWALK_MODE_KMH");
        List<Either<NotInForce, Effective<Long>>> figures = ids.map(id -> Figures.at(id, date));
        if (figures.exists(Either::isLeft)) {
            return Validation.invalid(List.of(figures.find(Either::isLeft).get().getLeft().asProblem("date")));
        }
        List<Effective<Long>> f = figures.map(Either::get);
        List<Integer> actual = List.of(spec.widthCm(), spec.lengthCm(), spec.outputWatts(), spec.roadModeKmh());
        List<Reason> over = List.empty();
        List<Reason> within = List.empty();
        for (int i = 0; i < 4; i++) {
            boolean ok = actual.get(i) <= f.get(i).value();
            Reason r = said(Reason.of(SMALL_MOTOR_LIMITS[i], f.get(i).basis()), ok, "over")
                    .withFigures("実測", actual.get(i) + SMALL_MOTOR_UNITS[i], "上限", f.get(i).value() + SMALL_MOTOR_UNITS[i]);
            over = ok ? over : over.append(r);
            within = ok ? within.append(r) : within;
        }
        if (!over.isEmpty()) {
            return Validation.valid(Decision.of(VehicleKind.GENERAL_MOPED, over.append(Reason.of(BicycleRule.SMALL_MOTOR_GENERAL)),
                    within));
        }
        long sidewalkLimit = f.get(4).value();
        if (!sidewalkModeOn) {
            return Validation.valid(Decision.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, within, List.of(Reason.of(
                    BicycleRule.SMALL_MOTOR_SIDEWALK_MODE, f.get(4).basis()))));
        }
        boolean conforming = spec.sidewalkModeKmh().exists(k -> k <= sidewalkLimit);
        Reason mode = conforming
                ? Reason.of(BicycleRule.SMALL_MOTOR_SIDEWALK_MODE, f.get(4).basis()).variant("conforming")
                        .withFigures("歩道モード", spec.sidewalkModeKmh().get(), "上限", sidewalkLimit)
                : Reason.of(BicycleRule.SMALL_MOTOR_SIDEWALK_MODE, f.get(4).basis()).variant("fails");
        return Validation.valid(conforming
                ? Decision.of(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE, within.append(mode), List.empty())
                : Decision.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, within.append(mode), List.empty()));
    }

    /**
     * May this person ride a 特定小型原動機付自転車 (16歳未満は運転禁止)? Age at the moment of riding.
     *
     * @param birthDate the rider's date of birth
     * @param date the date of riding
     * @return the verdict with its reason, or the problems
     */
    public static Validation<Seq<Problem>, Decision<RuleVerdict>> smallMotorRider(LocalDate birthDate, LocalDate date) {
        if (birthDate == null || date == null) {
            return Validation.invalid(List.of(birthDate == null ? Problem.required("birthDate") : Problem.required("date")));
        }
        var min = Figures.at("SMALL_MOTOR_MIN_AGE", date);
        if (min.isLeft()) {
            return Validation.invalid(List.of(min.getLeft().asProblem("date")));
        }
        int age = Age.of(birthDate, date, AgeReading.AT_MOMENT);
        Reason r = Reason.of(BicycleRule.SMALL_MOTOR_AGE, min.get().basis()).withFigure("年齢", age);
        return ok(age < min.get().value()
                ? Decision.<RuleVerdict>of(new RuleVerdict.Violates(BicycleRule.SMALL_MOTOR_AGE.named("violation"), Option.none())).because(r)
                : Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(r));
    }
}
