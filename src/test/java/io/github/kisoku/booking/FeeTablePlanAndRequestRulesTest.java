package io.github.kisoku.booking;

import io.github.kisoku.kernel.MessageBundle;
import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.testing.ValueContract;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fee table look-up, plans and request rules at their edges (issue 4; manual §4–§5). */
class FeeTablePlanAndRequestRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 2);
    private static final UsageFeeTable TABLE = table();

    private static UsageFeeTable table() {
        return UsageFeeTable.empty()
                .with("u", Option.none(), Option.none(), Yen.of(500), TEST_SETTING)
                .with("u", Option.of(S9), Option.none(), Yen.of(600), TEST_SETTING)
                .with("u", Option.none(), Option.of(GroupClass.GENERAL), Yen.of(550), TEST_SETTING)
                .with("u", Option.of(S9), Option.of(GroupClass.GENERAL), Yen.of(700), TEST_SETTING);
    }

    private static Option<Yen> fee(String unit, Slot slot, Option<GroupClass> cls) {
        return TABLE.lookup(unit, slot, cls).map(UsageFeeTable.Row::perSlot);
    }

    @Test
    @DisplayName("issue 4 fees per unit, slot and class: the most specific matching row decides")
    void mostSpecificRow() {
        assertThat(fee("u", S9, Option.of(GroupClass.GENERAL))).contains(Yen.of(700));
        assertThat(fee("u", S9, Option.of(GroupClass.SOCIAL_EDUCATION))).contains(Yen.of(600));
        assertThat(fee("u", S9, Option.none())).contains(Yen.of(600));
        assertThat(fee("u", S11, Option.of(GroupClass.GENERAL))).contains(Yen.of(550));
        assertThat(fee("u", S11, Option.none())).contains(Yen.of(500));
        assertThat(fee("v", S9, Option.of(GroupClass.GENERAL))).isEmpty();
    }

    @Test
    @DisplayName("fee rows and tables are equal exactly when every figure is")
    void feeValues() {
        List<UsageFeeTable.Row> rows = TABLE.rows();
        assertThat(rows).hasSize(4).doesNotHaveDuplicates();
        UsageFeeTable.Row r = rows.get(3);
        assertThat(r.unitId()).isEqualTo("u");
        assertThat(r.slot()).contains(S9);
        assertThat(r.groupClass()).contains(GroupClass.GENERAL);
        UsageFeeTable.Row other = UsageFeeTable.empty().with("w", Option.of(S9), Option.of(GroupClass.GENERAL), Yen.of(700),
                TEST_SETTING).rows().head();
        UsageFeeTable.Row cheaper = UsageFeeTable.empty().with("u", Option.of(S9), Option.of(GroupClass.GENERAL), Yen.of(1),
                TEST_SETTING).rows().head();
        ValueContract.check(r, UsageFeeTable.empty().with("u", Option.of(S9), Option.of(GroupClass.GENERAL), Yen.of(700),
                TEST_SETTING).rows().head(), rows.get(0), rows.get(1), rows.get(2), other, cheaper);
        ValueContract.check(TABLE, table(), UsageFeeTable.empty(), TABLE.with("v", Option.none(),
                Option.none(), Yen.of(1), TEST_SETTING));
        ValueContract.namesAttributes(TABLE, "rows");
        ValueContract.namesAttributes(r, "unitId", "slot", "groupClass", "perSlot", "basis");
        assertThat(MessageBundle.plain(r.describe())).isEqualTo("u 9時～11時 GENERAL 700円");
        assertThat(MessageBundle.plain(UsageFeeTable.empty().with("v", Option.none(), Option.none(), Yen.of(1), TEST_SETTING)
                .rows().head().describe())).isEqualTo("v * * 1円");
    }

    @Test
    @DisplayName("manual §5 概算料金: estimates compare by their lines; an absent component is zero; no slot is a problem")
    void estimates() {
        UsageFeeTable fees = Catalogue.exampleFees();
        FeeRequest hall = FeeRequest.of(HALL, List.of(S11), Option.of(GroupClass.GENERAL));
        FeeEstimate one = hall.estimateOrThrow(fees).value();
        FeeEstimate same = FeeRequest.of(HALL, List.of(S11), Option.of(GroupClass.GENERAL)).estimateOrThrow(fees)
                .value();
        FeeEstimate two = hall.withCharge(FeeComponent.EQUIPMENT, Yen.of(300)).estimateOrThrow(fees).value();
        ValueContract.check(one, same, two);
        assertThat(one.lines()).isNotEmpty();
        assertThat(one.line(FeeComponent.EQUIPMENT).adjusted()).isEqualTo(Yen.ZERO);
        assertThat(one.line(FeeComponent.EQUIPMENT).base()).isEqualTo(Yen.ZERO);
        ValueContract.namesAttributes(one, "lines");
        assertThat(FeeRequest.of(HALL, List.empty(), Option.of(GroupClass.GENERAL)).estimate(fees).getError()
                .map(Problem::field)).containsExactly("slots");
    }

    @Test
    @DisplayName("manual §1 the 9–15 example: plans compare by unit, date, rule set and pieces; a span off the slot grid is refused")
    void plans() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime three = LocalTime.of(15, 0);
        Plan p = Planner.plan(FACILITY, KAIGI_1, DAY, nine, three, RuleSet.NEW).get().value();
        assertThat(p.unit()).isEqualTo(KAIGI_1);
        assertThat(p.date()).isEqualTo(DAY);
        assertThat(p.ruleSet()).isEqualTo(RuleSet.NEW);
        ValueContract.check(p, Planner.plan(FACILITY, KAIGI_1, DAY, nine, three, RuleSet.NEW).get().value(),
                Planner.plan(FACILITY, WASHITSU_1, DAY, nine, three, RuleSet.NEW).get().value(),
                Planner.plan(FACILITY, KAIGI_1, DAY.plusDays(1), nine, three, RuleSet.NEW).get().value(),
                Planner.plan(FACILITY, KAIGI_1, DAY, nine, three, RuleSet.OLD).get().value(),
                Planner.plan(FACILITY, KAIGI_1, DAY, nine, LocalTime.of(13, 0), RuleSet.NEW).get().value());
        ValueContract.namesAttributes(p, "unit", "date", "ruleSet", "pieces");
        assertThat(p.pieces().map(piece -> piece.head().start() + "–" + piece.last().end()))
                .containsExactly("09:00–13:00", "13:00–15:00");
        assertThat(p.quotaUnits()).isEqualTo(2);
        assertThat(Planner.plan(FACILITY, KAIGI_1, DAY, LocalTime.of(9, 30), three, RuleSet.NEW).getError()
                .map(Problem::code)).containsExactly("not-slot-aligned");
        assertThat(Planner.plan(FACILITY, KAIGI_1, DAY, nine, LocalTime.of(14, 0), RuleSet.NEW).isInvalid()).isTrue();
        assertThat(Planner.plan(FACILITY, KAIGI_1, DAY, nine, LocalTime.of(10, 0), RuleSet.NEW).isInvalid()).isTrue();
    }

    @Test
    @DisplayName("manual §5: no slot chosen, no headcount given, counter-only rooms online, and windows not in force")
    void requestEdges() {
        BookingSettings none = BookingSettings.none();
        assertThat(RequestRules.check(NISHI, none, BookingRequest.of(DANCE, KAIGI_1.id(), DAY, List.empty())
                .withHeadcount(3).withPurpose("会議"), NOW, true).violations().map(BrokenRule::code))
                .contains(RefusalCode.NO_SLOT);
        assertThat(RequestRules.check(NISHI, none, BookingRequest.of(DANCE, KAIGI_1.id(), DAY, List.of(S9))
                .withPurpose("会議"), NOW, true).violations().map(BrokenRule::code))
                .containsExactly(RefusalCode.HEADCOUNT);
        Unit counter = Unit.of("c.room", "c", "窓口のみの部屋", "部屋", List.of(1), TEST_SETTING).counterOnly();
        Catalogue c = Catalogue.of(List.of(Facility.of("c", "窓口館", "公民館", FACILITY.slots(), List.of(counter),
                LocalDate.of(2026, 5, 27), TEST_SETTING)));
        BookingRequest online = BookingRequest.of(DANCE, "c.room", DAY, List.of(S9)).withHeadcount(3)
                .withPurpose("会議");
        assertThat(RequestRules.check(c, none, online, NOW, true).violations().map(BrokenRule::code))
                .containsExactly(RefusalCode.COUNTER_ONLY);
        assertThat(RequestRules.check(c, none, online.via(Channel.COUNTER), NOW, true).accepted()).isTrue();
        BookingSettings later = none.withWindows(EffectiveTimeline.of("booking.windows", Effective.from(
                LocalDate.of(2027, 4, 1), List.of(BookingWindow.opening(Option.none(), Method.FIRST_COME, 1, 1,
                        LocalTime.of(9, 0), TEST_SETTING)), TEST_SETTING)));
        RequestAssessment a = RequestRules.check(NISHI, later, kaigi(DANCE, DAY, S9), NOW, true);
        assertThat(a.accepted()).isTrue();
        assertThat(a.decision().reasons().map(r -> r.words()._2)).contains("booking.setting-missing#window-not-in-force");
    }

    @Test
    @DisplayName("availability grid: a slot the facility does not have is no cell of the grid")
    void gridOutside() {
        AvailabilityGrid g = AvailabilityGrid.of(Ledger.empty(NISHI, BookingSettings.defaults()), KAIGI_1, DAY, DAY,
                List.empty(), NOW);
        assertThat(g.at(DAY, S9)).contains(AvailabilityGrid.Mark.FREE);
        assertThat(g.at(DAY, Slot.hours(8, 9))).isEmpty();
        assertThat(g.at(DAY.plusDays(1), S9)).isEmpty();
        assertThat(g.unit()).isEqualTo(KAIGI_1);
        assertThat(g.slots()).isEqualTo(FACILITY.slots());
        assertThat(g.rows().keySet()).containsExactly(DAY);
        ValueContract.check(g, AvailabilityGrid.of(Ledger.empty(NISHI, BookingSettings.defaults()), KAIGI_1, DAY, DAY,
                List.empty(), NOW), AvailabilityGrid.of(Ledger.empty(NISHI, BookingSettings.defaults()), HALL, DAY,
                DAY, List.empty(), NOW));
        ValueContract.namesAttributes(g, "unit", "slots", "from", "marks");
        Unit stranger = Unit.of("x", "nowhere", "名", "室", List.of(1), TEST_SETTING);
        InvalidInputException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> AvailabilityGrid.of(Ledger.empty(NISHI, BookingSettings.defaults()),
                        stranger, DAY, DAY, List.empty(), NOW));
        assertThat(unknown.problems().head().message().ja()).isEqualTo("室場 名 (x) は一覧にありません");
        assertThat(unknown.problems().head().message().en()).isEqualTo("unknown unit 名 (x)");
    }
}
