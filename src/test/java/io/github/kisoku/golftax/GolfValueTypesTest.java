package io.github.kisoku.golftax;

import static io.github.kisoku.golftax.Fixtures.WEDNESDAY;
import static io.github.kisoku.golftax.Fixtures.licensed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.testing.ValueContract;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The immutable inputs and results of the package compare by content (every component counts),
 * by the shared {@link ValueContract}, and name their attributes for logs, leaving personal data
 * out.
 */
class GolfValueTypesTest {
    private static final LocalDate BIRTH = LocalDate.of(1980, 6, 1);
    private static final String NAME = "阿蘇テストカントリークラブ";

    private static Course course(String name, int grade, int holes, CourseType type, boolean selfOnly,
            Option<Yen> cart, CourseFeeTable fees) {
        return Course.of(name, grade, holes, type, selfOnly, cart, fees);
    }

    @Test
    @DisplayName("Course (施行規則第23条, 第3・1, 第3・2): every component counts for equality; the name is stripped")
    void courseValue() {
        CourseFeeTable fees = Fixtures.fees();
        Option<Yen> cart = Option.of(Yen.of(1800));
        Course base = course(NAME, 4, 27, CourseType.MEMBER, false, cart, fees);
        ValueContract.check(base, course("  " + NAME + " ", 4, 27, CourseType.MEMBER, false, cart, fees),
                course("菊池カントリークラブ", 4, 27, CourseType.MEMBER, false, cart, fees),
                course(NAME, 5, 27, CourseType.MEMBER, false, cart, fees),
                course(NAME, 4, 18, CourseType.MEMBER, false, cart, fees),
                course(NAME, 4, 27, CourseType.PUBLIC, false, cart, fees),
                course(NAME, 4, 27, CourseType.MEMBER, true, cart, fees),
                course(NAME, 4, 27, CourseType.MEMBER, false, Option.none(), fees),
                course(NAME, 4, 27, CourseType.MEMBER, false, cart,
                        CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000),
                                Yen.of(16000))));
        assertThat(base.name()).isEqualTo(NAME);
        assertThat(base.holes()).isEqualTo(27);
        assertThat(base.grade()).isEqualTo(Grade.of(4));
        assertThat(base.cartFeePerPerson()).contains(Yen.of(1800));
        ValueContract.namesAttributes(base, "name", "grade", "holes", "type", "selfPlayOnly", "cartFeePerPerson",
                "fees");
    }

    @Test
    @DisplayName("Person (第1・2): name, birth date, the age document and the disability card shown all count")
    void personValue() {
        Option<AgeDocument> doc = Option.of(AgeDocument.DRIVING_LICENCE);
        Option<DisabilityCard> none = Option.none();
        Person base = Person.of("熊本 太郎", BIRTH, doc, none);
        ValueContract.check(base, Person.of(" 熊本 太郎 ", BIRTH, doc, none),
                Person.of("熊本 次郎", BIRTH, doc, none),
                Person.of("熊本 太郎", BIRTH.plusDays(1), doc, none),
                Person.of("熊本 太郎", BIRTH, Option.of(AgeDocument.PASSPORT), none),
                Person.of("熊本 太郎", BIRTH, doc, Option.of(DisabilityCard.of(DisabilityCardKind.PHYSICAL, "1"))));
        assertThat(base.name()).isEqualTo("熊本 太郎");
        ValueContract.namesAttributes(base, "ageDocument", "disabilityCard");
        assertThat(base.toString()).doesNotContain("熊本").doesNotContain(BIRTH.toString());
    }

    @Test
    @DisplayName("DisabilityCard (第1・2(3)): kind and number count; the number is not printed")
    void disabilityCardValue() {
        DisabilityCard base = DisabilityCard.of(DisabilityCardKind.PHYSICAL, "熊本県 12345");
        ValueContract.check(base, DisabilityCard.of(DisabilityCardKind.PHYSICAL, "熊本県 12345"),
                DisabilityCard.of(DisabilityCardKind.PHYSICAL, "熊本県 12346"),
                DisabilityCard.of(DisabilityCardKind.MENTAL, "熊本県 12345"));
        assertThat(base.number()).isEqualTo("熊本県 12345");
        ValueContract.namesAttributes(base, "kind");
        assertThat(base.toString()).doesNotContain("12345");
    }

    @Test
    @DisplayName("Visit (地方税法第75条: per person per day): id, course, date, person, play and fee all count")
    void visitValue() {
        Course c = Fixtures.course();
        Person p = licensed(BIRTH);
        Visit base = Visit.of("R-001", c, WEDNESDAY, p, Play.normal(), Yen.of(8000));
        ValueContract.check(base, Visit.of(" R-001 ", c, WEDNESDAY, p, Play.normal(), Yen.of(8000)),
                Visit.of("R-002", c, WEDNESDAY, p, Play.normal(), Yen.of(8000)),
                Visit.of("R-001", course("菊池カントリークラブ", 4, 27, CourseType.MEMBER, false,
                        Option.of(Yen.of(1800)), Fixtures.fees()), WEDNESDAY, p, Play.normal(), Yen.of(8000)),
                Visit.of("R-001", c, WEDNESDAY.plusDays(1), p, Play.normal(), Yen.of(8000)),
                Visit.of("R-001", c, WEDNESDAY, licensed(BIRTH.plusDays(1)), Play.normal(), Yen.of(8000)),
                Visit.of("R-001", c, WEDNESDAY, p, new Play.ClosedDaySelfBag(), Yen.of(8000)),
                Visit.of("R-001", c, WEDNESDAY, p, Play.normal(), Yen.of(7999)));
        assertThat(base.id()).isEqualTo("R-001");
        ValueContract.namesAttributes(base, "id", "course", "useDate", "person", "play", "feeCharged");
        assertThat(base.toString()).doesNotContain(p.name()).doesNotContain(BIRTH.toString());
    }

    private static Competition competition(String name, CompetitionOrganizer org, int first, int last,
            List<LocalDate> practice, long participation, Option<Yen> fee, boolean certified) {
        return Competition.of(name, org, LocalDate.of(2026, 4, first), LocalDate.of(2026, 4, last), practice,
                Yen.of(participation), fee, certified);
    }

    @Test
    @DisplayName("Competition (第2・3, 第2・6): name, organiser, days, practice days, fees and certificate all count")
    void competitionValue() {
        String n = "九州アマチュアゴルフ選手権";
        CompetitionOrganizer r = CompetitionOrganizer.REGIONAL_FEDERATION;
        List<LocalDate> practice = List.of(LocalDate.of(2026, 4, 7));
        Option<Yen> fee = Option.of(Yen.of(8000));
        Competition base = competition(n, r, 8, 9, practice, 3000, fee, true);
        ValueContract.check(base, competition(" " + n, r, 8, 9, practice, 3000, fee, true),
                competition("日本アマチュアゴルフ選手権", r, 8, 9, practice, 3000, fee, true),
                competition(n, CompetitionOrganizer.JAPAN_GOLF_ASSOCIATION, 8, 9, practice, 3000, fee, true),
                competition(n, r, 9, 9, practice, 3000, fee, true),
                competition(n, r, 8, 10, practice, 3000, fee, true),
                competition(n, r, 8, 9, List.of(LocalDate.of(2026, 4, 6)), 3000, fee, true),
                competition(n, r, 8, 9, practice, 2000, fee, true),
                competition(n, r, 8, 9, practice, 3000, Option.none(), true),
                competition(n, r, 8, 9, practice, 3000, fee, false));
        assertThat(base.name()).isEqualTo(n);
        assertThat(base.firstDay()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(base.lastDay()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(base.practiceDays()).containsExactly(LocalDate.of(2026, 4, 7));
        ValueContract.namesAttributes(base, "name", "organizer", "firstDay", "lastDay", "practiceDays",
                "participationFee", "courseFeePerDay", "certified");
    }

    @Test
    @DisplayName("CourseFeeTable (県税条例第73条, 第2・1(1)): normal fees and separate fees both count")
    void feeTableValue() {
        CourseFeeTable base = CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000),
                Yen.of(16000));
        CourseFeeTable same = CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000),
                Yen.of(16000));
        ValueContract.check(base, same,
                CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000), Yen.of(17000)),
                base.withSpecial(SpecialFeeCategory.EARLY_MORNING, DayType.SATURDAY, SpecialFee.forAll(Yen.of(4000))));
        ValueContract.namesAttributes(base, "normal", "special");
        assertThat(base.toString()).contains("8,000円").contains("16,000円");
    }

    @Test
    @DisplayName("FeeItem (第4): name, kind, amount and whether it is charged to all count; shown with its amount")
    void feeItemValue() {
        FeeItem base = FeeItem.of("施設改善費", FeeItemKind.COURSE_MAINTENANCE, Yen.of(500), true);
        ValueContract.check(base, FeeItem.of(" 施設改善費 ", FeeItemKind.COURSE_MAINTENANCE, Yen.of(500), true),
                FeeItem.of("施設維持費", FeeItemKind.COURSE_MAINTENANCE, Yen.of(500), true),
                FeeItem.of("施設改善費", FeeItemKind.OTHER_INCIDENTAL, Yen.of(500), true),
                FeeItem.of("施設改善費", FeeItemKind.COURSE_MAINTENANCE, Yen.of(501), true),
                FeeItem.of("施設改善費", FeeItemKind.COURSE_MAINTENANCE, Yen.of(500), false));
        ValueContract.namesAttributes(base, "name", "kind", "amount", "mandatory");
        assertThat(base.toString()).contains("施設改善費").contains("500円");
    }

    @Test
    @DisplayName("Evidence (第1・8): action, document, register and basis count; shown as 記載: … → register (source)")
    void evidenceValue() {
        Message doc = Message.of("非課税利用者一覧表への記載", "entry in the list");
        LegalBasis basis = Sources.circular("第1・8");
        Option<Register> list = Option.of(Register.NON_TAXABLE_USERS_LIST);
        Evidence base = Evidence.of(EvidenceAction.RECORD, doc, list, basis);
        ValueContract.check(base, Evidence.of(EvidenceAction.RECORD, Message.of("非課税利用者一覧表への記載",
                "entry in the list"), Option.of(Register.NON_TAXABLE_USERS_LIST), Sources.circular("第1・8")),
                Evidence.of(EvidenceAction.SUBMIT, doc, list, basis),
                Evidence.of(EvidenceAction.RECORD, Message.of("一覧表", "list"), list, basis),
                Evidence.of(EvidenceAction.RECORD, doc, Option.none(), basis),
                Evidence.of(EvidenceAction.RECORD, doc, list, Sources.circular("第1・9")));
        ValueContract.namesAttributes(base, "action", "document", "register", "basis");
    }

    @Test
    @DisplayName("GradingFee (施行規則第23条第2項): the classified items count; shown with the total")
    void gradingFeeValue() {
        FeeItem green = FeeItem.of("グリーンフィー", FeeItemKind.GREEN_FEE, Yen.of(7000), true);
        FeeItem welfare = FeeItem.of("福利厚生費", FeeItemKind.WELFARE, Yen.of(100), true);
        GradingFee base = GradingFee.classify(List.of(green, welfare)).value();
        ValueContract.check(base, GradingFee.classify(List.of(green, welfare)).value(),
                GradingFee.classify(List.of(green)).value(),
                GradingFee.classify(List.of(green, FeeItem.of("福利厚生費", FeeItemKind.WELFARE, Yen.of(100), false)))
                        .value());
        assertThat(base.items().map(FeeItemClassification::item)).containsExactly(green, welfare);
        assertThat(base.total()).isEqualTo(Yen.of(7100));
        ValueContract.namesAttributes(base, "items");
    }

    @Test
    @DisplayName("CaddieFeeAverages (第3・1, 第3・3): the dated averages count; each shown with its period")
    void caddieFeeAveragesValue() {
        LegalBasis src = LegalBasis.document("県央広域本部 算定", "令和8年度", Confidence.UNCONFIRMED);
        CaddieFeeAverages base = CaddieFeeAverages.none().with(LocalDate.of(2026, 3, 1), Yen.of(3300), src);
        ValueContract.check(base, CaddieFeeAverages.none().with(LocalDate.of(2026, 3, 1), Yen.of(3300), src),
                CaddieFeeAverages.none(),
                CaddieFeeAverages.none().with(LocalDate.of(2026, 3, 1), Yen.of(3200), src),
                CaddieFeeAverages.none().with(LocalDate.of(2025, 3, 1), Yen.of(3300), src));
        ValueContract.namesAttributes(base, "versions");
        assertThat(base.toString()).contains("3,300円").contains("2026-04-01");
    }

    @Test
    @DisplayName("MonthlyReturn and MonthlyAudit: month, visits and declarations count; shown with their totals")
    void monthlyValues() {
        YearMonth april = YearMonth.of(2026, 4);
        Visit a = Visit.of("001", Fixtures.course(), WEDNESDAY, licensed(BIRTH), Play.normal(), Yen.of(8000));
        Visit b = Visit.of("002", Fixtures.course(), WEDNESDAY, licensed(BIRTH), Play.normal(), Yen.of(8000));
        MonthlyReturn base = MonthlyReturn.build(april, List.of(a)).get();
        MonthlyReturn same = MonthlyReturn.build(april, List.of(a)).get();
        ValueContract.check(base, same, MonthlyReturn.build(april, List.of(a, b)).get(),
                MonthlyReturn.build(april, List.<Visit>empty()).get(),
                MonthlyReturn.build(YearMonth.of(2026, 5), List.<Visit>empty()).get());
        assertThat(base.month()).isEqualTo(april);
        ValueContract.namesAttributes(base, "month", "visits");

        HashMap<String, Yen> declared = HashMap.of("001", Yen.of(800));
        MonthlyAudit audit = MonthlyAudit.of(base, Yen.of(800), declared);
        ValueContract.check(audit, MonthlyAudit.of(same, Yen.of(800), HashMap.of("001", Yen.of(800))),
                MonthlyAudit.of(MonthlyReturn.build(april, List.of(a, b)).get(), Yen.of(800), declared),
                MonthlyAudit.of(base, Yen.of(900), declared),
                MonthlyAudit.of(base, Yen.of(800), HashMap.of("001", Yen.of(400))));
        assertThat(audit.computed()).isSameAs(base);
        assertThat(audit.declaredTotal()).isEqualTo(Yen.of(800));
        ValueContract.namesAttributes(audit, "computed", "declaredTotal", "declaredByVisit", "differences");
    }

    @Test
    @DisplayName("VisitAssessment and FilingDeadline describe themselves: treatment and tax; counted → rolled day and source")
    void descriptions() {
        VisitAssessment a = Fixtures.assess(WEDNESDAY, licensed(BIRTH), Play.normal(), 8000).value();
        ValueContract.namesAttributes(a, "treatment", "tax", "evidence");
        assertThat(a.describe()).isEqualTo(io.github.kisoku.kernel.Message.of("課税（通常）、税額 800円", "standard rate, tax 800円"));
        // 2026-03-15 is a Sunday: moved to Monday 16 March (地方税法第20条の5第2項)
        assertThat(GolfDeadlines.feeNotice(2026).describe().ja())
                .isEqualTo("2026年 ゴルフ場利用料金届（3月1日現在、別記第5号様式）: 2026-03-15 → 2026-03-16 ("
                        + Sources.CIRCULAR + " 第7)");
        assertThat(GolfDeadlines.feeNotice(2026).describe().en()).startsWith("fee notice (form 5) for 2026").contains(
                "due 2026-03-15, moved to 2026-03-16 (");
        // 2027-03-15 is a Monday: not moved
        assertThat(GolfDeadlines.feeNotice(2027).describe().ja())
                .isEqualTo("2027年 ゴルフ場利用料金届（3月1日現在、別記第5号様式）: 2027-03-15 (" + Sources.CIRCULAR + " 第7)");
    }
}
