package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 8, 5);

    @Test
    @DisplayName("manual §1 例: 会議室 9時～15時 — new system 9–13 + 13–15, 2 units; old system one reservation, 3 units")
    void nineToFifteen() {
        Plan nw = Planner.plan(FACILITY, KAIGI_1, DAY, LocalTime.of(9, 0), LocalTime.of(15, 0), RuleSet.NEW).get()
                .value();
        assertThat(nw.pieces()).containsExactly(List.of(S9, S11), List.of(S13));
        assertThat(nw.quotaUnits()).isEqualTo(2);
        Plan old = Planner.plan(FACILITY, KAIGI_1, DAY, LocalTime.of(9, 0), LocalTime.of(15, 0), RuleSet.OLD).get()
                .value();
        assertThat(old.pieces()).containsExactly(List.of(S9, S11, S13));
        assertThat(old.quotaUnits()).isEqualTo(3);
    }

    @Test
    @DisplayName("manual §1 参考: 9–13 and 13–17 combined use 2 units and are drawn separately")
    void nineToSeventeen() {
        Plan p = Planner.plan(FACILITY, KAIGI_1, DAY, LocalTime.of(9, 0), LocalTime.of(17, 0), RuleSet.NEW).get()
                .value();
        assertThat(p.pieces()).containsExactly(List.of(S9, S11), List.of(S13, S15));
        assertThat(p.quotaUnits()).isEqualTo(2);
        var chance = p.lotteryChance(HashMap.of(S9, 1, S11, 2, S13, 0, S15, 1));
        assertThat(chance.value()).isEqualTo(Ratio.of(1, 6));
        assertThat(chance.reasons().map(r -> r.id())).contains("booking.plan.lottery", "booking.plan.lottery-model");
    }

    @Test
    @DisplayName("a span that does not match the slots is an input problem")
    void misaligned() {
        assertThat(Planner.plan(FACILITY, KAIGI_1, DAY, LocalTime.of(10, 0), LocalTime.of(15, 0), RuleSet.NEW)
                .getError().head().code()).isEqualTo("not-slot-aligned");
    }

    @Test
    @DisplayName("the plan's requests book the whole span in the ledger")
    void booksThePlan() {
        Plan p = Planner.plan(FACILITY, KAIGI_1, DAY, LocalTime.of(9, 0), LocalTime.of(15, 0), RuleSet.NEW).get()
                .value();
        Ledger.Batch b = Ledger.empty(NISHI, BookingSettings.defaults()).requestAll(p.requests(DANCE, 8, "総会"), NOW);
        assertThat(b.answers().forAll(a -> a.isRight())).isTrue();
        assertThat(b.ledger().held()).hasSize(3);
    }
}
