package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourseRulesTest {
    private static final LegalBasis SOURCE = LegalBasis.document("県央広域本部 算定", "令和8年度", io.github.kisoku.kernel.Confidence.UNCONFIRMED);

    @Test
    @DisplayName("第4・1〜第4・3: green fee and mandatory incidentals count; public-interest and optional fees do not")
    void gradingFee() {
        Decision<GradingFee> d = GradingFee.classify(List.of(
                FeeItem.of("グリーンフィー", FeeItemKind.GREEN_FEE, Yen.of(7000), true),
                FeeItem.of("施設改善費", FeeItemKind.COURSE_MAINTENANCE, Yen.of(500), true),
                FeeItem.of("福利厚生費", FeeItemKind.WELFARE, Yen.of(100), true),
                FeeItem.of("九州ゴルフ連盟協力費", FeeItemKind.GOLF_FEDERATION, Yen.of(20), true),
                FeeItem.of("キャディーフィー", FeeItemKind.CADDIE, Yen.of(3000), false),
                FeeItem.of("ロッカーフィー", FeeItemKind.LOCKER, Yen.of(300), true),
                FeeItem.of("道路維持費", FeeItemKind.ROAD_MAINTENANCE, Yen.of(200), false)));
        GradingFee fee = d.value();
        assertThat(fee.total()).isEqualTo(Yen.of(7000 + 500 + 100 + 300));
        assertThat(fee.in(FeeGroup.PUBLIC_INTEREST).map(FeeItem::name)).containsExactly("九州ゴルフ連盟協力費");
        assertThat(fee.in(FeeGroup.OTHER).map(FeeItem::name)).containsExactly("キャディーフィー", "道路維持費");
        // the locker fee, optional by kind (第4・3(3)), is charged to all: counted under 第4・3 ただし書
        assertThat(d.reasons().filter(r -> r.words()._2.equals("golftax.grading-fee.item#optional-mandatory"))
                .map(r -> r.figures().shown().toJavaMap().get("item"))).containsExactly("ロッカーフィー");
        assertThat(d.notApplied().map(r -> r.basis().provision())).contains("第4・2(2)", "第4・3(1)", "第4・1");
    }

    private static Course selfPlayCourse(long cartFee, CourseType type, boolean selfOnly) {
        return Course.of("菊池セルフ倶楽部", 2, 18, type, selfOnly, Option.of(Yen.of(cartFee)), Fixtures.fees());
    }

    @Test
    @DisplayName("第3・1〜第3・3: a self-play member course's cart fee must not exceed the year's average caddie fee")
    void selfPlayMemberCourse() {
        CaddieFeeAverages avg = CaddieFeeAverages.none().with(LocalDate.of(2026, 3, 1), Yen.of(3300), SOURCE);
        LocalDate date = LocalDate.of(2026, 6, 1);
        assertThat(SelfPlayMemberCourse.test(selfPlayCourse(3300, CourseType.MEMBER, true), date, avg).get().value())
                .isTrue();
        Decision<Boolean> dear = SelfPlayMemberCourse.test(selfPlayCourse(3400, CourseType.MEMBER, true), date, avg).get();
        assertThat(dear.value()).isFalse();
        assertThat(dear.notApplied().map(r -> r.words()._2)).contains("golftax.self-play-member-course#cart-fee.over");
        assertThat(Fixtures.figuresAt(dear, "golftax.self-play-member-course#cart-fee.over"))
                .containsEntry("cartFee", "3,400円").containsEntry("averageCaddieFee", "3,300円");
        assertThat(SelfPlayMemberCourse.test(selfPlayCourse(1000, CourseType.PUBLIC, true), date, avg).get().value()).isFalse();
        assertThat(SelfPlayMemberCourse.test(selfPlayCourse(1000, CourseType.MEMBER, false), date, avg).get().value()).isFalse();
    }

    @Test
    @DisplayName("第3・1: the average of 1 March of the previous fiscal year applies from 1 April to 31 March")
    void averageIsDated() {
        CaddieFeeAverages avg = CaddieFeeAverages.none().with(LocalDate.of(2025, 3, 1), Yen.of(3000), SOURCE)
                .with(LocalDate.of(2026, 3, 1), Yen.of(3300), SOURCE);
        assertThat(avg.on(LocalDate.of(2026, 3, 31)).get().value()).isEqualTo(Yen.of(3000));
        assertThat(avg.on(LocalDate.of(2026, 4, 1)).get().value()).isEqualTo(Yen.of(3300));
        Course c = selfPlayCourse(3100, CourseType.MEMBER, true);
        assertThat(SelfPlayMemberCourse.test(c, LocalDate.of(2026, 3, 31), avg).get().value()).isFalse();
        assertThat(SelfPlayMemberCourse.test(c, LocalDate.of(2026, 4, 1), avg).get().value()).isTrue();
        assertThat(SelfPlayMemberCourse.test(c, LocalDate.of(2027, 4, 1), avg).getLeft().code())
                .isEqualTo("no-caddie-fee-average");
        assertThat(CaddieFeeAverages.none().validateWith(LocalDate.of(2026, 3, 2), Yen.of(1), SOURCE).getError()
                .map(Problem::code)).containsExactly("not-march-first");
    }

    @Test
    @DisplayName("第5 なお書, 地方税法第20条の5第2項: the annex for February 2026 is due 15 March, a Sunday → 16 March")
    void annexRolls() {
        FilingDeadline d = GolfDeadlines.businessUseAnnex(YearMonth.of(2026, 2));
        assertThat(d.date().counted()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(d.date().rolled()).isEqualTo(LocalDate.of(2026, 3, 16));
        FilingDeadline june = GolfDeadlines.businessUseAnnex(YearMonth.of(2026, 5));
        assertThat(june.date().moved()).isFalse();
        assertThat(june.date().rolled()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    @DisplayName("第7: the fee notice as of 1 March is due 15 March, rolled off a Sunday")
    void feeNotice() {
        assertThat(GolfDeadlines.feeNotice(2026).date().rolled()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(GolfDeadlines.feeNotice(2027).date().rolled()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    @DisplayName("第2・6(1): the application is due 5 days before the first practice day, rolled past Golden Week")
    void competitionApplication() {
        Competition c = Competition.of("日本ジュニアゴルフ選手権 九州予選", CompetitionOrganizer.REGIONAL_FEDERATION,
                LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 11), List.of(LocalDate.of(2026, 5, 8)), Yen.ZERO,
                Option.of(Yen.of(5000)), false);
        FilingDeadline d = GolfDeadlines.competitionApplication(c);
        assertThat(d.date().counted()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(d.date().rolled()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(d.date().skipped()).hasSize(4);
    }

    @Test
    @DisplayName("第5 なお書: the business-use register is kept one year after its use ends, rolled past year end")
    void registerRetention() {
        FilingDeadline d = GolfDeadlines.businessRegisterRetention(LocalDate.of(2026, 12, 29));
        assertThat(d.date().counted()).isEqualTo(LocalDate.of(2027, 12, 29));
        assertThat(d.date().rolled()).isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    @DisplayName("第1・6 なお書: a school keeps its certificate ledger seven years (guidance)")
    void schoolLedger() {
        FilingDeadline d = GolfDeadlines.schoolLedgerRetention(LocalDate.of(2026, 3, 31));
        assertThat(d.date().counted()).isEqualTo(LocalDate.of(2033, 3, 31));
        assertThat(d.basis().note()).isNotEmpty();
    }

    @Test
    @DisplayName("第1・10: the monthly return's due date is an UNCONFIRMED inference")
    void monthlyReturn() {
        FilingDeadline d = GolfDeadlines.monthlyReturn(YearMonth.of(2026, 4));
        assertThat(d.date().rolled()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(d.basis().confidence()).isEqualTo(io.github.kisoku.kernel.Confidence.UNCONFIRMED);
    }

    @Test
    @DisplayName("第6(1)(2), 県税条例第73条: fee with tax, contributions and other fees apart, reduced fees with reduced tax")
    void display() {
        GradingFee fees = GradingFee.classify(List.of(
                FeeItem.of("グリーンフィー", FeeItemKind.GREEN_FEE, Yen.of(7500), true),
                FeeItem.of("施設改善費", FeeItemKind.COURSE_MAINTENANCE, Yen.of(500), true),
                FeeItem.of("緑化促進協力金", FeeItemKind.GREENING, Yen.of(30), true),
                FeeItem.of("キャディーフィー", FeeItemKind.CADDIE, Yen.of(3000), false))).value();
        Decision<List<DisplayLine>> d = FeeDisplay.required(Fixtures.course(), fees, LocalDate.of(2026, 4, 8)).get();
        List<String> shown = d.value().map(l -> l.label().ja() + " " + l.amount().amount() + "/"
                + l.tax().map(Yen::amount).getOrElse(-1L));
        assertThat(shown).startsWith("利用料金（等級決定の基準） 8000/800", "緑化促進協力金（公益上の費用） 30/-1",
                "キャディーフィー（その他の料金） 3000/-1");
        assertThat(shown).contains("65歳以上70歳未満の者の料金（平日・会員） 6400/400",
                "9ホール以下の特定コース利用料金（土曜日・非会員） 4000/400");
        assertThat(shown).noneMatch(s -> s.startsWith("65歳以上70歳未満の者の料金（土曜日"));
        // issue 16: a course without its fee table displays no separate fee
        Course bare = Course.validate("C", 4, 18, CourseType.MEMBER, false, io.vavr.control.Option.none(),
                io.vavr.control.Option.<CourseFeeTable>none()).get();
        assertThat(FeeDisplay.required(bare, fees, LocalDate.of(2026, 4, 8)).get().value()).hasSize(3);
    }
}
