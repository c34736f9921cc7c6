package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Labels;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.MessageBundle;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The closed sets of the package against the circular 税第423号 and 地方税法: each case carries the
 * provision or section it comes from, and a Japanese and an English label (the answers are
 * bilingual, so an empty or shared label would make a reason or a register ambiguous).
 */
class GolfLabelsTest {

    private static final MessageBundle RULES = GolfRule.STANDARD.words();
    private static final MessageBundle TEXTS = MessageBundle.load(GolfWords.class, "texts");

    @Test
    @DisplayName("every closed set has distinct, non-blank Japanese and English labels")
    void everyLabelIsBilingual() {
        Labels.check(RULES, CourseType.class, EvidenceAction.class, FeeClass.class, FeeGroup.class, Register.class,
                DayType.class, Play.FestivalStage.class, Play.Certifier.class, Play.SchoolActivityKind.class,
                Play.SchoolKind.class, Play.SchoolSigner.class, BusinessUseItem.class, CompetitionOrganizer.class,
                ExemptionItem.class, FeeItemKind.class, ReductionCase.class, SpecialFeeCategory.class);
        // the names the registers and the evidence write: the exemptions, cases and items by name
        // (the rules' bundle labels them by their treatment), the documents
        Labels.check(TEXTS, ExemptionItem.class, ReductionCase.class, BusinessUseItem.class, AgeDocument.class,
                DisabilityCardKind.class, SpecialFeeCategory.class);
    }

    @Test
    @DisplayName("第5, 別記第4号様式: the business-use items are the rows (1)ア〜エ, (2)ア〜ウ, (3), each in its words")
    void businessUseItems() {
        Map<BusinessUseItem, String[]> circular = new EnumMap<>(BusinessUseItem.class);
        circular.put(BusinessUseItem.OWN_COURSE_MAINTENANCE, new String[] {"(1)ア", "キャディー"});
        circular.put(BusinessUseItem.OWN_COURSE_PRO_TRAINING, new String[] {"(1)イ", "技術指導"});
        circular.put(BusinessUseItem.OWN_COURSE_PRO_TOURNAMENT, new String[] {"(1)ウ", "公式試合"});
        circular.put(BusinessUseItem.OWN_COURSE_STAFF_RECREATION, new String[] {"(1)エ", "レクリエーション"});
        circular.put(BusinessUseItem.OTHER_COURSE_MANAGEMENT_STUDY, new String[] {"(2)ア", "実態把握"});
        circular.put(BusinessUseItem.OTHER_COURSE_PRO, new String[] {"(2)イ", "他のゴルフ場"});
        circular.put(BusinessUseItem.OTHER_COURSE_ASSISTANT_PRO, new String[] {"(2)ウ", "プロテスト"});
        circular.put(BusinessUseItem.OPENING_INVITATION, new String[] {"(3)", "開場披露"});
        assertThat(circular).hasSize(BusinessUseItem.values().length);
        circular.forEach((item, words) -> {
            assertThat(item.code()).isEqualTo(words[0]);
            assertThat(item.section()).isEqualTo("第5" + words[0]);
            assertThat(TEXTS.label(item).ja()).contains(words[1]);
        });
    }

    @Test
    @DisplayName("第2, 県税条例第69条: each reduced-rate case with its provision, circular section and paragraph")
    void reductionCases() {
        assertCase(ReductionCase.SENIOR_65_TO_69, "第69条第1項第1号", "第2・1(1)", 1);
        assertCase(ReductionCase.COMPETITION, "第69条第1項第2号", "第2・1(2)", 1);
        assertCase(ReductionCase.EARLY_MORNING, "第69条第2項", "第2・7(1)", 2);
        assertCase(ReductionCase.CLOSED_DAY_SELF_BAG, "第69条第2項", "第2・7(2)", 2);
        assertCase(ReductionCase.NINE_HOLES_OR_FEWER, "第69条第2項", "第2・7(3)", 2);
    }

    private static void assertCase(ReductionCase c, String provision, String section, int paragraph) {
        assertThat(c.provision()).isEqualTo(provision);
        assertThat(c.section()).isEqualTo(section);
        assertThat(c.paragraph()).isEqualTo(paragraph);
        LegalBasis b = c.basis();
        assertThat(b.source()).isEqualTo("熊本県税条例");
        assertThat(b.provision()).isEqualTo(provision);
        assertThat(b.note().get()).contains(section);
    }

    @Test
    @DisplayName("地方税法第75条の2・第75条の3: each exemption with its item of the law")
    void exemptionItems() {
        assertThat(ExemptionItem.UNDER_18.provision()).isEqualTo("第75条の2第1号");
        assertThat(ExemptionItem.AGED_70_OR_OVER.provision()).isEqualTo("第75条の2第2号");
        assertThat(ExemptionItem.DISABILITY.provision()).isEqualTo("第75条の2第3号");
        assertThat(ExemptionItem.NATIONAL_SPORTS_FESTIVAL.provision()).isEqualTo("第75条の3第1号");
        assertThat(ExemptionItem.SCHOOL_ACTIVITY.provision()).isEqualTo("第75条の3第2号");
        for (ExemptionItem i : ExemptionItem.values()) {
            assertThat(i.basis().source()).isEqualTo("地方税法");
            assertThat(i.basis().eGovLawId()).contains("325AC0000000226");
        }
    }

