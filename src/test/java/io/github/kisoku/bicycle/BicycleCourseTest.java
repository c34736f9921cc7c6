package io.github.kisoku.bicycle;

import static io.github.kisoku.bicycle.BicycleFixtures.NOTICE;
import static io.github.kisoku.bicycle.BicycleFixtures.assertValueSemantics;
import static io.github.kisoku.bicycle.BicycleFixtures.codes;
import static io.github.kisoku.bicycle.BicycleFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicycleCourseTest {
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);

    private static DangerousActRecord act(String date, int n) {
        return DangerousActRecord.of(LocalDate.parse(date), n, DangerousActRecord.How.DETECTED);
    }

    private static boolean met(LocalDate born, LocalDate on, DangerousActRecord... acts) {
        return RidersCourse.condition(RidingHistory.of(born, List.of(acts)), on).get().value().met();
    }

    @Test
    @DisplayName("seed 自転車運転者講習制度: 3年以内に2回以上 — two acts within three years")
    void twoActsWithinThreeYears() {
        DangerousActRecord a = act("2026-05-01", 1);
        DangerousActRecord b = DangerousActRecord.of(LocalDate.of(2029, 5, 1), 4, DangerousActRecord.How.ACCIDENT);
        assertThat(met(ADULT, LocalDate.of(2029, 5, 1), a, b)).isTrue();
        assertThat(met(ADULT, LocalDate.of(2029, 5, 2), a, b)).isFalse();
        assertThat(met(ADULT, LocalDate.of(2029, 4, 30), a, b)).isFalse();
        assertThat(met(ADULT, LocalDate.of(2029, 5, 1), a)).isFalse();
    }

    @Test
    @DisplayName("Kanagawa police: 14歳以上 — a 29 Feb 2012 birth is 13 on 2026-02-28 and 14 from 2026-03-01")
    void fromAgeFourteen() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        Decision<CourseCondition> d = RidersCourse.condition(RidingHistory.of(born,
                List.of(act("2026-02-28", 1), act("2026-06-01", 2))), LocalDate.of(2026, 6, 1)).get();
        assertThat(d.value().met()).isFalse();
        assertThat(d.notApplied().map(r -> r.id())).contains("bicycle.course.age-14");
        assertThat(met(born, LocalDate.of(2026, 6, 1), act("2026-03-01", 1), act("2026-06-01", 2))).isTrue();
    }

    @Test
    @DisplayName("危険行為⑮ 携帯電話使用等 counts only from 2024-11-01")
    void typeInForce() {
        assertThat(met(ADULT, LocalDate.of(2024, 12, 1), act("2024-10-31", 15), act("2024-12-01", 1))).isFalse();
        assertThat(met(ADULT, LocalDate.of(2024, 12, 1), act("2024-11-01", 15), act("2024-12-01", 1))).isTrue();
    }

    @ParameterizedTest(name = "order {0} → latest {1}")
    @DisplayName("法108条の3の5第2項: 三月を超えない範囲内 — month ends and leap years (民法143条)")
    @CsvSource({
        "2026-04-15, 2026-07-15",
        "2026-11-30, 2027-02-28",
        "2026-11-29, 2027-02-28",
        "2027-11-30, 2028-02-29",
        "2026-12-31, 2027-03-31"})
    void latestAttendance(LocalDate order, LocalDate latest) {
        assertThat(RidersCourse.latestAttendanceDate(order, Option.none()).get().value()).isEqualTo(latest);
    }

    @Test
    @DisplayName("the period written in the order wins, but may not exceed three months")
    void periodInOrder() {
        assertThat(RidersCourse.latestAttendanceDate(LocalDate.of(2026, 4, 15), Option.of(LocalDate.of(2026, 6, 30)))
                .get().value()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(RidersCourse.latestAttendanceDate(LocalDate.of(2026, 4, 15), Option.of(LocalDate.of(2026, 7, 16)))
                .getError().map(Problem::code)).containsExactly("period-over-3-months");
    }

    @Test
    @DisplayName("seed 受講しなかった場合: 5万円以下の罰金")
    void penalty() {
        assertThat(RidersCourse.penaltyForNotAttending().value().describe().ja()).isEqualTo("5万円以下の罰金");
    }

    @Test
    @DisplayName("bad input: act number out of range, act before birth, a date before the course existed")
    void problems() {
        assertThat(DangerousActRecord.validate(null, 17, null).getError().map(Problem::code))
                .containsExactly("required", "out-of-range", "required");
        assertThat(RidingHistory.validate(LocalDate.of(2010, 1, 1), List.of(act("2009-01-01", 1))).getError()
                .map(Problem::field)).containsExactly("acts[0].date");
        assertThat(RidersCourse.condition(RidingHistory.of(ADULT, List.empty()), LocalDate.of(2015, 5, 31)).getError()
                .map(Problem::code)).containsExactly("not-in-force");
    }

    @Test
    @DisplayName("自転車運転者講習: a missing history, date or order date is a typed problem; the figures start 2015-06-01")
    void missingInputsOfTheCourseRulesAreProblems() {
        RidingHistory h = RidingHistory.of(ADULT, List.empty());
        assertThat(fields(RidersCourse.condition(null, NOTICE).getError())).containsExactly("history");
        assertThat(fields(RidersCourse.condition(h, null).getError())).containsExactly("on");
        assertThat(codes(RidersCourse.condition(h, LocalDate.of(2015, 5, 31)).getError()))
                .containsExactly("not-in-force");
        assertThat(fields(RidersCourse.latestAttendanceDate(null, Option.none()).getError()))
                .containsExactly("orderDate");
        assertThat(fields(RidersCourse.latestAttendanceDate(NOTICE, null).getError()))
                .containsExactly("periodEndInOrder");
        assertThat(codes(RidersCourse.latestAttendanceDate(LocalDate.of(2015, 5, 31), Option.none()).getError()))
                .containsExactly("not-in-force");
        assertThat(codes(RidersCourse.latestAttendanceDate(NOTICE, Option.of(NOTICE)).getError()))
                .containsExactly("period-before-order");
        assertThat(RidersCourse.latestAttendanceDate(NOTICE, Option.of(NOTICE.plusDays(1))).get().value())
                .isEqualTo(NOTICE.plusDays(1));
    }

    @Test
    @DisplayName("自転車運転者講習: histories and their acts compare by content; every missing act is named")
    void historiesCompareByContent() {
        DangerousActRecord signal = DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED);
        assertThat(signal.how()).isEqualTo(DangerousActRecord.How.DETECTED);
        assertValueSemantics(signal, DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 2), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 2, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.ACCIDENT));
        assertThat(signal.describe().ja()).isEqualTo("2026-04-01 危険行為1 信号無視 (取締り)");
        assertThat(signal.describe().en()).isEqualTo("2026-04-01 dangerous act 1 Disregarding a traffic signal (detected)");
        assertThat(DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.ACCIDENT).describe().ja())
                .endsWith("(交通事故)");
        assertThat(signal.toString()).contains("date=2026-04-01", "how=DETECTED");
        RidingHistory h = RidingHistory.of(ADULT, List.of(signal));
        assertValueSemantics(h, RidingHistory.of(ADULT, List.of(signal)), RidingHistory.of(ADULT, List.empty()),
                RidingHistory.of(LocalDate.of(1991, 1, 1), List.of(signal)));
        assertThat(h.hashCode()).isNotEqualTo(RidingHistory.of(ADULT, List.empty()).hashCode());
        assertThat(h.toString()).startsWith("RidingHistory{").contains("acts=").doesNotContain("1990");
        assertThat(fields(RidingHistory.validate(null, List.empty()).getError())).containsExactly("birthDate");
        assertThat(fields(RidingHistory.validate(ADULT, null).getError())).containsExactly("acts");
        assertThat(fields(RidingHistory.validate(ADULT, java.util.Arrays.asList(signal, null)).getError()))
                .containsExactly("acts[1]");
    }

    @Test
    @DisplayName("危険行為 (seed: 16 acts): an act equals only the act with its number")
    void dangerousActsCompareByNumber() {
        DangerousAct first = DangerousAct.all().head();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.article()).isNotBlank();
        assertValueSemantics(first, DangerousAct.validate("act", 1).get(), DangerousAct.all().get(1));
        assertThat(first.hashCode()).isNotEqualTo(DangerousAct.all().get(1).hashCode());
        assertThat(first.describe().ja()).startsWith("危険行為1 ");
        assertThat(first.toString()).contains("number=1");
        Decision<CourseCondition> c = RidersCourse.condition(RidingHistory.of(ADULT, List.of(
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED))),
                LocalDate.of(2026, 5, 1)).get();
        assertThat(c.value().met()).isFalse();
        assertThat(c.value().describe()).isEqualTo(io.github.kisoku.kernel.Message.of("要件を満たさない（数えた危険行為 1 回）",
                "condition not met (1 dangerous acts counted)"));
    }

    @Test
    @DisplayName("自転車運転者講習: a met condition prints as met with the count of acts")
    void aMetConditionPrintsItsCount() {
        Decision<CourseCondition> met = RidersCourse.condition(RidingHistory.of(ADULT, List.of(
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 10), 4, DangerousActRecord.How.DETECTED))),
                LocalDate.of(2026, 5, 1)).get();
        assertThat(met.value().describe().ja()).isEqualTo("要件を満たす（数えた危険行為 2 回）");
    }
}
