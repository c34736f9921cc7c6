package io.github.kisoku.bicycle;

import static io.github.kisoku.bicycle.BicycleFixtures.NOTICE;
import static io.github.kisoku.bicycle.BicycleFixtures.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicycleCatalogueTest {
    private final ViolationCatalogue catalogue = ViolationCatalogue.standard();

    @ParameterizedTest(name = "seed 反則行為と反則金の例: {1} = {2}円")
    @DisplayName("seed Topics! 反則行為と反則金の例: every example amount, confirmed")
    @CsvSource({
        "MOBILE_PHONE_HOLDING, 携帯電話使用等（保持）, 12000",
        "RAILWAY_CROSSING_BARRIER_ENTRY, 遮断踏切立入り, 7000",
        "SIGNAL_VIOLATION, 信号無視（赤色等）, 6000",
        "TRAFFIC_DIVISION, 通行区分違反, 6000",
        "INTERSECTION_SAFE_PROCEEDING, 交差点安全進行義務違反, 6000",
        "PEDESTRIAN_CROSSING_OBSTRUCTION, 横断歩行者等妨害等, 6000",
        "SAFE_DRIVING_DUTY, 安全運転義務違反, 6000",
        "NO_ENTRY, 通行禁止違反, 5000",
        "PRIORITY_ROAD_OBSTRUCTION, 優先道路通行車妨害等, 5000",
        "DESIGNATED_STOP, 指定場所一時不停止等, 5000",
        "NO_LIGHTS, 無灯火, 5000",
        "BICYCLE_BRAKE_DEFECT, 自転車制動装置不良, 5000",
        "PUBLIC_SAFETY_COMMISSION_RULES, 公安委員会遵守事項違反, 5000",
        "SIDEWALK_SLOW_DUTY, 歩道徐行等義務違反, 3000",
        "ROADSIDE_STRIP_METHOD, 路側帯進行方法違反, 3000",
        "RIDING_ABREAST, 並進禁止違反, 3000",
        "INTERSECTION_TURN_METHOD, 交差点右左折方法違反, 3000",
        "LOAD_LIMIT, 軽車両乗車積載制限違反, 3000",
        "HORN_USE_RESTRICTION, 警音器使用制限違反, 3000"})
    void seedExampleAmounts(String id, String nameJa, long amount) {
        Violation v = catalogue.find(id).get();
        assertThat(v.nameJa()).isEqualTo(nameJa);
        assertThat(v.amount()).contains(Yen.of(amount));
        assertThat(v.confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    @DisplayName("the table is in force from 2026-04-01 (seed 令和8年4月1日施行), not the day before")
    void inForceFrom20260401() {
        assertThat(catalogue.firstInForce()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(catalogue.at(LocalDate.of(2026, 4, 1)).isRight()).isTrue();
        assertThat(catalogue.at(LocalDate.of(2026, 3, 31)).getLeft().message().en()).contains("not in force");
    }

    @Test
    @DisplayName("every row of the reference table, with variants as distinct rows and 3 non-反則行為 rows")
    void allRows() {
        assertThat(catalogue.list()).hasSize(78);
        assertThat(catalogue.list().map(Violation::id).distinct()).hasSize(78);
        assertThat(catalogue.list().filter(v -> !v.isBlueTicketOffence()).map(Violation::id))
                .containsExactly("DRUNK_RIDING", "MOBILE_PHONE_DANGER", "OBSTRUCTIVE_DRIVING");
        assertThat(catalogue.find("SPEEDING_25_TO_30").get().amount()).contains(Yen.of(12000));
        assertThat(catalogue.find("SPEEDING_UNDER_15").get().amount()).contains(Yen.of(6000));
        assertThat(catalogue.find("SIGNAL_VIOLATION_FLASHING").get().amount()).contains(Yen.of(5000));
        assertThat(catalogue.find("SIGNAL_VIOLATION_FLASHING").get().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(catalogue.latest().amounts().map(Yen::amount)).containsExactly(3000L, 5000L, 6000L, 7000L, 8000L,
                9000L, 10000L, 11000L, 12000L);
    }

    @Test
    @DisplayName("derived columns: confidence from the notes, scope from ※1/※2")
    void derivedColumns() {
        assertThat(catalogue.find("SPEEDING_UNDER_15").get().confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(catalogue.find("MOBILE_PHONE_HOLDING").get().scope()).isEqualTo(ViolationScope.BICYCLE);
        assertThat(catalogue.find("SIDEWALK_SLOW_DUTY").get().scope()).isEqualTo(ViolationScope.ORDINARY_BICYCLE);
        assertThat(catalogue.find("NO_LIGHTS").get().scope()).isEqualTo(ViolationScope.LIGHT_VEHICLE);
        assertThat(catalogue.find("SIGNAL_VIOLATION").get().dangerousAct()).contains(1);
        assertThat(catalogue.find("HORN_USE_RESTRICTION").get().notes()).contains("警告器使用制限違反");
        assertThat(catalogue.find("NO_LIGHTS").get().sourceUrl()).startsWith("seed:");
    }

    @Test
    @DisplayName("an unknown id is a typed problem, not an exception")
    void unknownId() {
        UnknownViolation u = catalogue.find("NO_SUCH").getLeft();
        assertThat(u.id()).isEqualTo("NO_SUCH");
        assertThat(u.asProblem("violation").code()).isEqualTo("unknown-id");
        assertThat(catalogue.find(null).isLeft()).isTrue();
    }

    @Test
    @DisplayName("violations.csv: rows compare by content, and print with their amount or as 非反則行為")
    void violationsCompareByContent() {
        ViolationCatalogue cat = ViolationCatalogue.standard();
        Violation signal = cat.find("SIGNAL_VIOLATION").get();
        assertValueSemantics(signal, cat.find("SIGNAL_VIOLATION").get(), cat.find("TRAFFIC_DIVISION").get());
        assertThat(signal.hashCode()).isNotEqualTo(cat.find("TRAFFIC_DIVISION").get().hashCode());
        assertThat(signal.toString()).startsWith("Violation{id=SIGNAL_VIOLATION, name=Message[ja=信号無視（赤色等）")
                .contains("amount=Some(6,000円)");
        Violation notBlue = cat.list().find(v -> !v.isBlueTicketOffence()).get();
        assertThat(notBlue.toString()).contains("amount=None");
        ViolationSchedule latest = cat.latest();
        assertValueSemantics(latest, ViolationSchedule.of(latest.violations()), ViolationSchedule.of(latest.violations().tail()));
        assertThat(latest).isEqualTo(cat.at(NOTICE).get().value());
        assertThat(latest.toString()).startsWith("ViolationSchedule{byId=").contains("SIGNAL_VIOLATION");
    }

    @Test
    @DisplayName("violations.csv scope: 普通自転車のみ, 自転車のみ, 軽車両 (not 重被牽引車)")
    void scopesCoverTheirVehicles() {
        assertThat(List.of(RiderType.values()).filter(ViolationScope.ORDINARY_BICYCLE::covers))
                .containsExactly(RiderType.ORDINARY_BICYCLE);
        assertThat(List.of(RiderType.values()).filter(ViolationScope.BICYCLE::covers))
                .containsExactly(RiderType.ORDINARY_BICYCLE, RiderType.OTHER_BICYCLE);
        assertThat(List.of(RiderType.values()).filter(ViolationScope.LIGHT_VEHICLE::covers))
                .containsExactly(RiderType.ORDINARY_BICYCLE, RiderType.OTHER_BICYCLE, RiderType.OTHER_LIGHT_VEHICLE);
        assertThat(BicycleRule.bundle().label(Place.SIDEWALK)).isEqualTo(io.github.kisoku.kernel.Message.of("歩道", "sidewalk"));
    }
}
