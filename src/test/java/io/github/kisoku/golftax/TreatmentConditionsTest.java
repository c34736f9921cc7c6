package io.github.kisoku.golftax;

import io.vavr.collection.Seq;
import static io.github.kisoku.golftax.Fixtures.WEDNESDAY;
import static io.github.kisoku.golftax.Fixtures.assess;
import static io.github.kisoku.golftax.Fixtures.course;
import static io.github.kisoku.golftax.Fixtures.figures;
import static io.github.kisoku.golftax.Fixtures.keys;
import static io.github.kisoku.golftax.Fixtures.licensed;
import static io.github.kisoku.golftax.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conditions of each treatment one at a time, as the circular 税第423号 and 地方税法 state
 * them: every branch that refuses a treatment says which condition failed, by its rule, variant
 * and figures (the words are checked by the bundle tests and the golden files).
 */
class TreatmentConditionsTest {
    private static final LocalDate ADULT = LocalDate.of(1980, 6, 1);

    private static Reason reason(Decision<VisitAssessment> d, String rule) {
        return d.reasons().appendAll(d.notApplied()).find(r -> r.id().equals(rule)).get();
    }

    @Nested
    class BusinessUse {
        @Test
        @DisplayName("第5(3)ア〜ウ: an opening invitation without its conditions fails all three, each named")
        void invitationWithoutConditions() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.BusinessUse(BusinessUseItem.OPENING_INVITATION, true, Option.none()), 0);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Standard());
            // the three conditions of 第5(3), each named in the order the circular lists them; the fee is met
            assertThat(keys(d)).contains("golftax.business-use#not-qualified");
            assertThat(figures(d, "golftax.business-use")).containsEntry("item", "(3)").containsEntry("unmet",
                    "NOT_NOTIFIED, NO_INVITEE_LIST, OPEN_TO_PUBLIC").containsEntry("fee", "0円");
            assertThat(reason(d, "golftax.business-use").basis().provision()).isEqualTo("第5(3)");
        }

        @Test
        @DisplayName("第5: registered but charged is taxed; only the fee is named")
        void chargedOnly() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, true, Option.none()), 500);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.business-use#not-qualified.charged");
            assertThat(figures(d, "golftax.business-use")).containsEntry("item", "(1)ア").containsEntry("unmet", "NOT_FREE")
                    .containsEntry("fee", "500円");
        }

        @Test
        @DisplayName("第5(1)〜(3): a business use names its item of the circular; the tax reason cites 第5 and 第67条")
        void namesItem() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.BusinessUse(BusinessUseItem.OTHER_COURSE_ASSISTANT_PRO, true, Option.none()), 0);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.NotTaxableUse(BusinessUseItem.OTHER_COURSE_ASSISTANT_PRO));
            assertThat(keys(d)).contains("golftax.business-use#OTHER_COURSE_ASSISTANT_PRO",
                    "golftax.tax.none#not-taxable.OTHER_COURSE_ASSISTANT_PRO");
            assertThat(figures(d, "golftax.business-use")).containsEntry("item", "(2)ウ");
            LegalBasis tax = reason(d, "golftax.tax.none").basis();
            assertThat(tax.provision()).isEqualTo("第5(2)ウ");
            assertThat(tax.note().get()).contains("第67条");
        }
    }

    @Nested
    class Precedence {
        @Test
        @DisplayName("ruling 6: a check skipped because an earlier treatment applied cites ruling 6 and names it")
        void skippedChecksCiteRuling6() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(1950, 1, 1)), Play.normal(), 8000);
            Seq<Reason> skipped = d.notApplied().filter(r -> r.figures().get(GolfTaxRules.SCOPE)
                    .contains(GolfTaxRules.SCOPE_PRECEDENCE));
            // 70 or over applies as the third check: the eight after it are skipped
            assertThat(skipped.map(Reason::id)).containsExactly("golftax.exempt.disability",
                    "golftax.exempt.national-sports-festival", "golftax.exempt.school-activity",
                    "golftax.reduced.senior", "golftax.reduced.competition", "golftax.reduced.early-morning",
                    "golftax.reduced.closed-day", "golftax.reduced.nine-holes");
            assertThat(skipped).allSatisfy(r -> {
                assertThat(r.basis().kind()).isEqualTo(LegalBasis.Kind.RULING);
                assertThat(r.basis().source()).isEqualTo("kisoku ruling 6 (docs/rulings.md)");
                assertThat(r.figures().get(GolfTaxRules.SCOPE)).contains(GolfTaxRules.SCOPE_PRECEDENCE);
                assertThat(r.words()._2).isEqualTo(r.id() + "#not-checked");
            });
        }

        @Test
        @DisplayName("docs/rulings.md: a ruling is cited by its number, as an interpretation")
        void rulingBasis() {
            LegalBasis b = Sources.ruling(6, "precedence");
            assertThat(b.kind()).isEqualTo(LegalBasis.Kind.RULING);
            assertThat(b.source()).isEqualTo("kisoku ruling 6 (docs/rulings.md)");
            assertThat(b.provision()).isEqualTo("precedence");
            assertThat(b.confidence()).isEqualTo(Confidence.INTERPRETATION);
        }

        @Test
        @DisplayName("第75条の2第2号: the exemption's tax reason cites the law's item; exempt ⇒ 0 yen")
        void exemptTaxReason() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(1950, 1, 1)), Play.normal(), 8000);
            Reason tax = reason(d, "golftax.tax.none");
            assertThat(tax.basis().source()).isEqualTo("地方税法");
            assertThat(tax.basis().provision()).isEqualTo("第75条の2第2号");
            assertThat(tax.words()._2).isEqualTo("golftax.tax.none#exempt.AGED_70_OR_OVER");
        }

        @Test
        @DisplayName("地方税法第76条, ruling 5: the tax reason of 第69条第1項 is CONFIRMED, of 第69条第2項 UNCONFIRMED")
        void reducedTaxBasisByParagraph() {
            Decision<VisitAssessment> senior = assess(WEDNESDAY, licensed(LocalDate.of(1959, 1, 10)), Play.normal(), 6400);
            Reason p1 = reason(senior, "golftax.tax.reduced");
            assertThat(p1.basis().provision()).isEqualTo("第69条第1項");
            assertThat(p1.basis().confidence()).isEqualTo(Confidence.CONFIRMED);
            assertThat(p1.figures().shown().toJavaMap()).containsEntry("grade", "4級").containsEntry("standard", "800円")
                    .containsEntry("reduced", "400円");
            Decision<VisitAssessment> early = assess(WEDNESDAY, licensed(ADULT),
                    new Play.EarlyMorning(true, LocalTime.of(9, 0)), 4000);
            Reason p2 = reason(early, "golftax.tax.reduced");
            assertThat(p2.basis().provision()).isEqualTo("第69条第2項");
            assertThat(p2.basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
            Reason standard = reason(assess(WEDNESDAY, licensed(ADULT), Play.normal(), 8000), "golftax.tax.standard");
            assertThat(standard.figures().shown().toJavaMap()).containsEntry("grade", "4級").containsEntry("tax", "800円");
        }
    }

    @Nested
    class Festival {
        private Decision<VisitAssessment> festival(Play.FestivalStage stage, Play.Certifier by) {
            return assess(WEDNESDAY, licensed(ADULT), new Play.NationalSportsFestival(stage, Option.of(by), true), 8000);
        }

        @Test
        @DisplayName("第1・3(1), 第75条の3第1号: the festival itself is certified by the governor or the board of education")
        void festivalCertifiers() {
            assertThat(festival(Play.FestivalStage.COMPETITION, Play.Certifier.GOVERNOR).value().tax()).isEqualTo(Yen.ZERO);
            Decision<VisitAssessment> board = festival(Play.FestivalStage.OFFICIAL_PRACTICE, Play.Certifier.BOARD_OF_EDUCATION);
            assertThat(board.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.NATIONAL_SPORTS_FESTIVAL));
            assertThat(reason(board, "golftax.exempt.national-sports-festival").basis().provision())
                    .isEqualTo("第75条の3第1号");
            assertThat(keys(board)).contains("golftax.exempt.national-sports-festival#applied.BOARD_OF_EDUCATION");
            assertThat(figures(board, "golftax.exempt.national-sports-festival")).containsEntry("stage", "OFFICIAL_PRACTICE")
                    .containsEntry("name", "国民スポーツ大会 / National Sports Games (Kokusupo)");
            Decision<VisitAssessment> other = festival(Play.FestivalStage.COMPETITION, Play.Certifier.OTHER);
            assertThat(other.value().tax()).isEqualTo(Yen.of(800));
            Reason why = reason(other, "golftax.exempt.national-sports-festival");
            assertThat(why.basis().provision()).isEqualTo("第1・3(1)");
            assertThat(why.words()._2).isEqualTo("golftax.exempt.national-sports-festival#certifier.festival.OTHER");
        }

        @Test
        @DisplayName("第1・4: a Kumamoto qualifier is exempt under 第1・4, certified by the board of education only")
        void qualifier() {
            Decision<VisitAssessment> ok = festival(Play.FestivalStage.KUMAMOTO_QUALIFIER, Play.Certifier.BOARD_OF_EDUCATION);
            assertThat(reason(ok, "golftax.exempt.national-sports-festival").basis().provision()).isEqualTo("第1・4");
            Reason why = reason(festival(Play.FestivalStage.KUMAMOTO_QUALIFIER, Play.Certifier.OTHER),
                    "golftax.exempt.national-sports-festival");
            assertThat(why.basis().provision()).isEqualTo("第1・4 なお書");
            assertThat(why.words()._2).isEqualTo("golftax.exempt.national-sports-festival#certifier.qualifier.OTHER");
        }
    }

    @Nested
    class School {
        private Decision<VisitAssessment> school(Play.SchoolKind kind, Play.SchoolSigner signer, boolean complete,
                boolean identity) {
            return assess(WEDNESDAY, licensed(LocalDate.of(2000, 1, 1)), new Play.SchoolActivity(
                    Play.SchoolActivityKind.PE_LESSON, Option.of(new Play.SchoolCertificate(kind, signer, complete)),
                    new Play.SchoolParty(true, identity)), 3000);
        }

        @Test
        @DisplayName("第1・6: a certificate lacking the six items or the user's name does not count")
        void incompleteCertificate() {
            Decision<VisitAssessment> d = school(Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRINCIPAL, false, true);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.exempt.school-activity#incomplete");
        }

        @Test
        @DisplayName("第1・3 なお書: the students must be checked against the certificate")
        void identityNotChecked() {
            Decision<VisitAssessment> d = school(Play.SchoolKind.UNIVERSITY, Play.SchoolSigner.PRESIDENT, true, false);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(reason(d, "golftax.exempt.school-activity").basis().provision()).isEqualTo("第1・3 なお書");
            assertThat(keys(d)).contains("golftax.exempt.school-activity#no-identity-check");
        }

        @Test
        @DisplayName("第1・6: a school other than a university is certified by its principal only")
        void otherSchoolSigner() {
            Decision<VisitAssessment> d = school(Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRESIDENT, true, true);
            assertThat(keys(d)).contains("golftax.exempt.school-activity#signer.OTHER_SCHOOL.PRESIDENT");
        }

        @Test
        @DisplayName("第1・6, 第75条の3第2号: who may sign, school by school (学長・担当部長 / 校長; no kindergarten)")
        void signerMatrix() {
            for (Play.SchoolSigner s : Play.SchoolSigner.values()) {
                assertThat(s.maySignFor(Play.SchoolKind.UNIVERSITY)).as("university, %s", s)
                        .isEqualTo(s == Play.SchoolSigner.PRESIDENT || s == Play.SchoolSigner.DEPARTMENT_HEAD);
                assertThat(s.maySignFor(Play.SchoolKind.OTHER_SCHOOL)).as("other school, %s", s)
                        .isEqualTo(s == Play.SchoolSigner.PRINCIPAL);
                assertThat(s.maySignFor(Play.SchoolKind.KINDERGARTEN)).as("kindergarten, %s", s).isFalse();
            }
        }

        @Test
        @DisplayName("第1・3(2): no certificate handed over, no exemption")
        void noCertificate() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), new Play.SchoolActivity(
                    Play.SchoolActivityKind.PE_LESSON, Option.none(), new Play.SchoolParty(true, true)), 3000);
            assertThat(keys(d)).contains("golftax.exempt.school-activity#no-certificate");
        }
    }

    @Nested
    class Competitions {
        private Competition competition(Option<Yen> fee) {
            return Competition.of("日本ジュニアゴルフ選手権", CompetitionOrganizer.JAPAN_GOLF_ASSOCIATION,
                    LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 8), List.empty(), Yen.ZERO, fee, true);
        }

        @Test
        @DisplayName("第2・1(2): a competition whose 大会要綱 sets no separate fee earns no reduction")
        void noSeparateFee() {
            // issue 16: a per-day course fee left out is a missing fact, not "no separate fee"
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(competition(
                    Option.none()), true, Option.of(AgeDocument.PASSPORT)), 8000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(d.value().missing()).containsExactly(
                    new MissingFact(GolfFact.COMPETITION_COURSE_FEE, GolfRule.COMPETITION));
            assertThat(keys(d)).contains("golftax.reduced.competition#missing");
            assertThat(figures(d, "golftax.reduced.competition")).containsEntry("facts", "COMPETITION_COURSE_FEE");
            // ... unless the name document already fails: then the fee does not matter
            Decision<VisitAssessment> noName = assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(competition(
                    Option.none()), true, Option.of(AgeDocument.OTHER)), 8000);
            assertThat(noName.value().missing()).isEmpty();
            assertThat(keys(noName)).contains("golftax.reduced.competition#no-public-document");
        }

        @Test
        @DisplayName("第2・8(2): the entrant's name must be shown on a document of the state or a local government")
        void nameDocument() {
            Competition c = competition(Option.of(Yen.of(8000)));
            Decision<VisitAssessment> none = assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(c, true,
                    Option.none()), 8000);
            assertThat(none.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(none)).contains("golftax.reduced.competition#no-public-document");
            Decision<VisitAssessment> other = assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(c, true,
                    Option.of(AgeDocument.OTHER)), 8000);
            assertThat(other.value().tax()).isEqualTo(Yen.of(800));
            Decision<VisitAssessment> licence = assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(c, true,
                    Option.of(AgeDocument.RESIDENCE_CERTIFICATE)), 8000);
            assertThat(licence.value().tax()).isEqualTo(Yen.of(400));
            // 8,000 against the non-member weekday fee 12,000: 33 % below, 1/5 required (第2・2(2) ただし書)
            assertThat(keys(licence)).contains("golftax.reduced.competition#applied");
            assertThat(figures(licence, "golftax.reduced.competition")).containsEntry("feePerDay", "8,000円")
                    .containsEntry("nonMemberFee", "12,000円").containsEntry("courseFee", "8,000円")
                    .containsEntry("participationFee", "0円").containsEntry("days", "1")
                    .containsEntry("competition", "日本ジュニアゴルフ選手権");
            assertThat(licence.reasons().head().id()).isEqualTo("golftax.reduced.competition");
            assertThat(licence.value().evidence().filter(e -> e.action() == EvidenceAction.PRESENT)
                    .map(e -> e.document().ja())).containsExactly("住民票");
        }

        @Test
        @DisplayName("第2・2(2) ただし書: exactly 1/5 below the non-member fee qualifies; one yen more does not")
        void exactlyOneFifth() {
            // non-member weekday fee 12,000: 4/5 of it is 9,600
            Competition at = competition(Option.of(Yen.of(9600)));
            Competition above = competition(Option.of(Yen.of(9601)));
            assertThat(assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(at, true,
                    Option.of(AgeDocument.PASSPORT)), 9600).value().tax()).isEqualTo(Yen.of(400));
            assertThat(assess(WEDNESDAY, licensed(ADULT), new Play.CompetitionEntry(above, true,
                    Option.of(AgeDocument.PASSPORT)), 9601).value().tax()).isEqualTo(Yen.of(800));
        }
    }

    @Nested
    class RestrictedPlay {
        @Test
        @DisplayName("第2・7(1): play that does not start before opening is not early-morning play, even if it ends by 10:00")
        void notBeforeOpening() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), new Play.EarlyMorning(false, LocalTime.of(9, 0)),
                    4000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.early-morning#not-restricted.after-opening");
            assertThat(figures(d, "golftax.reduced.early-morning")).containsEntry("mustFinishBy", "09:00");
        }

        @Test
        @DisplayName("第2・7(1): 'by 10:00 at the latest' — 10:00 qualifies, 10:01 does not")
        void tenOClock() {
            assertThat(assess(WEDNESDAY, licensed(ADULT), new Play.EarlyMorning(true, LocalTime.of(10, 0)), 4000)
                    .value().tax()).isEqualTo(Yen.of(400));
            Decision<VisitAssessment> late = assess(WEDNESDAY, licensed(ADULT),
                    new Play.EarlyMorning(true, LocalTime.of(10, 1)), 4000);
            assertThat(late.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(late)).contains("golftax.reduced.early-morning#not-restricted");
            assertThat(figures(late, "golftax.reduced.early-morning")).containsEntry("mustFinishBy", "10:01");
        }

        @Test
        @DisplayName("第2・7(2), 第2・2: a closed-day self-bag fee must be half or less of both normal fees")
        void closedDayFee() {
            CourseFeeTable dear = Fixtures.fees().withSpecialEveryDay(SpecialFeeCategory.CLOSED_DAY_SELF_BAG,
                    new SpecialFee(Yen.of(4000), Yen.of(6001)));
            Visit v = Visit.of("V", Fixtures.course(dear), WEDNESDAY, licensed(ADULT), new Play.ClosedDaySelfBag(),
                    Yen.of(4000));
            Decision<VisitAssessment> d = assess(v);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.closed-day#not-reduced.NON_MEMBER.WEEKDAY");
            assertThat(figures(d, "golftax.reduced.closed-day")).containsEntry("separateFee", "6,001円")
                    .containsEntry("normalFee", "12,000円");
            assertThat(figures(d, "golftax.reduced.closed-day")).containsEntry("required", "1/2");
        }

        @Test
        @DisplayName("第2・7(3): a nine-hole course qualifies; the reason names the fees against both normal fees")
        void nineHoleReason() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), new Play.RestrictedCourse(9), 4000);
            assertThat(keys(d)).contains("golftax.reduced.nine-holes#fee.WEEKDAY");
            assertThat(figures(d, "golftax.reduced.nine-holes")).containsEntry("separateMember", "4,000円")
                    .containsEntry("member", "8,000円").containsEntry("nonMember", "12,000円")
                    .containsEntry("required", "1/2");
            assertThat(d.value().evidence().flatMap(Evidence::register)).containsExactly(Register.REDUCED_RATE_REGISTER);
        }
    }

    @Nested
    class Seniors {
        @Test
        @DisplayName("第2・8(1): a senior who shows no document at all gets the full rate")
        void noDocument() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, person(LocalDate.of(1959, 1, 10), Option.none()), Play.normal(),
                    6400);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.senior#no-public-document");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("age", "67");
            Decision<VisitAssessment> other = assess(WEDNESDAY, person(LocalDate.of(1959, 1, 10),
                    Option.of(AgeDocument.OTHER)), Play.normal(), 6400);
            assertThat(keys(other)).contains("golftax.reduced.senior#no-public-document.OTHER");
            assertThat(keys(d)).doesNotContain("golftax.reduced.senior#no-public-document.OTHER");
        }

        @Test
        @DisplayName("第2・1(1) (interpretation): charged exactly the separate fee is a use under it")
        void chargedExactlyTheSeparateFee() {
            // the weekday senior fee is 6,400 for members and 9,600 for non-members: a non-member pays at most 9,600
            assertThat(assess(classed(9600, FeeClass.NON_MEMBER)).value().tax()).isEqualTo(Yen.of(400));
            assertThat(assess(classed(9601, FeeClass.NON_MEMBER)).value().tax()).isEqualTo(Yen.of(800));
            // at most the lower separate fee, or above the higher one, the class does not matter
            assertThat(assess(WEDNESDAY, licensed(LocalDate.of(1959, 1, 10)), Play.normal(), 6400).value().tax())
                    .isEqualTo(Yen.of(400));
            assertThat(assess(WEDNESDAY, licensed(LocalDate.of(1959, 1, 10)), Play.normal(), 9601).value().tax())
                    .isEqualTo(Yen.of(800));
        }

        @Test
        @DisplayName("issue 16: a member paying the ordinary member fee 8,000 is not under the members' separate fee 6,400")
        void memberPayingTheOrdinaryFee() {
            Decision<VisitAssessment> member = assess(classed(8000, FeeClass.MEMBER));
            assertThat(member.value().treatment()).isEqualTo(new Treatment.Standard());
            assertThat(member.value().missing()).isEmpty();
            assertThat(keys(member)).contains("golftax.reduced.senior#charged-more");
            assertThat(figures(member, "golftax.reduced.senior")).containsEntry("charged", "8,000円")
                    .containsEntry("separateFee", "6,400円");
            Decision<VisitAssessment> nonMember = assess(classed(8000, FeeClass.NON_MEMBER));
            assertThat(nonMember.value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.SENIOR_65_TO_69));
            // without the class, 8,000 lies between the two separate fees: the class is asked for, never guessed
            Decision<VisitAssessment> unknown = assess(WEDNESDAY, licensed(LocalDate.of(1959, 1, 10)), Play.normal(), 8000);
            assertThat(unknown.value().treatment()).isEqualTo(new Treatment.Standard());
            assertThat(unknown.value().missing()).containsExactly(new MissingFact(GolfFact.FEE_CLASS, GolfRule.SENIOR));
            assertThat(keys(unknown)).contains("golftax.reduced.senior#missing");
            assertThat(figures(unknown, "golftax.reduced.senior")).containsEntry("facts", "FEE_CLASS");
        }

        private Visit classed(long fee, FeeClass feeClass) {
            return Visit.of("V1", course(), WEDNESDAY, licensed(LocalDate.of(1959, 1, 10)), Play.normal(),
                    Option.of(Yen.of(fee)), Option.of(feeClass));
        }
    }

    @Test
    @DisplayName("第2・2: fee tests in exact integers — a free normal fee cannot be reduced; a fee above it is not reduced")
    void feeArithmetic() {
        assertThat(GolfTaxRules.reducedEnough(Yen.ZERO, Yen.ZERO, 1, 5)).isFalse();
        assertThat(GolfTaxRules.reducedEnough(Yen.of(8000), Yen.of(10000), 1, 5)).isTrue();
        assertThat(GolfTaxRules.reducedEnough(Yen.of(8001), Yen.of(10000), 1, 5)).isFalse();
        assertThat(GolfTaxRules.reducedEnough(Yen.of(12000), Yen.of(10000), 1, 5)).isFalse();
    }

    @Test
    @DisplayName("SpecialFee: a user paying the separate fee pays at most the higher of its two amounts")
    void highest() {
        assertThat(new SpecialFee(Yen.of(6400), Yen.of(9600)).highest()).isEqualTo(Yen.of(9600));
        assertThat(new SpecialFee(Yen.of(9600), Yen.of(6400)).highest()).isEqualTo(Yen.of(9600));
        assertThat(SpecialFee.forAll(Yen.of(3000)).highest()).isEqualTo(Yen.of(3000));
    }
}
