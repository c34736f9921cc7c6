package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
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
    private static final LegalBasis KEEP_LEFT = Sources.act("第17条第1項・第4項・第18条第1項", Confidence.CONFIRMED)
            .withNote("seed 1 ① 車道が原則、左側を通行");
    private static final LegalBasis SIDEWALK = Sources.act("第63条の4第1項", Confidence.CONFIRMED)
            .withNote("seed 1 ② 歩道は例外、歩行者を優先");
    private static final LegalBasis STRIP = Sources.seed("1 ◆ 路側帯の通行");
    private static final LegalBasis RIGHT_STRIP = Sources.seed("自転車運転者講習制度 ④ 通行区分違反（道路右側にある路側帯通行を含む）");
    private static final LegalBasis TANDEM = Sources.seed("タンデム自転車の交通ルール（令和5年4月1日施行）");
    private static final LegalBasis CHILDREN = Sources.seed("親子乗り自転車の注意点");
    private static final LegalBasis SMALL_MOTOR = Sources.seed("特定小型原動機付自転車（主な交通ルール）");

    private RuleBookChecks() {
    }

    private static Option<Violation> row(String id) {
        return ViolationCatalogue.standard().find(id).toOption();
    }

    /** The bicycle table's row applies only to bicycles; a motorised vehicle has its own table. */
    private static RuleVerdict violates(String ja, String en, VehicleKind vehicle, String id) {
        boolean bicycle = vehicle == VehicleKind.ORDINARY_BICYCLE || vehicle == VehicleKind.TANDEM
                || vehicle == VehicleKind.OTHER_BICYCLE;
        return new RuleVerdict.Violates(Message.of(ja, en), bicycle ? row(id) : Option.none());
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
                return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of("bicycle.place.left",
                        KEEP_LEFT, v.ja() + "は車道の左側を通行します（原則どおり）",
                        "a " + v.en() + " keeps to the left side of the roadway, as the rule requires"))
                        .notApplied(smallMotorRoadwayNote(v)));
            case ROADWAY_RIGHT:
                return ok(Decision.of(violates("通行区分違反（車道の右側通行・逆走）", "traffic division violation (riding on the right)",
                        v, "TRAFFIC_DIVISION"))
                        .because(Reason.of("bicycle.place.right", KEEP_LEFT, "車両は道路の左側を通行しなければなりません",
                                "vehicles must keep to the left side of the road")));
            case ROADSIDE_STRIP_RIGHT:
                return ok(Decision.of(violates("通行区分違反（道路右側の路側帯）", "traffic division violation (right roadside strip)",
                        v, "TRAFFIC_DIVISION"))
                        .because(Reason.of("bicycle.place.right-strip", RIGHT_STRIP,
                                "道路右側の路側帯は通行できません", "a roadside strip on the right may not be used")));
            case PEDESTRIAN_ROADSIDE_STRIP:
                return ok(Decision.of(violates("通行区分違反（歩行者用路側帯）", "traffic division violation (pedestrian roadside strip)",
                        v, "TRAFFIC_DIVISION"))
                        .because(Reason.of("bicycle.place.pedestrian-strip", STRIP,
                                "白線2本の歩行者用路側帯は通行できません", "a roadside strip marked with two white lines is for pedestrians")));
            case ROADSIDE_STRIP_LEFT:
                return ok(leftStrip(v));
            default:
                return sidewalk(s);
        }
    }

    private static Validation<Seq<Problem>, Decision<RuleVerdict>> ok(Decision<RuleVerdict> d) {
        return Validation.valid(d);
    }

    private static Reason smallMotorRoadwayNote(VehicleKind v) {
        return Reason.of("bicycle.place.small-motor-mode", SMALL_MOTOR,
                v == VehicleKind.SMALL_MOTOR_SIDEWALK_MODE ? "歩道モードでの車道通行はルールブックの表で「△」です"
                        : "特定小型原付の歩道モードの注記は該当しません",
                v == VehicleKind.SMALL_MOTOR_SIDEWALK_MODE ? "the rule book marks sidewalk mode on the roadway with '△'"
                        : "the small-motor sidewalk-mode note does not apply");
    }

    private static Decision<RuleVerdict> leftStrip(VehicleKind v) {
        if (v == VehicleKind.SMALL_MOTOR_ROAD_MODE || v == VehicleKind.GENERAL_MOPED) {
            return Decision.of(violates("通行区分違反（路側帯）", "traffic division violation (roadside strip)", v, "TRAFFIC_DIVISION"))
                    .because(Reason.of("bicycle.place.strip-small-motor", SMALL_MOTOR,
                            v.ja() + "は路側帯を通行できません（歩道モードの特例特定小型原付のみ可）",
                            "a " + v.en() + " may not use a roadside strip (only sidewalk mode may)"));
        }
        return Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of("bicycle.place.strip", STRIP,
                v.ja() + "は道路左側の路側帯を通行できます（歩行者の通行を妨げない限り）",
                "a " + v.en() + " may use the roadside strip on the left (without obstructing pedestrians)"));
    }

    private static Validation<Seq<Problem>, Decision<RuleVerdict>> sidewalk(RidingSituation s) {
        VehicleKind v = s.vehicle();
        if (v == VehicleKind.TANDEM || v == VehicleKind.OTHER_BICYCLE) {
            return ok(Decision.of(violates("通行区分違反（普通自転車以外の自転車の歩道通行）",
                    "traffic division violation (a bicycle that is not an ordinary bicycle on a sidewalk)", v,
                    "TRAFFIC_DIVISION"))
                    .because(Reason.of("bicycle.place.sidewalk-not-ordinary", v == VehicleKind.TANDEM ? TANDEM : SIDEWALK,
                            v.ja() + "は普通自転車ではないため、標識・年齢等にかかわらず歩道を通行できません",
                            "a " + v.en() + " is not an ordinary bicycle, so it may never use a sidewalk, sign or not")));
        }
        if (v == VehicleKind.GENERAL_MOPED || v == VehicleKind.SMALL_MOTOR_ROAD_MODE) {
            return ok(Decision.of(violates("通行区分違反（歩道通行）", "traffic division violation (sidewalk)", v, "TRAFFIC_DIVISION"))
                    .because(Reason.of("bicycle.place.sidewalk-motor", SMALL_MOTOR,
                            v.ja() + "は歩道を通行できません", "a " + v.en() + " may not use a sidewalk")));
        }
        if (v == VehicleKind.SMALL_MOTOR_SIDEWALK_MODE) {
            Reason sign = Reason.of("bicycle.place.sidewalk-small-motor", SMALL_MOTOR,
                    s.sidewalkSign() ? "歩道モード（6km/h以下・緑色点滅）で、普通自転車の歩道通行可の場所です"
                            : "歩道モードでも、普通自転車が歩道を通行できない場所は通行できません",
                    s.sidewalkSign() ? "sidewalk mode (6 km/h, flashing) where ordinary bicycles may use the sidewalk"
                            : "even in sidewalk mode, not where ordinary bicycles may not use the sidewalk");
            return ok(s.sidewalkSign() ? Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(sign)
                    : Decision.of(violates("通行区分違反（歩道通行）", "traffic division violation (sidewalk)", v, "TRAFFIC_DIVISION")).because(sign));
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
        Reason sign = Reason.of("bicycle.sidewalk.sign", SIDEWALK,
                s.sidewalkSign() ? "普通自転車歩道通行可の標識・標示があります" : "普通自転車歩道通行可の標識・標示はありません",
                s.sidewalkSign() ? "a sign allows ordinary bicycles on the sidewalk" : "no sign allows bicycles on the sidewalk");
        if (s.sidewalkSign()) {
            yes = yes.append(sign);
        } else {
            no = no.append(sign);
        }
        for (LocalDate birth : s.riderBirthDate()) {
            int age = Age.of(birth, s.date(), AgeReading.AT_MOMENT);
            long u = under.get().value();
            long o = over.get().value();
            Reason child = Reason.of("bicycle.sidewalk.under-13", under.get().basis(),
                    "運転者は " + age + " 歳" + (age < u ? "（13歳未満）" : "（13歳未満ではない）"),
                    "the rider is " + age + (age < u ? " (under 13)" : " (not under 13)")).withFigure("年齢", age);
            Reason elderly = Reason.of("bicycle.sidewalk.70-or-over", over.get().basis(),
                    "運転者は " + age + " 歳" + (age >= o ? "（70歳以上）" : "（70歳未満）"),
                    "the rider is " + age + (age >= o ? " (70 or over)" : " (under 70)")).withFigure("年齢", age);
            yes = age < u ? yes.append(child) : yes;
            no = age < u ? no : no.append(child);
            yes = age >= o ? yes.append(elderly) : yes;
            no = age >= o ? no : no.append(elderly);
        }
        Reason disabled = Reason.of("bicycle.sidewalk.disability", SIDEWALK,
                s.disability() ? "運転者は身体の不自由な人です" : "運転者に身体の障害はありません",
                s.disability() ? "the rider has a physical disability" : "the rider has no physical disability");
        yes = s.disability() ? yes.append(disabled) : yes;
        no = s.disability() ? no : no.append(disabled);
        Reason unavoidable = Reason.of("bicycle.sidewalk.unavoidable", SIDEWALK,
                s.unavoidable() ? "車道の通行がやむを得ず危険な状況でした（道路工事・駐車車両・交通量など）"
                        : "車道を通行できない事情（やむを得ない場合）はありません",
                s.unavoidable() ? "riding on the roadway was unavoidably unsafe (works, parked cars, heavy traffic)"
                        : "nothing made the roadway unavoidably unsafe");
        yes = s.unavoidable() ? yes.append(unavoidable) : yes;
        no = s.unavoidable() ? no : no.append(unavoidable);
        if (!yes.isEmpty()) {
            return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted(), yes.append(Reason.of("bicycle.sidewalk.how",
                    SIDEWALK, "歩道では車道寄りを徐行し、歩行者の通行を妨げるときは一時停止します（違反は歩道徐行等義務違反）",
                    "on the sidewalk keep to the roadway side at walking speed and stop for pedestrians "
                            + "(else 歩道徐行等義務違反)")), no));
        }
        return ok(Decision.of(violates("通行区分違反（歩道通行）", "traffic division violation (riding on the sidewalk)",
                s.vehicle(), "TRAFFIC_DIVISION"), no.append(Reason.of("bicycle.sidewalk.none", KEEP_LEFT,
                        "歩道通行が認められる場合のいずれにも当たらないため、通行区分違反です",
                        "none of the cases allowing the sidewalk applies, so it is a traffic division violation")),
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
            return Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of("bicycle.sign.except-bicycles",
                    TANDEM, "「自転車を除く」の補助標識は普通自転車を除外します",
                    "a 「自転車を除く」 plate exempts ordinary bicycles"));
        }
        return Decision.of(violates("通行禁止違反（「自転車を除く」は普通自転車のみ）",
                "entering a closed road (「自転車を除く」 exempts ordinary bicycles only)",
                vehicle, "NO_ENTRY"))
                .because(Reason.of("bicycle.sign.except-bicycles", TANDEM,
                        "「自転車を除く」の補助標識があっても" + vehicle.ja() + "は除かれません",
                        "a 「自転車を除く」 plate does not exempt a " + vehicle.en()));
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
                return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of("bicycle.passengers.none",
                        TANDEM, "同乗者はいません", "no passenger")));
            }
            if (allowed.isLeft() || riders > 1) {
                LegalBasis b = allowed.map(Effective::basis).getOrElse(TANDEM);
                return ok(Decision.of(violates("軽車両乗車積載制限違反（タンデム自転車の乗車人員）",
                        "passenger limit exceeded (tandem)", p.vehicle(), "LOAD_LIMIT")).because(Reason.of("bicycle.passengers.tandem", b,
                                allowed.isLeft() ? "タンデム自転車の2人乗りは 2023-04-01 から認められました"
                                        : "タンデム自転車の同乗者は1人までです（同乗者 " + riders + " 人）",
                                allowed.isLeft() ? "two riders on a tandem are allowed only from 2023-04-01"
                                        : "a tandem carries one passenger at most (" + riders + " given)")));
            }
            return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(Reason.of("bicycle.passengers.tandem",
                    allowed.get().basis(), "タンデム自転車は同乗者1人まで認められます",
                    "a tandem may carry one passenger")));
        }
        var maxChildren = Figures.at("CHILD_SEAT_MAX_CHILDREN", p.date());
        if (maxChildren.isLeft()) {
            return Validation.invalid(List.of(maxChildren.getLeft().asProblem("date")));
        }
        LegalBasis rules = maxChildren.get().basis();
        List<Reason> breaches = List.empty();
        List<Reason> fine = List.empty();
        Reason others = Reason.of("bicycle.passengers.others", rules,
                p.otherPassengers() > 0 ? "幼児以外の同乗者がいます（二人乗り）" : "幼児以外の同乗者はいません",
                p.otherPassengers() > 0 ? "someone other than a small child rides along" : "no passenger other than small children");
        breaches = p.otherPassengers() > 0 ? breaches.append(others) : breaches;
        fine = p.otherPassengers() > 0 ? fine : fine.append(others);
        Reason school = Reason.of("bicycle.passengers.school-age", CHILDREN,
                p.seatedSchoolChildren() > 0 ? "小学校就学の始期に達した子供が幼児用座席に乗っています"
                        : "座席の子供はみな小学校就学の始期前です",
                p.seatedSchoolChildren() > 0 ? "a child who has reached school age rides in a child seat"
                        : "every seated child is below school age");
        breaches = p.seatedSchoolChildren() > 0 ? breaches.append(school) : breaches;
        fine = p.seatedSchoolChildren() > 0 ? fine : fine.append(school);
        int seated = p.seatedInfants() + p.seatedSchoolChildren();
        Reason seats = Reason.of("bicycle.passengers.seats", CHILDREN,
                seated > p.childSeats() ? "座席より多い子供が乗っています（" + seated + " 人 / " + p.childSeats() + " 席）"
                        : seated == 2 && !p.twoInfantModel() ? "幼児2人同乗用自転車でないのに2人を座席に乗せています"
                        : "座席の数と車種に合っています",
                seated > p.childSeats() ? "more seated children than seats (" + seated + " / " + p.childSeats() + ")"
                        : seated == 2 && !p.twoInfantModel() ? "two seated children on a bicycle not made for two"
                        : "the seats and the model fit");
        boolean seatBreach = seated > p.childSeats() || (seated == 2 && !p.twoInfantModel());
        breaches = seatBreach ? breaches.append(seats) : breaches;
        fine = seatBreach ? fine : fine.append(seats);
        int children = seated + (p.childOnBack() ? 1 : 0);
        Reason total = Reason.of("bicycle.passengers.total", rules,
                "子供は " + children + " 人（上限 " + maxChildren.get().value() + " 人）",
                children + " children (at most " + maxChildren.get().value() + ")").withFigure("人数", children);
        breaches = children > maxChildren.get().value() ? breaches.append(total) : breaches;
        fine = children > maxChildren.get().value() ? fine : fine.append(total);
        if (breaches.isEmpty()) {
            return ok(Decision.<RuleVerdict>of(new RuleVerdict.Permitted(), fine, List.empty()));
        }
        return ok(Decision.of(violates("軽車両乗車積載制限違反", "passenger limit exceeded", p.vehicle(), "LOAD_LIMIT"), breaches, fine));
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
        List<String> ja = List.of("幅", "長さ", "定格出力", "最高速度（車道モード）");
        List<String> en = List.of("width", "length", "rated output", "top speed (road mode)");
        List<String> unit = List.of("cm", "cm", "W", "km/h");
        List<Reason> over = List.empty();
        List<Reason> within = List.empty();
        for (int i = 0; i < 4; i++) {
            boolean ok = actual.get(i) <= f.get(i).value();
            Reason r = Reason.of("bicycle.small-motor." + en.get(i).replace(' ', '-').replace("(", "").replace(")", ""),
                    f.get(i).basis(), ja.get(i) + " " + actual.get(i) + unit.get(i) + (ok ? " ≤ " : " > ") + f.get(i).value()
                            + unit.get(i), en.get(i) + " " + actual.get(i) + unit.get(i) + (ok ? " ≤ " : " > ")
                            + f.get(i).value() + unit.get(i));
            over = ok ? over : over.append(r);
            within = ok ? within.append(r) : within;
        }
        if (!over.isEmpty()) {
            return Validation.valid(Decision.of(VehicleKind.GENERAL_MOPED, over.append(Reason.of("bicycle.small-motor.general",
                    SMALL_MOTOR, "基準に適合しないため一般原付等として扱われ、特定小型原付のルールは適用されません",
                    "it fails the standard, so it is a general moped or heavier and the small-motor rules do not apply")),
                    within));
        }
        long sidewalkLimit = f.get(4).value();
        if (!sidewalkModeOn) {
            return Validation.valid(Decision.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, within, List.of(Reason.of(
                    "bicycle.small-motor.sidewalk-mode", f.get(4).basis(), "歩道モードではありません", "not in sidewalk mode"))));
        }
        boolean conforming = spec.sidewalkModeKmh().exists(k -> k <= sidewalkLimit);
        Reason mode = Reason.of("bicycle.small-motor.sidewalk-mode", f.get(4).basis(),
                conforming ? "歩道モードの最高速度 " + spec.sidewalkModeKmh().get() + "km/h ≤ " + sidewalkLimit + "km/h（特例特定小型原付）"
                        : "歩道モードが 6km/h 以下の基準を満たさないため、歩道を通行できる特例特定小型原付ではありません",
                conforming ? "sidewalk mode top speed " + spec.sidewalkModeKmh().get() + " km/h ≤ " + sidewalkLimit + " km/h"
                        : "no sidewalk mode of 6 km/h or less, so it is not the sidewalk-capable class");
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
        Reason r = Reason.of("bicycle.small-motor.age", min.get().basis(),
                "運転者は " + age + " 歳（16歳未満は運転禁止）", "the rider is " + age + " (no rider under 16)")
                .withFigure("年齢", age);
        return ok(age < min.get().value()
                ? Decision.<RuleVerdict>of(new RuleVerdict.Violates(Message.of("16歳未満の特定小型原付の運転", "a rider under 16 on a small motorised bicycle"),
                        Option.none())).because(r)
                : Decision.<RuleVerdict>of(new RuleVerdict.Permitted()).because(r));
    }
}
