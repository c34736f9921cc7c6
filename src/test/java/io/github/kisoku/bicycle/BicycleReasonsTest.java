package io.github.kisoku.bicycle;

import io.vavr.collection.Seq;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reasons of the rule-book checks, not only their verdicts (issue 6, mutation testing): each
 * exception that was checked is in {@code reasons} when it applied and in {@code notApplied} when
 * it did not, with the figures and the words the rule book uses. Seed: 神奈川県・神奈川県警察
 * 自転車ルールブック (2025.9), 「自転車の通行場所」「幼児の同乗」「特定小型原動機付自転車」.
 */
class BicycleReasonsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static Seq<String> rules(Seq<Reason> reasons) {
        return reasons.map(Reason::id);
    }

    private static String said(Seq<Reason> reasons, String rule) {
        return reasons.find(r -> r.id().equals(rule)).map(BicycleReasonsTest::say).getOrElse("(none)");
    }

    /** Which rule and variant said a reason, and its figures, e.g. {@code bicycle.sidewalk.under-13 {年齢=12}}. */
    static String say(Reason r) {
        return r.words()._2 + " " + r.figures().shown().map(t -> t._1 + "=" + t._2).mkString("{", ", ", "}");
    }

    private static Decision<RuleVerdict> sidewalk(Option<LocalDate> born, boolean sign, boolean disability,
            boolean unavoidable) {
        RidingSituation.Builder b = RidingSituation.builder().on(DAY).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .place(Place.SIDEWALK).sidewalkSign(sign).disability(disability).unavoidable(unavoidable);
        for (LocalDate d : born) {
            b = b.riderBornOn(d);
        }
        return RuleBookChecks.ridingPlace(b.build()).get();
    }

    // --- 道路交通法第63条の4第1項 (普通自転車の歩道通行) --------------------------------------------

    @Test
    @DisplayName("第63条の4第1項第2号・施行令第26条: 12 is under 13 and may use the sidewalk; 13 may not")
    void underThirteenIsTheAgeLimitOfTheSidewalk() {
        Decision<RuleVerdict> twelve = sidewalk(Option.of(LocalDate.of(2013, 6, 1)), false, false, false);
        assertThat(twelve.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(rules(twelve.reasons())).contains("bicycle.sidewalk.under-13");
        assertThat(said(twelve.reasons(), "bicycle.sidewalk.under-13")).isEqualTo("bicycle.sidewalk.under-13 {年齢=12}");
        assertThat(said(twelve.notApplied(), "bicycle.sidewalk.70-or-over")).isEqualTo("bicycle.sidewalk.70-or-over#not {年齢=12}");

        Decision<RuleVerdict> thirteen = sidewalk(Option.of(LocalDate.of(2013, 1, 1)), false, false, false);
        assertThat(thirteen.value().is("TRAFFIC_DIVISION")).isTrue();
        // A violation lists every exception that failed among its reasons, then why none applies.
        assertThat(said(thirteen.reasons(), "bicycle.sidewalk.under-13")).isEqualTo("bicycle.sidewalk.under-13#not {年齢=13}");
        assertThat(rules(thirteen.reasons()).last()).isEqualTo("bicycle.sidewalk.none");
        assertThat(thirteen.notApplied()).isEmpty();
        assertThat(thirteen.reasons().find(r -> r.id().equals("bicycle.sidewalk.under-13")).get().figures()
                .get("年齢").get()).isEqualTo("13");
    }

    @Test
    @DisplayName("第63条の4第1項第2号・施行令第26条: 70 or over may use the sidewalk; 69 may not")
    void seventyOrOverMayUseTheSidewalk() {
        Decision<RuleVerdict> seventy = sidewalk(Option.of(LocalDate.of(1956, 1, 1)), false, false, false);
        assertThat(seventy.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(said(seventy.reasons(), "bicycle.sidewalk.70-or-over")).isEqualTo("bicycle.sidewalk.70-or-over {年齢=70}");
        Decision<RuleVerdict> sixtyNine = sidewalk(Option.of(LocalDate.of(1956, 6, 1)), false, false, false);
        assertThat(sixtyNine.value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(said(sixtyNine.reasons(), "bicycle.sidewalk.70-or-over")).isEqualTo("bicycle.sidewalk.70-or-over#not {年齢=69}");
    }

    @Test
    @DisplayName("第63条の4第1項第1号・第3号: a sign, a disability or an unavoidable situation each allow the sidewalk")
    void eachExceptionIsAReasonWhenItHoldsAndNotAppliedWhenNot() {
        Decision<RuleVerdict> none = sidewalk(Option.of(LocalDate.of(1990, 1, 1)), false, false, false);
        assertThat(none.value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(rules(none.reasons())).containsExactly("bicycle.sidewalk.sign", "bicycle.sidewalk.under-13",
                "bicycle.sidewalk.70-or-over", "bicycle.sidewalk.disability", "bicycle.sidewalk.unavoidable",
                "bicycle.sidewalk.none");
        assertThat(said(none.reasons(), "bicycle.sidewalk.sign")).isEqualTo("bicycle.sidewalk.sign#none {}");
        assertThat(said(none.reasons(), "bicycle.sidewalk.disability")).isEqualTo("bicycle.sidewalk.disability#none {}");
        assertThat(said(none.reasons(), "bicycle.sidewalk.unavoidable"))
                .isEqualTo("bicycle.sidewalk.unavoidable#none {}");

        Decision<RuleVerdict> sign = sidewalk(Option.none(), true, false, false);
        assertThat(sign.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(rules(sign.reasons())).containsExactly("bicycle.sidewalk.sign", "bicycle.sidewalk.how");
        assertThat(rules(sign.notApplied())).as("no birth date given: the ages are not checked")
                .containsExactly("bicycle.sidewalk.disability", "bicycle.sidewalk.unavoidable");
        assertThat(said(sign.reasons(), "bicycle.sidewalk.sign")).isEqualTo("bicycle.sidewalk.sign {}");
        Decision<RuleVerdict> disabled = sidewalk(Option.of(LocalDate.of(1990, 1, 1)), false, true, false);
        assertThat(disabled.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(said(disabled.reasons(), "bicycle.sidewalk.disability")).isEqualTo("bicycle.sidewalk.disability {}");
        Decision<RuleVerdict> unavoidable = sidewalk(Option.of(LocalDate.of(1990, 1, 1)), false, false, true);
        assertThat(unavoidable.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(said(unavoidable.reasons(), "bicycle.sidewalk.unavoidable")).isEqualTo("bicycle.sidewalk.unavoidable {}");
    }

    @Test
    @DisplayName("ルールブック 特定小型原付: sidewalk mode may use the sidewalk only where the sign allows bicycles")
    void sidewalkModeFollowsTheBicycleSign() {
        for (boolean sign : new boolean[] {true, false}) {
            Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(DAY)
                    .vehicle(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE).place(Place.SIDEWALK).sidewalkSign(sign).build()).get();
            assertThat(d.value() instanceof RuleVerdict.Permitted).isEqualTo(sign);
            assertThat(say(d.reasons().head())).isEqualTo(sign ? "bicycle.place.sidewalk-small-motor {}"
                    : "bicycle.place.sidewalk-small-motor#no-sign {}");
            if (!sign) {
                assertThat(((RuleVerdict.Violates) d.value()).row()).as("a small motor has its own table").isEmpty();
            }
        }
        Decision<RuleVerdict> moped = RuleBookChecks.ridingPlace(RidingSituation.builder().on(DAY)
                .vehicle(VehicleKind.GENERAL_MOPED).place(Place.SIDEWALK).sidewalkSign(true).build()).get();
        assertThat(moped.value()).isInstanceOf(RuleVerdict.Violates.class);
        assertThat(rules(moped.reasons())).containsExactly("bicycle.place.sidewalk-motor");
        Decision<RuleVerdict> tandem = RuleBookChecks.ridingPlace(RidingSituation.builder().on(DAY)
                .vehicle(VehicleKind.TANDEM).place(Place.SIDEWALK).sidewalkSign(true).build()).get();
        assertThat(tandem.value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(tandem.reasons().head().basis()).isNotEqualTo(
                RuleBookChecks.ridingPlace(RidingSituation.builder().on(DAY).vehicle(VehicleKind.OTHER_BICYCLE)
                        .place(Place.SIDEWALK).sidewalkSign(true).build()).get().reasons().head().basis());
    }

    // --- 道路交通法第57条第2項・神奈川県道路交通法施行細則 (幼児の同乗) ------------------------------

    private static Decision<RuleVerdict> ride(int seats, boolean twoInfantModel, int infants, int school,
            boolean onBack, int others) {
        return RuleBookChecks.passengers(PassengerSituation.builder().on(DAY).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .childSeats(seats).twoInfantModel(twoInfantModel).seated(infants, school).childOnBack(onBack)
                .otherPassengers(others).build()).get();
    }

    @Test
    @DisplayName("幼児の同乗: one infant in one seat is permitted and every check says why")
    void oneInfantInOneSeat() {
        Decision<RuleVerdict> d = ride(1, false, 1, 0, false, 0);
        assertThat(d.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(rules(d.reasons())).containsExactly("bicycle.passengers.others", "bicycle.passengers.school-age",
                "bicycle.passengers.seats", "bicycle.passengers.total");
        assertThat(said(d.reasons(), "bicycle.passengers.others")).isEqualTo("bicycle.passengers.others {}");
        assertThat(said(d.reasons(), "bicycle.passengers.school-age")).isEqualTo("bicycle.passengers.school-age {}");
        assertThat(said(d.reasons(), "bicycle.passengers.seats")).isEqualTo("bicycle.passengers.seats {}");
        assertThat(said(d.reasons(), "bicycle.passengers.total")).isEqualTo("bicycle.passengers.total {人数=1, 上限=2}");
        assertThat(d.notApplied()).isEmpty();
    }

    @Test
    @DisplayName("幼児の同乗: two infants need a 幼児2人同乗用自転車; on one, two seated plus one on the back is too many")
    void twoInfantsNeedTheTwoInfantModel() {
        Decision<RuleVerdict> model = ride(2, true, 2, 0, false, 0);
        assertThat(model.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(said(model.reasons(), "bicycle.passengers.total")).isEqualTo("bicycle.passengers.total {人数=2, 上限=2}");
        Decision<RuleVerdict> plain = ride(2, false, 2, 0, false, 0);
        assertThat(plain.value().is("LOAD_LIMIT")).isTrue();
        assertThat(rules(plain.reasons())).containsExactly("bicycle.passengers.seats");
        assertThat(said(plain.reasons(), "bicycle.passengers.seats")).isEqualTo("bicycle.passengers.seats#not-two-model {}");
        assertThat(rules(plain.notApplied())).containsExactly("bicycle.passengers.others",
                "bicycle.passengers.school-age", "bicycle.passengers.total");
        Decision<RuleVerdict> three = ride(2, true, 2, 0, true, 0);
        assertThat(three.value().is("LOAD_LIMIT")).isTrue();
        assertThat(rules(three.reasons())).containsExactly("bicycle.passengers.total");
        assertThat(said(three.reasons(), "bicycle.passengers.total")).isEqualTo("bicycle.passengers.total {人数=3, 上限=2}");
        Decision<RuleVerdict> backOnly = ride(0, false, 0, 0, true, 0);
        assertThat(backOnly.value()).as("おんぶ of one child").isEqualTo(new RuleVerdict.Permitted());
        assertThat(said(backOnly.reasons(), "bicycle.passengers.total")).isEqualTo("bicycle.passengers.total {人数=1, 上限=2}");
    }

    @Test
    @DisplayName("幼児の同乗: a passenger who is not a small child, or a school-age child in a seat, is a violation")
    void othersAndSchoolChildren() {
        Decision<RuleVerdict> twoUp = ride(0, false, 0, 0, false, 1);
        assertThat(twoUp.value().is("LOAD_LIMIT")).isTrue();
        assertThat(rules(twoUp.reasons())).containsExactly("bicycle.passengers.others");
        assertThat(said(twoUp.reasons(), "bicycle.passengers.others")).isEqualTo("bicycle.passengers.others#some {}");
        Decision<RuleVerdict> school = ride(1, false, 0, 1, false, 0);
        assertThat(school.value().is("LOAD_LIMIT")).isTrue();
        assertThat(rules(school.reasons())).containsExactly("bicycle.passengers.school-age");
        assertThat(said(school.reasons(), "bicycle.passengers.school-age"))
                .isEqualTo("bicycle.passengers.school-age#some {}");
    }

    @Test
    @DisplayName("タンデム自転車 (神奈川県道路交通法施行細則, from 2023-04-01): one passenger; two are too many; before, none")
    void tandemPassengers() {
        PassengerSituation.Builder tandem = PassengerSituation.builder().vehicle(VehicleKind.TANDEM);
        Decision<RuleVerdict> two = RuleBookChecks.passengers(tandem.on(DAY).otherPassengers(1).childOnBack(true)
                .build()).get();
        assertThat(two.value().is("LOAD_LIMIT")).isTrue();
        assertThat(say(two.reasons().head())).isEqualTo("bicycle.passengers.tandem#too-many {同乗者=2}");
        Decision<RuleVerdict> seated = RuleBookChecks.passengers(PassengerSituation.builder()
                .vehicle(VehicleKind.TANDEM).on(DAY).childSeats(1).seated(0, 1).build()).get();
        assertThat(seated.value()).as("one seated child is one passenger").isEqualTo(new RuleVerdict.Permitted());
        Decision<RuleVerdict> early = RuleBookChecks.passengers(PassengerSituation.builder().vehicle(VehicleKind.TANDEM)
                .on(LocalDate.of(2023, 3, 31)).otherPassengers(1).build()).get();
        assertThat(early.value().is("LOAD_LIMIT")).isTrue();
        assertThat(say(early.reasons().head())).isEqualTo("bicycle.passengers.tandem#before {}");
        Decision<RuleVerdict> one = RuleBookChecks.passengers(PassengerSituation.builder().vehicle(VehicleKind.TANDEM)
                .on(LocalDate.of(2023, 4, 1)).otherPassengers(1).build()).get();
        assertThat(one.value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(say(one.reasons().head())).isEqualTo("bicycle.passengers.tandem {}");
    }

    // --- 特定小型原動機付自転車 (道路交通法施行規則第1条の2の2, 第18条の2) -------------------------

    @Test
    @DisplayName("特定小型原付: 60cm × 190cm, 600W, 20km/h are within the standard; one more is a general moped")
    void theStandardsLimitsAreInclusive() {
        Decision<VehicleKind> at = RuleBookChecks.classify(SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get(),
                DAY, true).get();
        assertThat(at.value()).isEqualTo(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE);
        assertThat(at.reasons().map(BicycleReasonsTest::say)).containsExactly("bicycle.small-motor.width {実測=60cm, 上限=60cm}", "bicycle.small-motor.length {実測=190cm, 上限=190cm}",
                "bicycle.small-motor.rated-output {実測=600W, 上限=600W}", "bicycle.small-motor.top-speed-road-mode {実測=20km/h, 上限=20km/h}",
                "bicycle.small-motor.sidewalk-mode#conforming {歩道モード=6, 上限=6}");
        Decision<VehicleKind> wide = RuleBookChecks.classify(SmallMotorSpec.validate(61, 190, 600, 20, Option.of(6))
                .get(), DAY, true).get();
        assertThat(wide.value()).isEqualTo(VehicleKind.GENERAL_MOPED);
        assertThat(wide.reasons().map(BicycleReasonsTest::say)).containsExactly("bicycle.small-motor.width#over {実測=61cm, 上限=60cm}",
                "bicycle.small-motor.general {}");
        assertThat(wide.notApplied()).hasSize(3);
        assertThat(rules(wide.reasons()).head()).isEqualTo("bicycle.small-motor.width");
        assertThat(rules(at.reasons()).get(3)).isEqualTo("bicycle.small-motor.top-speed-road-mode");
    }

    @Test
    @DisplayName("特定小型原付: sidewalk mode needs a top speed of 6 km/h or less; off, it is road mode")
    void sidewalkModeNeedsSixKmh() {
        Decision<VehicleKind> seven = RuleBookChecks.classify(SmallMotorSpec.validate(60, 190, 600, 20, Option.of(7))
                .get(), DAY, true).get();
        assertThat(seven.value()).isEqualTo(VehicleKind.SMALL_MOTOR_ROAD_MODE);
        assertThat(say(seven.reasons().last()))
                .isEqualTo("bicycle.small-motor.sidewalk-mode#fails {}");
        Decision<VehicleKind> none = RuleBookChecks.classify(SmallMotorSpec.validate(60, 190, 600, 20, Option.none())
                .get(), DAY, true).get();
        assertThat(none.value()).isEqualTo(VehicleKind.SMALL_MOTOR_ROAD_MODE);
        Decision<VehicleKind> off = RuleBookChecks.classify(SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6))
                .get(), DAY, false).get();
        assertThat(off.value()).isEqualTo(VehicleKind.SMALL_MOTOR_ROAD_MODE);
        assertThat(off.notApplied().map(BicycleReasonsTest::say)).containsExactly("bicycle.small-motor.sidewalk-mode {}");
        assertThat(RuleBookChecks.classify(SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get(),
                LocalDate.of(2023, 6, 30), true).getError().head().code()).isEqualTo("not-in-force");
    }

    @Test
    @DisplayName("道路交通法第64条第3項 (特定小型原付): no rider under 16, at the moment of the act")
    void noSmallMotorRiderUnderSixteen() {
        property().forAll(ints(0, 40)).checkAssert(age -> {
            LocalDate born = DAY.minusYears(age).minusMonths(2);
            Decision<RuleVerdict> d = RuleBookChecks.smallMotorRider(born, DAY).get();
            assertThat(d.value() instanceof RuleVerdict.Violates).isEqualTo(age < 16);
            assertThat(d.reasons().head().figures().get("年齢").get()).isEqualTo(Integer.toString(age));
        });
    }

    // --- 反則金の納付期限 (道路交通法第129条, 施行令第46条) ----------------------------------------

    @Test
    @DisplayName("施行令第46条: a printed deadline wins; it says so when it differs from the computed day")
    void aPrintedDeadlineSaysWhetherItDiffersFromTheComputedDay() {
        // Notice 2026-04-01: 翌日起算7日 → 2026-04-08 (Wednesday, open).
        Decision<PaymentDeadline> same = PaymentDeadlines.provisionalPayment(DAY, Option.of(LocalDate.of(2026, 4, 8))).get();
        io.github.kisoku.kernel.Texts.readable(same);
        Reason printed = same.reasons().find(r -> r.id().equals("bicycle.deadline.printed")).get();
        assertThat(say(printed)).isEqualTo("bicycle.deadline.printed {印字された期限=2026-04-08}");
        assertThat(printed.message().ja()).doesNotContain("異なります");
        Decision<PaymentDeadline> later = PaymentDeadlines.provisionalPayment(DAY, Option.of(LocalDate.of(2026, 4, 10))).get();
        io.github.kisoku.kernel.Texts.readable(later);
        assertThat(say(later.reasons().find(r -> r.id().equals("bicycle.deadline.printed")).get()))
                .isEqualTo("bicycle.deadline.printed#differs {印字された期限=2026-04-10, 計算上の期限=2026-04-08}");
        assertThat(later.reasons().find(r -> r.id().equals("bicycle.deadline.printed")).get().message().ja())
                .endsWith("（計算上の期限 2026-04-08 と異なります）");
        assertThat(later.value().operative()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(rules(same.notApplied())).contains("bicycle.deadline.roll");
        assertThat(said(same.notApplied(), "bicycle.deadline.roll")).isEqualTo("bicycle.deadline.roll {繰越し後=2026-04-08, 法定の末日=2026-04-08}");
    }

    @Test
    @DisplayName("施行令第46条: a deadline printed on the statutory last day of a rolled deadline does not 'differ'")
    void aPrintedStatutoryLastDayDoesNotDiffer() {
        // Notice 2026-04-26: last day 2026-05-03 (Sunday, 憲法記念日), rolled to 2026-05-07.
        Decision<PaymentDeadline> d = PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 26),
                Option.of(LocalDate.of(2026, 5, 3))).get();
        io.github.kisoku.kernel.Texts.readable(d);
        assertThat(said(d.reasons(), "bicycle.deadline.printed")).isEqualTo("bicycle.deadline.printed {印字された期限=2026-05-03}");
        assertThat(rules(d.notApplied())).as("the printed day wins over rolling").contains("bicycle.deadline.roll");
        io.github.kisoku.kernel.Reason roll = d.notApplied().find(r -> r.id().equals("bicycle.deadline.roll")).get();
        assertThat(roll.figures().get("法定の末日")).contains("2026-05-03");
        assertThat(roll.figures().get("繰越し後")).contains("2026-05-07");
        assertThat(roll.figures().get("休日").get()).startsWith("2026-05-03 ").contains("2026-05-06 ");
        Decision<PaymentDeadline> rolled = PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 26), Option.none()).get();
        io.github.kisoku.kernel.Texts.readable(rolled);
        assertThat(rules(rolled.reasons())).contains("bicycle.deadline.roll");
    }

    // --- the bundled tables, read again -----------------------------------------------------------

    @Test
    @DisplayName("violations.csv read again row by row gives the catalogue's rows")
    void theTableReadAgainGivesTheCatalogue() {
        List<Violation> again = BundledCsv.read(Violation.class, "violations.csv").map(Violation::fromRow);
        assertThat(again).containsExactlyElementsOf(ViolationCatalogue.standard().list());
        for (Violation v : again) {
            Violation cat = ViolationCatalogue.standard().find(v.id()).get();
            assertThat(v.nameEn()).isEqualTo(cat.nameEn()).isNotBlank();
            assertThat(v.article()).isEqualTo(cat.article()).isNotBlank();
            assertThat(v.dangerousAct()).isEqualTo(cat.dangerousAct());
            assertThat(v.scope()).isEqualTo(cat.scope());
            assertThat(v.isBlueTicketOffence()).isEqualTo(v.amount().isDefined());
        }
        Violation signal = again.find(v -> v.id().equals("SIGNAL_VIOLATION")).get();
        assertThat(signal.dangerousAct()).as("seed: 信号無視 is 危険行為 1").contains(1);
        assertThat(signal.amountBasis().source()).isEqualTo("神奈川県警察 自転車の交通反則通告制度");
        Violation load = again.find(v -> v.id().equals("LOAD_LIMIT")).get();
        assertThat(load.dangerousAct()).isEmpty();
        assertThat(load.amountBasis().source()).isEqualTo("神奈川県・神奈川県警察 自転車ルールブック (2025.9)");
    }

    @Test
    @DisplayName("enum labels are the rule book's words in both languages")
    void labels() {
        assertThat(BicycleRule.bundle().label(VehicleKind.TANDEM))
                .isEqualTo(io.github.kisoku.kernel.Message.of("タンデム自転車", "tandem bicycle"));
        assertThat(BicycleRule.bundle().label(RiderType.ORDINARY_BICYCLE))
                .isEqualTo(io.github.kisoku.kernel.Message.of("普通自転車", "ordinary bicycle"));
        for (Exclusion e : Exclusion.values()) {
            assertThat(BicycleRule.bundle().message("text.bicycle.outside-system", "exclusions", e, "instead", "x").en())
                    .as("label of %s", e).doesNotContain(e.name());
        }
    }
}
