package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
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
        assertThat(d.reasons().map(r -> r.rule())).contains("bicycle.sidewalk.sign", "bicycle.sidewalk.under-13",
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
}
