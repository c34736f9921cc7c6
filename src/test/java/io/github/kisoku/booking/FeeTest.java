package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Rounding;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeeTest {
    private static final UsageFeeTable TABLE = Catalogue.exampleFees()
            .with(HALL.id(), Option.none(), Option.none(), Yen.of(555), TEST_SETTING);

    @Test
    @DisplayName("manual §5 料金内訳: ホール 11:00～13:00 施設料金 550円, 備品 0円, 付帯設備 0円, 合計 550円 — an estimate")
    void manualExample() {
        var d = FeeRequest.of(HALL, List.of(S11), Option.of(GroupClass.GENERAL)).estimateOrThrow(Catalogue.exampleFees());
        assertThat(d.value().total()).isEqualTo(Yen.of(550));
        assertThat(d.value().line(FeeComponent.EQUIPMENT).adjusted()).isEqualTo(Yen.ZERO);
        assertThat(d.value().isEstimate()).isTrue();
        assertThat(d.reasons().last().message().ja()).contains("概算料金", "審査");
    }

    @Test
    @DisplayName("the most specific fee row wins: the confirmed 11–13 row over a caller's row for every slot")
    void specificRow() {
        var d = FeeRequest.of(HALL, List.of(S9, S11), Option.none()).estimateOrThrow(TABLE);
        assertThat(d.value().line(FeeComponent.FACILITY).base()).isEqualTo(Yen.of(555 + 550));
    }

    @Test
    @DisplayName("加算減免 per component: a 5割 reduction on the facility fee only, capped, rounded to 10円未満切捨て")
    void adjustmentsPerComponent() {
        Adjustment half = Adjustment.reduction(Message.of("5割減免", "half"), Ratio.of(5, 10), Option.none(),
                TEST_SETTING);
        var d = FeeRequest.of(HALL, List.of(S9), Option.none()).withCharge(FeeComponent.EQUIPMENT, Yen.of(300))
                .withAdjustment(FeeComponent.FACILITY, half).withRounding(FeeRounding.of(Rounding.DOWN, 10))
                .estimateOrThrow(TABLE);
        // 555 × 5/10 = 277.5 → 270 off (10円未満切捨て) → 285
        assertThat(d.value().line(FeeComponent.FACILITY).adjusted()).isEqualTo(Yen.of(285));
        assertThat(d.value().line(FeeComponent.FACILITY).adjustment()).isEqualTo(-270);
        assertThat(d.value().line(FeeComponent.EQUIPMENT).adjusted()).isEqualTo(Yen.of(300));
        assertThat(d.value().total()).isEqualTo(Yen.of(585));
        Adjustment capped = Adjustment.reduction(Message.of("上限付き", "capped"), Ratio.of(1, 1),
                Option.of(Yen.of(100)), TEST_SETTING);
        var c = FeeRequest.of(HALL, List.of(S9), Option.none()).withAdjustment(FeeComponent.FACILITY, capped)
                .withRounding(FeeRounding.of(Rounding.DOWN, 1)).estimateOrThrow(TABLE);
        assertThat(c.value().total()).isEqualTo(Yen.of(455));
    }

    @Test
    @DisplayName("加算 as a multiplier: ×3/2 on fittings, rounded up to 10円")
    void surcharge() {
        Adjustment x15 = Adjustment.surcharge(Message.of("冷暖房加算", "air conditioning"), Ratio.of(3, 2), TEST_SETTING);
        var d = FeeRequest.of(HALL, List.of(S11), Option.none()).withCharge(FeeComponent.FITTINGS, Yen.of(333))
                .withAdjustment(FeeComponent.FITTINGS, x15).withRounding(FeeRounding.of(Rounding.UP, 10))
                .estimateOrThrow(Catalogue.exampleFees());
        assertThat(d.value().line(FeeComponent.FITTINGS).adjusted()).isEqualTo(Yen.of(500));
        assertThat(d.value().total()).isEqualTo(Yen.of(1050));
    }

    @Test
    @DisplayName("ruling 7: no fee row and no named rounding are both reported as problems")
    void problems() {
        Adjustment half = Adjustment.reduction(Message.of("5割", "half"), Ratio.of(1, 2), Option.none(), TEST_SETTING);
        var v = FeeRequest.of(KAIGI_1, List.of(S9), Option.none()).withAdjustment(FeeComponent.FACILITY, half)
                .estimate(Catalogue.exampleFees());
        assertThat(v.getError().map(p -> p.code())).containsExactly("no-fee", "required");
    }
}