    @Test
    @DisplayName("the four treatments: their words and their legal basis (第5/第67条, 第75条の2・3, 第69条, 第75条・第76条)")
    void treatments() {
        Treatment notTaxable = new Treatment.NotTaxableUse(BusinessUseItem.OWN_COURSE_PRO_TOURNAMENT);
        assertThat(notTaxable.describe().ja()).isEqualTo("課税対象外（業務利用 (1)ウ）");
        assertThat(notTaxable.describe().en()).isEqualTo("not a taxable use (business use (1)ウ)");
        assertThat(notTaxable.basis().provision()).isEqualTo("第5(1)ウ");
        assertThat(notTaxable.key()).isEqualTo("not-taxable:OWN_COURSE_PRO_TOURNAMENT");

        Treatment exempt = new Treatment.Exempt(ExemptionItem.DISABILITY);
        assertThat(exempt.describe().ja()).isEqualTo("非課税（障害者）");
        assertThat(exempt.describe().en()).isEqualTo("exempt (person with a disability)");
        assertThat(exempt.basis().provision()).isEqualTo("第75条の2第3号");
        assertThat(exempt.key()).isEqualTo("exempt:DISABILITY");

        Treatment reduced = new Treatment.Reduced(ReductionCase.CLOSED_DAY_SELF_BAG);
        assertThat(reduced.describe().ja()).isEqualTo("軽減（休業日のセルフバッグ利用）");
        assertThat(reduced.describe().en()).isEqualTo("reduced (closed-day self-bag)");
        assertThat(reduced.basis().provision()).isEqualTo("第69条第2項");
        assertThat(reduced.key()).isEqualTo("reduced:CLOSED_DAY_SELF_BAG");

        Treatment standard = new Treatment.Standard();
        assertThat(standard.describe().ja()).isEqualTo("課税（通常）");
        assertThat(standard.describe().en()).isEqualTo("standard rate");
        assertThat(standard.basis().source()).isEqualTo("地方税法");
        assertThat(standard.basis().provision()).contains("第76条");
        assertThat(standard.key()).isEqualTo("standard");
    }

    @Test
    @DisplayName("第1・2(1), 第2・8(1): any age document serves 第75条の2; only public ones serve 第69条第1項第1号")
    void ageDocuments() {
        for (AgeDocument d : AgeDocument.values()) {
            assertThat(d.issuedByPublicBody()).as("%s", d).isEqualTo(d != AgeDocument.OTHER
                    && d != AgeDocument.HEALTH_INSURANCE_CARD && d != AgeDocument.STUDENT_CARD);
        }
        assertThat(AgeDocument.RESIDENCE_CERTIFICATE.document().ja()).isEqualTo("住民票");
        assertThat(AgeDocument.DRIVING_LICENCE.document().ja()).isEqualTo("自動車運転免許証");
    }

    @Test
    @DisplayName("第2・4, 第2・5: only the JGA, its regional federations and designated youth events qualify")
    void organisers() {
        for (CompetitionOrganizer o : CompetitionOrganizer.values()) {
            assertThat(o.qualifies()).as("%s", o).isEqualTo(o != CompetitionOrganizer.OTHER);
        }
        assertThat(RULES.label(CompetitionOrganizer.JAPAN_GOLF_ASSOCIATION).ja()).contains("日本ゴルフ協会");
    }

    @Test
    @DisplayName("第2・2: the senior fee must be 1/5 below, the 第69条第2項 fees 1/2 below")
    void requiredFractions() {
        assertThat(SpecialFeeCategory.SENIOR_65_TO_69.requiredNumerator()).isEqualTo(1);
        assertThat(SpecialFeeCategory.SENIOR_65_TO_69.requiredDenominator()).isEqualTo(5);
        for (SpecialFeeCategory c : new SpecialFeeCategory[] {SpecialFeeCategory.EARLY_MORNING,
                SpecialFeeCategory.CLOSED_DAY_SELF_BAG, SpecialFeeCategory.NINE_HOLES_OR_FEWER}) {
            assertThat(c.requiredNumerator()).isEqualTo(1);
            assertThat(c.requiredDenominator()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("第1・5: only PE lessons and club activity under an approved plan are 教育活動")
    void schoolActivities() {
        assertThat(Play.SchoolActivityKind.PE_LESSON.educationActivity()).isTrue();
        assertThat(Play.SchoolActivityKind.APPROVED_CLUB_PLAN.educationActivity()).isTrue();
        assertThat(Play.SchoolActivityKind.OTHER.educationActivity()).isFalse();
    }

    @Test
    @DisplayName("別記第1号様式・第3号様式・第4号様式, 第2・9: the registers by their names on the forms")
    void registers() {
        assertThat(GolfRule.STANDARD.words().label(Register.NON_TAXABLE_USERS_LIST).ja()).startsWith("ゴルフ場利用税非課税利用者一覧表").contains("別記第1号様式");
        assertThat(GolfRule.STANDARD.words().label(Register.BUSINESS_USE_REGISTER).ja()).startsWith("ゴルフ場の業務による利用者名簿").contains("別記第3号様式");
        assertThat(GolfRule.STANDARD.words().label(Register.BUSINESS_USE_ANNEX).ja()).startsWith("ゴルフ場利用税納入申告書付表").contains("別記第4号様式");
        assertThat(GolfRule.STANDARD.words().label(Register.REDUCED_RATE_REGISTER).ja()).startsWith("ゴルフ場利用税税率特例適用者名簿").contains("様式第36号付表");
        assertThat(GolfRule.STANDARD.words().label(EvidenceAction.PRESENT).ja()).isEqualTo("提示");
        assertThat(GolfRule.STANDARD.words().label(EvidenceAction.SUBMIT).ja()).isEqualTo("提出");
    }
}
