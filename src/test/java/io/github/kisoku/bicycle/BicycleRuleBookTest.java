package io.github.kisoku.bicycle;

import static io.github.kisoku.bicycle.BicycleFixtures.ADULT;
import static io.github.kisoku.bicycle.BicycleFixtures.NOTICE;
import static io.github.kisoku.bicycle.BicycleFixtures.assertValueSemantics;
import static io.github.kisoku.bicycle.BicycleFixtures.codes;
import static io.github.kisoku.bicycle.BicycleFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BicycleRuleBookTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static Decision<RuleVerdict> place(RidingSituation.Builder b) {
        return RuleBookChecks.ridingPlace(b.build()).get();
    }

    private static RidingSituation.Builder sidewalk(VehicleKind v) {
        return RidingSituation.builder().on(DAY).vehicle(v).place(Place.SIDEWALK);
    }

    @Test
    @DisplayName("seed 1 ②: an adult on a sidewalk without a sign commits 通行区分違反")
    void adultOnSidewalk() {
        Decision<RuleVerdict> d = place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(LocalDate.of(1990, 1, 1)));
        assertThat(d.value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(d.reasons().map(r -> r.id())).contains("bicycle.sidewalk.sign", "bicycle.sidewalk.under-13",
                "bicycle.sidewalk.70-or-over", "bicycle.sidewalk.disability", "bicycle.sidewalk.unavoidable");
    }

    @Test
    @DisplayName("seed 1 ② 1.–3.: sign, under 13, 70 or over, disability, unavoidable each allow the sidewalk")
    void sidewalkExceptions() {
        LocalDate adult = LocalDate.of(1990, 1, 1);
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).sidewalkSign(true)).value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(LocalDate.of(2013, 6, 2))).value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(LocalDate.of(2013, 6, 1))).value()
                .is("TRAFFIC_DIVISION")).isTrue();
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(LocalDate.of(1956, 6, 1))).value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(LocalDate.of(1956, 6, 2))).value()
                .is("TRAFFIC_DIVISION")).isTrue();
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(adult).disability(true)).value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(adult).unavoidable(true)).value())
                .isEqualTo(new RuleVerdict.Permitted());
    }

    @Test
    @DisplayName("seed タンデム自転車: never on the sidewalk, even with a sign or a child rider")
    void tandemOnSidewalk() {
        assertThat(place(sidewalk(VehicleKind.TANDEM).sidewalkSign(true).riderBornOn(LocalDate.of(2015, 1, 1)))
                .value().is("TRAFFIC_DIVISION")).isTrue();
    }

    @Test
    @DisplayName("seed タンデム自転車: 「自転車を除く」 does not exempt tandems → 通行禁止違反")
    void exceptBicyclesPlate() {
        assertThat(RuleBookChecks.exceptBicyclesPlate(VehicleKind.ORDINARY_BICYCLE).value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(RuleBookChecks.exceptBicyclesPlate(VehicleKind.TANDEM).value().is("NO_ENTRY")).isTrue();
    }

    @Test
    @DisplayName("seed 1 ① and 危険行為④: right side and right roadside strip are 通行区分違反; left strip is allowed")
    void roadSides() {
        RidingSituation.Builder b = RidingSituation.builder().on(DAY).vehicle(VehicleKind.ORDINARY_BICYCLE);
        assertThat(place(b.place(Place.ROADWAY_LEFT)).value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(place(b.place(Place.ROADWAY_RIGHT)).value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(place(b.place(Place.ROADSIDE_STRIP_RIGHT)).value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(place(b.place(Place.PEDESTRIAN_ROADSIDE_STRIP)).value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(place(b.place(Place.ROADSIDE_STRIP_LEFT)).value()).isEqualTo(new RuleVerdict.Permitted());
    }

    @Test
    @DisplayName("seed 特定小型原付: road mode not on the sidewalk; sidewalk mode only where bicycles may")
    void smallMotorPlaces() {
        assertThat(place(sidewalk(VehicleKind.SMALL_MOTOR_ROAD_MODE).sidewalkSign(true)).value())
                .isInstanceOf(RuleVerdict.Violates.class);
        assertThat(place(sidewalk(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE).sidewalkSign(true)).value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(place(sidewalk(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE)).value())
                .isInstanceOf(RuleVerdict.Violates.class);
    }

    @Test
    @DisplayName("seed 特定小型原付 table: 60cm × 190cm, 0.60kW, 20 km/h; 6 km/h sidewalk mode; else a general moped")
    void classify() {
        SmallMotorSpec ok = SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get();
        assertThat(RuleBookChecks.classify(ok, DAY, false).get().value()).isEqualTo(VehicleKind.SMALL_MOTOR_ROAD_MODE);
        assertThat(RuleBookChecks.classify(ok, DAY, true).get().value()).isEqualTo(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE);
        SmallMotorSpec fast = SmallMotorSpec.validate(60, 190, 600, 20, Option.of(8)).get();
        assertThat(RuleBookChecks.classify(fast, DAY, true).get().value()).isEqualTo(VehicleKind.SMALL_MOTOR_ROAD_MODE);
        SmallMotorSpec wide = SmallMotorSpec.validate(61, 190, 601, 20, Option.none()).get();
        Decision<VehicleKind> d = RuleBookChecks.classify(wide, DAY, false).get();
        assertThat(d.value()).isEqualTo(VehicleKind.GENERAL_MOPED);
        assertThat(d.reasons().map(r -> r.message().en())).anyMatch(m -> m.startsWith("width 61cm > 60cm"))
                .anyMatch(m -> m.startsWith("rated output 601W > 600W"));
        assertThat(RuleBookChecks.classify(ok, LocalDate.of(2023, 6, 30), false).getError().map(Problem::code))
                .containsExactly("not-in-force");
        assertThat(SmallMotorSpec.validate(0, 190, 600, 20, null).getError().map(Problem::field))
                .containsExactly("widthCm", "sidewalkModeKmh");
    }

    @Test
    @DisplayName("seed 特定小型原付: 16歳未満は運転禁止 (age at the moment)")
    void smallMotorRider() {
        assertThat(RuleBookChecks.smallMotorRider(LocalDate.of(2010, 6, 2), DAY).get().value())
                .isInstanceOf(RuleVerdict.Violates.class);
        assertThat(RuleBookChecks.smallMotorRider(LocalDate.of(2010, 6, 1), DAY).get().value())
                .isEqualTo(new RuleVerdict.Permitted());
    }

    @Test
    @DisplayName("seed 親子乗り: 座席1人+おんぶ and 2 seats on a 幼児2人同乗用 are fine; 4人乗り, school-age, 2 seats on an ordinary model are not")
    void childPassengers() {
        PassengerSituation.Builder b = PassengerSituation.builder().on(DAY).vehicle(VehicleKind.ORDINARY_BICYCLE);
        assertThat(RuleBookChecks.passengers(b.childSeats(1).seated(1, 0).childOnBack(true).build()).get().value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(RuleBookChecks.passengers(b.childSeats(2).seated(2, 0).childOnBack(false).twoInfantModel(true).build())
                .get().value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(RuleBookChecks.passengers(b.childSeats(2).seated(2, 0).childOnBack(true).build()).get().value()
                .is("LOAD_LIMIT")).isTrue();
        assertThat(RuleBookChecks.passengers(b.childSeats(1).seated(0, 1).childOnBack(false).build()).get().value()
                .is("LOAD_LIMIT")).isTrue();
        assertThat(RuleBookChecks.passengers(b.childSeats(2).seated(2, 0).twoInfantModel(false).build()).get().value()
                .is("LOAD_LIMIT")).isTrue();
        assertThat(RuleBookChecks.passengers(b.childSeats(0).seated(0, 0).otherPassengers(1).build()).get().value()
                .is("LOAD_LIMIT")).isTrue();
    }

    @Test
    @DisplayName("seed タンデム (令和5年4月1日施行): one passenger from 2023-04-01, not before")
    void tandemPassenger() {
        PassengerSituation.Builder b = PassengerSituation.builder().vehicle(VehicleKind.TANDEM).otherPassengers(1);
        assertThat(RuleBookChecks.passengers(b.on(LocalDate.of(2023, 4, 1)).build()).get().value())
                .isEqualTo(new RuleVerdict.Permitted());
        assertThat(RuleBookChecks.passengers(b.on(LocalDate.of(2023, 3, 31)).build()).get().value().is("LOAD_LIMIT"))
                .isTrue();
        assertThat(RuleBookChecks.passengers(b.on(DAY).otherPassengers(2).build()).get().value().is("LOAD_LIMIT"))
                .isTrue();
    }

    @Test
    @DisplayName("bad input: every problem at once")
    void problems() {
        assertThat(RidingSituation.builder().validate().getError().map(Problem::field))
                .containsExactly("date", "vehicle", "place");
        assertThat(sidewalk(VehicleKind.ORDINARY_BICYCLE).validate().getError().map(Problem::code))
                .containsExactly("birth-date-needed");
        assertThat(PassengerSituation.builder().on(DAY).vehicle(VehicleKind.GENERAL_MOPED).childSeats(3).validate()
                .getError().map(Problem::code)).containsExactly("out-of-range", "not-a-bicycle");
    }

    @Test
    @DisplayName("ルールブック: a 特定小型原付 in road mode or a moped may not use the left roadside strip (第17条の2)")
    void motorisedVehiclesMayNotUseTheRoadsideStrip() {
        for (VehicleKind v : List.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, VehicleKind.GENERAL_MOPED)) {
            Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE).vehicle(v)
                    .place(Place.ROADSIDE_STRIP_LEFT).build()).get();
            assertThat(d.value()).isInstanceOf(RuleVerdict.Violates.class);
            assertThat(((RuleVerdict.Violates) d.value()).row()).as("a motorised vehicle has its own table").isEmpty();
            assertThat(d.value().is("TRAFFIC_DIVISION")).isFalse();
            assertThat(d.reasons().map(Reason::id)).containsExactly("bicycle.place.strip-small-motor");
        }
        Decision<RuleVerdict> sidewalkMode = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE).place(Place.ROADSIDE_STRIP_LEFT).build()).get();
        assertThat(sidewalkMode.value()).isEqualTo(new RuleVerdict.Permitted());
    }

    @Test
    @DisplayName("ルールブック: the roadway in sidewalk mode is marked '△' in the rule book's table")
    void sidewalkModeOnTheRoadwayCarriesTheRuleBooksNote() {
        Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE).place(Place.ROADWAY_LEFT).build()).get();
        assertThat(d.notApplied().head().words()._2).isEqualTo("bicycle.place.small-motor-mode");
        assertThat(d.notApplied().head().message().ja()).contains("「△」");
        Decision<RuleVerdict> bike = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.ORDINARY_BICYCLE).place(Place.ROADWAY_LEFT).build()).get();
        assertThat(bike.notApplied().head().words()._2)
                .isEqualTo("bicycle.place.small-motor-mode#not-sidewalk-mode");
    }

    @Test
    @DisplayName("第63条の4: a bicycle other than an ordinary one on the sidewalk is 通行区分違反 with the table's row")
    void anOtherBicycleOnTheSidewalkIsATrafficDivisionViolation() {
        Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.OTHER_BICYCLE).place(Place.SIDEWALK).sidewalkSign(true).build()).get();
        assertThat(d.value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(d.value().is("SIGNAL_VIOLATION")).isFalse();
        assertThat(d.reasons().head().basis().cite()).doesNotContain("タンデム");
        assertThat(d.value().describe().en()).endsWith("[TRAFFIC_DIVISION, 6,000円]");
        assertThat(new RuleVerdict.Permitted().is("TRAFFIC_DIVISION")).isFalse();
        assertThat(new RuleVerdict.Permitted().describe().en()).isEqualTo("permitted");
    }

    @Test
    @DisplayName("rule-book checks: a missing situation, passengers, spec, date or birth date is a typed problem")
    void missingInputsOfTheRuleBookChecksAreProblems() {
        assertThat(fields(RuleBookChecks.ridingPlace(null).getError())).containsExactly("situation");
        assertThat(fields(RuleBookChecks.passengers(null).getError())).containsExactly("passengers");
        SmallMotorSpec spec = SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get();
        assertThat(fields(RuleBookChecks.classify(null, NOTICE, true).getError())).containsExactly("spec");
        assertThat(fields(RuleBookChecks.classify(spec, null, true).getError())).containsExactly("date");
        assertThat(fields(RuleBookChecks.smallMotorRider(null, NOTICE).getError())).containsExactly("birthDate");
        assertThat(fields(RuleBookChecks.smallMotorRider(ADULT, null).getError())).containsExactly("date");
        assertThat(codes(RuleBookChecks.smallMotorRider(ADULT, LocalDate.of(2023, 6, 30)).getError()))
                .as("the 16-year rule is in force from 2023-07-01").containsExactly("not-in-force");
    }

    @Test
    @DisplayName("第57条第2項 (幼児用座席): before 2021-04-01 the child-seat figure is not in force; a tandem with nobody is fine")
    void passengerChecksOutsideTheirDates() {
        PassengerSituation early = PassengerSituation.builder().on(LocalDate.of(2021, 3, 31))
                .vehicle(VehicleKind.ORDINARY_BICYCLE).childSeats(1).seated(1, 0).build();
        assertThat(codes(RuleBookChecks.passengers(early).getError())).containsExactly("not-in-force");
        PassengerSituation alone = PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM).build();
        assertThat(RuleBookChecks.passengers(alone).get().value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(RuleBookChecks.passengers(alone).get().reasons().map(Reason::id))
                .containsExactly("bicycle.passengers.none");
        PassengerSituation onBack = PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM)
                .childOnBack(true).build();
        assertThat(RuleBookChecks.passengers(onBack).get().value()).as("one passenger on a tandem")
                .isEqualTo(new RuleVerdict.Permitted());
        PassengerSituation three = PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .childSeats(1).seated(2, 0).build();
        Decision<RuleVerdict> d = RuleBookChecks.passengers(three).get();
        assertThat(d.value().is("LOAD_LIMIT")).isTrue();
        Reason seats = d.reasons().find(r -> r.id().equals("bicycle.passengers.seats")).get();
        assertThat(seats.words()._2).isEqualTo("bicycle.passengers.seats#too-many");
        assertThat(seats.figures().shown()).containsExactly(io.vavr.Tuple.of("座席の子供", "2"), io.vavr.Tuple.of("座席数", "1"));
        assertThat(three.toString()).contains("childSeats=1", "seatedInfants=2", "seatedSchoolChildren=0");
        assertThat(onBack.toString()).contains("childOnBack=true");
        assertThat(alone.toString()).contains("childOnBack=false");
    }

    @Test
    @DisplayName("特定小型原付 (道路交通法施行規則第1条の2の2): a specification equals only the same figures")
    void smallMotorSpecsCompareEveryFigure() {
        SmallMotorSpec s = SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get();
        assertValueSemantics(s, SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(61, 190, 600, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 191, 600, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 190, 601, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 190, 600, 21, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 190, 600, 20, Option.none()).get());
        assertThat(s.toString()).contains("widthCm=60", "lengthCm=190", "outputWatts=600", "roadModeKmh=20",
                "sidewalkModeKmh=Some(6)");
        assertThat(fields(SmallMotorSpec.validate(60, 190, 600, 20, null).getError()))
                .containsExactly("sidewalkModeKmh");
    }

    @Test
    @DisplayName("bad riding input: a birth after the riding, a passenger check for a motor vehicle")
    void badRidingInputIsATypedProblem() {
        assertThat(codes(RidingSituation.builder().on(NOTICE).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .place(Place.ROADWAY_LEFT).riderBornOn(NOTICE.plusDays(1)).validate().getError()))
                .containsExactly("born-after-date");
        for (VehicleKind v : List.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, VehicleKind.SMALL_MOTOR_SIDEWALK_MODE,
                VehicleKind.GENERAL_MOPED)) {
            assertThat(codes(PassengerSituation.builder().on(NOTICE).vehicle(v).validate().getError()))
                    .containsExactly("not-a-bicycle");
        }
        assertThat(PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM).validate().isValid()).isTrue();
    }

    @Test
    @DisplayName("a violation a rule-book check finds is named by the words of the rule that finds it")
    void violationsAreNamedByTheRulesThatFindThem() {
        assertThat(what(place(RidingSituation.builder().on(DAY).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .place(Place.ROADWAY_RIGHT)))).isEqualTo(BicycleRule.PLACE_RIGHT.named("violation"))
                .extracting(m -> m.ja()).isEqualTo("通行区分違反（車道の右側通行・逆走）");
        assertThat(what(place(sidewalk(VehicleKind.ORDINARY_BICYCLE).riderBornOn(LocalDate.of(1990, 1, 1)))))
                .isEqualTo(BicycleRule.SIDEWALK_NONE.named("violation"))
                .extracting(m -> m.en()).isEqualTo("traffic division violation (riding on the sidewalk)");
        assertThat(what(place(sidewalk(VehicleKind.SMALL_MOTOR_ROAD_MODE))))
                .isEqualTo(BicycleRule.PLACE_SIDEWALK_MOTOR.named("violation"))
                .isEqualTo(BicycleRule.PLACE_SIDEWALK_SMALL_MOTOR.named("violation"));
        assertThat(what(RuleBookChecks.exceptBicyclesPlate(VehicleKind.TANDEM)))
                .isEqualTo(BicycleRule.SIGN_EXCEPT_BICYCLES.named("violation"));
        assertThat(what(RuleBookChecks.passengers(PassengerSituation.builder().on(DAY)
                .vehicle(VehicleKind.ORDINARY_BICYCLE).otherPassengers(1).build()).get()))
                .isEqualTo(BicycleRule.PASSENGERS_OTHERS.named("violation"))
                .extracting(m -> m.ja()).isEqualTo("軽車両乗車積載制限違反");
        assertThat(what(RuleBookChecks.smallMotorRider(LocalDate.of(2011, 1, 1), DAY).get()))
                .isEqualTo(BicycleRule.SMALL_MOTOR_AGE.named("violation"))
                .extracting(m -> m.ja()).isEqualTo("16歳未満の特定小型原付の運転");
    }

    private static io.github.kisoku.kernel.Message what(Decision<RuleVerdict> d) {
        assertThat(d.value()).isInstanceOf(RuleVerdict.Violates.class);
        return ((RuleVerdict.Violates) d.value()).what();
    }
}
