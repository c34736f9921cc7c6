package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    @Test
    @DisplayName("manual §4: 西公民館 lists seven rooms, all ネット申込可, and the ホール takes 1 to 240")
    void nishiRooms() {
        assertThat(FACILITY.name()).isEqualTo("西公民館");
        assertThat(FACILITY.units().map(Unit::name)).contains("ホール", "日本間1号+2号", "講座室", "会議室1号", "会議室2号",
                "会議室3号", "料理実習室+ミーティング室");
        assertThat(FACILITY.units().forAll(Unit::onlineBookable)).isTrue();
        assertThat(HALL.capacity()).contains(240);
        assertThat(HALL.basis().confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(KAIGI_1.capacity()).isEqualTo(Option.none());
    }

    @Test
    @DisplayName("manual §4: six daily slots 9時～11時 … 19時～21時, as data")
    void slots() {
        assertThat(FACILITY.slots().map(Slot::label)).containsExactly("9時～11時", "11時～13時", "13時～15時", "15時～17時",
                "17時～19時", "19時～21時");
    }

    @Test
    @DisplayName("manual §5: 日本間1号+2号 is blocks {1,2}; each part is one block and meets the whole, not the other part")
    void joinedRooms() {
        assertThat(WASHITSU.blocks().map(Block::number)).containsExactly(1, 2);
        assertThat(WASHITSU.overlaps(WASHITSU_1)).isTrue();
        assertThat(WASHITSU.overlaps(WASHITSU_2)).isTrue();
        assertThat(WASHITSU_1.overlaps(WASHITSU_2)).isFalse();
        assertThat(WASHITSU_1.overlaps(KAIGI_1)).isFalse();
        Unit kitchen = NISHI.unit("nishi.cooking-kitchen").get();
        assertThat(NISHI.unit("nishi.cooking").get().overlaps(kitchen)).isTrue();
    }

    @Test
    @DisplayName("manual §1/§3: rule set by migration date — old before 2026-05-27, new from it")
    void ruleSetByMigration() {
        assertThat(FACILITY.ruleSetOn(LocalDate.of(2026, 5, 26))).isEqualTo(RuleSet.OLD);
        assertThat(FACILITY.ruleSetOn(LocalDate.of(2026, 5, 27))).isEqualTo(RuleSet.NEW);
        Facility later = Facility.of("x", "第二段階の施設", "公民館", FACILITY.slots(), List.empty(),
                LocalDate.of(2026, 7, 30), TEST_SETTING);
        assertThat(later.ruleSetOn(LocalDate.of(2026, 7, 1))).isEqualTo(RuleSet.OLD);
        assertThat(later.ruleSetOn(LocalDate.of(2026, 7, 30))).isEqualTo(RuleSet.NEW);
        assertThat(RuleSet.OLD.unitsFor(2)).isEqualTo(2);
        assertThat(RuleSet.NEW.unitsFor(2)).isEqualTo(1);
    }

    @Test
    @DisplayName("manual §5: the only published fee is ホール 11:00～13:00, 550円")
    void exampleFee() {
        UsageFeeTable fees = Catalogue.exampleFees();
        assertThat(fees.lookup(HALL.id(), S11, Option.none()).map(UsageFeeTable.Row::perSlot)).contains(Yen.of(550));
        assertThat(fees.lookup(HALL.id(), S9, Option.none())).isEmpty();
    }

    @Test
    @DisplayName("a facility with overlapping slots and a foreign unit reports both problems")
    void facilityValidation() {
        var v = Facility.validate("f", "施設", "公民館", List.of(Slot.hours(9, 12), Slot.of(LocalTime.of(11, 0),
                LocalTime.of(13, 0))), List.of(KAIGI_1), LocalDate.of(2026, 5, 27), TEST_SETTING);
        assertThat(v.getError().map(p -> p.code())).contains("overlapping-slots", "foreign-unit");
    }

    @Test
    @DisplayName("issue 16 §2, manual §3: a switch date lies in 2026-05-27..2026-07-30; outside it is a problem of newSystemFrom")
    void migrationWindowEdges() {
        for (LocalDate inside : List.of(LocalDate.of(2026, 5, 27), LocalDate.of(2026, 7, 30))) {
            assertThat(Facility.validate("x", "館", "公民館", FACILITY.slots(), List.empty(), inside, TEST_SETTING).isValid())
                    .as("%s", inside).isTrue();
        }
        for (LocalDate outside : List.of(LocalDate.of(2026, 5, 26), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 9, 1))) {
            io.vavr.collection.Seq<io.github.kisoku.kernel.Problem> ps = Facility.validate("x", "館", "公民館", FACILITY.slots(),
                    List.empty(), outside, TEST_SETTING).getError();
            assertThat(ps.map(p -> p.field() + ":" + p.code())).containsExactly("newSystemFrom:outside-migration-window");
            assertThat(ps.head().message().en()).contains("2026-05-27 to 2026-07-30").contains("§3");
        }
    }

    @Test
    @DisplayName("property: a facility validates on its switch date exactly when the date is in the window")
    void migrationWindowProperty() {
        io.github.kisoku.testing.PropertyCheck.property().forAll(io.github.kisoku.testing.Generators.ints(0, 500))
                .checkAssert(n -> {
                    LocalDate d = LocalDate.of(2026, 1, 1).plusDays(n);
                    boolean valid = Facility.validate("x", "館", "公民館", FACILITY.slots(), List.empty(), d, TEST_SETTING)
                            .isValid();
                    assertThat(valid).as("%s", d).isEqualTo(!d.isBefore(MigrationWindow.FIRST_DAY)
                            && !d.isAfter(MigrationWindow.LAST_DAY));
                });
    }
}
