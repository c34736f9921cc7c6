package io.github.kisoku.golftax;

import static io.github.kisoku.golftax.Fixtures.SATURDAY;
import static io.github.kisoku.golftax.Fixtures.SHOWA_DAY;
import static io.github.kisoku.golftax.Fixtures.WEDNESDAY;
import static io.github.kisoku.golftax.Fixtures.assess;
import static io.github.kisoku.golftax.Fixtures.figures;
import static io.github.kisoku.golftax.Fixtures.keys;
import static io.github.kisoku.golftax.Fixtures.licensed;
import static io.github.kisoku.golftax.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
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
 * The treatments of 地方税法 and the circular 税第423号, one visit at a time: each reason, applied or not, is
 * asserted by its rule, variant and figures (the words are checked by the bundle tests and the golden files).
 */
class GolfTaxRulesTest {
    private static final LocalDate ADULT = LocalDate.of(1980, 6, 1);

    @Test
    @DisplayName("地方税法第75条・第76条: a normal round pays the grade's full rate")
    void standardRate() {
        Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), Play.normal(), 8000);
        assertThat(d.value().treatment()).isEqualTo(new Treatment.Standard());
        assertThat(d.value().tax()).isEqualTo(Yen.of(800));
        assertThat(d.value().evidence()).isEmpty();
        assertThat(keys(d)).contains("golftax.exempt.under-18#out-of-range", "golftax.exempt.70-or-over#out-of-range",
                "golftax.reduced.senior#out-of-range", "golftax.exempt.disability#no-card", "golftax.business-use#other-play");
        assertThat(figures(d, "golftax.exempt.under-18")).containsEntry("age", "45");
        assertThat(figures(d, "golftax.reduced.senior")).containsEntry("age", "45");
    }

    @Test
    @DisplayName("grades.csv: each grade's full rate, 440 to 1,200 yen")
    void gradeRates() {
        long[] expected = {440, 500, 650, 800, 950, 1090, 1200};
        for (int g = 1; g <= 7; g++) {
            GradeRate r = GradeRates.kumamoto().on(Grade.of(g), WEDNESDAY).get().value();
            assertThat(r.standard().amount()).isEqualTo(Yen.of(expected[g - 1]));
            assertThat(r.reducedParagraph1().amount().times(2)).isEqualTo(r.standard().amount());
            assertThat(r.reducedParagraph2().basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
            assertThat(r.reducedParagraph1().basis().confidence()).isEqualTo(Confidence.CONFIRMED);
        }
        assertThat(GradeRates.kumamoto().on(Grade.of(4), LocalDate.of(2020, 7, 31)).isLeft()).isTrue();
    }

    @Test
    @DisplayName("第75条: a visit at the standard rate gives its grade's reasons, built once with the catalogue; a rate of no catalogue is said the same")
    void standardReasonsAreTheCatalogues() {
        for (int g = 1; g <= 7; g++) {
            Grade grade = Grade.of(g);
            GradeRate r = GradeRates.kumamoto().on(grade, WEDNESDAY).get().value();
            io.vavr.collection.Seq<Reason> madeOnce = GradeRates.kumamoto().standardReasons(grade, r);
            assertThat(madeOnce.map(x -> x.words()._2)).containsExactly("golftax.standard", "golftax.tax.standard");
            assertThat(madeOnce.last()).isEqualTo(TaxOrder.standardTaxReason(grade, r));
            assertThat(GradeRates.kumamoto().standardReasons(grade, r)).isSameAs(madeOnce);
            GradeRate other = new GradeRate(r.reducedParagraph1(), r.reducedParagraph1(), r.reducedParagraph2());
            assertThat(GradeRates.kumamoto().standardReasons(grade, other)).containsExactly(TaxOrder.STANDARD_REASON,
                    TaxOrder.standardTaxReason(grade, other));
        }
        Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), Play.normal(), 8000);
        assertThat(d.value().treatment()).isEqualTo(new Treatment.Standard());
        assertThat(d.reasons()).isSameAs(GradeRates.kumamoto().standardReasons(Fixtures.course().grade(),
                GradeRates.kumamoto().on(Fixtures.course().grade(), WEDNESDAY).get().value()));
    }

    @Nested
    class BusinessUse {
        @Test
        @DisplayName("第5(1)イ: a pro's free, registered practice is not a taxable use")
        void proPractice() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.BusinessUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING, true, Option.none()), 0);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.NotTaxableUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING));
            assertThat(d.value().tax()).isEqualTo(Yen.ZERO);
            assertThat(d.value().evidence().flatMap(Evidence::register))
                    .containsExactly(Register.BUSINESS_USE_REGISTER, Register.BUSINESS_USE_ANNEX);
            assertThat(keys(d)).contains("golftax.exempt.under-18#not-checked");
            assertThat(figures(d, "golftax.exempt.under-18")).containsEntry("appliedFirst", "OWN_COURSE_PRO_TRAINING");
        }

        @Test
        @DisplayName("第5: business use that is charged or not registered is taxed")
        void chargedOrUnregistered() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.BusinessUse(BusinessUseItem.OWN_COURSE_STAFF_RECREATION, false, Option.none()), 2000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.business-use#not-qualified.charged");
            assertThat(figures(d, "golftax.business-use")).containsEntry("item", "(1)エ")
                    .containsEntry("unmet", "NOT_FREE, NOT_REGISTERED").containsEntry("fee", "2,000円");
        }

        @Test
        @DisplayName("第5(3): an opening invitation needs notice by the eve, a guest list and a closed course")
        void openingInvitation() {
            Play ok = new Play.BusinessUse(BusinessUseItem.OPENING_INVITATION, true,
                    Option.of(new Play.InvitationConditions(true, true, true)));
            Play open = new Play.BusinessUse(BusinessUseItem.OPENING_INVITATION, true,
                    Option.of(new Play.InvitationConditions(true, true, false)));
            assertThat(assess(WEDNESDAY, licensed(ADULT), ok, 0).value().tax()).isEqualTo(Yen.ZERO);
            assertThat(assess(WEDNESDAY, licensed(ADULT), ok, 0).value().evidence().map(Evidence::basis)
                    .map(b -> b.provision())).contains("第5(3)ア", "第5(3)イ");
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), open, 0);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.business-use#not-qualified");
            assertThat(figures(d, "golftax.business-use")).containsEntry("item", "(3)").containsEntry("unmet", "OPEN_TO_PUBLIC");
        }

        @Test
        @DisplayName("第5(2)ア: staff studying another course carry the operator's certificate")
        void managementStudy() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.BusinessUse(BusinessUseItem.OTHER_COURSE_MANAGEMENT_STUDY, true, Option.none()), 0);
            assertThat(d.value().evidence().map(e -> e.document().ja()))
                    .anyMatch(s -> s.contains("経営者が発行する業務利用の証明書"));
        }
    }

    @Nested
    class PersonExemptions {
        @Test
        @DisplayName("第1・2(1), 第75条の2第1号: under 18 with a document shown is exempt; the document is 提示")
        void under18() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(2010, 1, 1)), Play.normal(), 4000);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
            assertThat(d.value().tax()).isEqualTo(Yen.ZERO);
            assertThat(d.value().evidence().filter(e -> e.action() == EvidenceAction.PRESENT).map(e -> e.document().ja()))
                    .containsExactly("自動車運転免許証");
            assertThat(d.value().evidence().flatMap(Evidence::register)).contains(Register.NON_TAXABLE_USERS_LIST);
            assertThat(d.confidence()).isEqualTo(Confidence.INTERPRETATION);
        }

        @Test
        @DisplayName("第1・2(1): without a document showing the age there is no exemption")
        void under18WithoutDocument() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, person(LocalDate.of(2010, 1, 1), Option.none()), Play.normal(), 4000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.exempt.under-18#no-document");
            assertThat(figures(d, "golftax.exempt.under-18")).containsEntry("age", "16");
        }

        @Test
        @DisplayName("ruling 1: on the eve of the 18th birthday the user is 18 and taxed; the day before, exempt")
        void eveOf18th() {
            LocalDate birth = LocalDate.of(2008, 4, 9);
            assertThat(assess(LocalDate.of(2026, 4, 8), licensed(birth), Play.normal(), 8000).value().tax())
                    .isEqualTo(Yen.of(800));
            assertThat(assess(LocalDate.of(2026, 4, 7), licensed(birth), Play.normal(), 8000).value().treatment())
                    .isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
            Decision<VisitAssessment> eighteen = assess(LocalDate.of(2026, 4, 8), licensed(birth), Play.normal(), 8000);
            assertThat(keys(eighteen)).contains("golftax.exempt.under-18#out-of-range");
            assertThat(figures(eighteen, "golftax.exempt.under-18")).containsEntry("age", "18")
                    .containsEntry("turning", "2026-04-08");
        }

        @Test
        @DisplayName("第75条の2第2号, ruling 1: on the eve of the 70th birthday the user is exempt; two days before, 69")
        void eveOf70th() {
            LocalDate birth = LocalDate.of(1956, 4, 9);
            Decision<VisitAssessment> eve = assess(LocalDate.of(2026, 4, 8), licensed(birth), Play.normal(), 6400);
            assertThat(eve.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.AGED_70_OR_OVER));
            Decision<VisitAssessment> before = assess(LocalDate.of(2026, 4, 7), licensed(birth), Play.normal(), 6400);
            assertThat(before.value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.SENIOR_65_TO_69));
            assertThat(keys(before)).contains("golftax.exempt.70-or-over#out-of-range");
            assertThat(figures(before, "golftax.exempt.70-or-over")).containsEntry("age", "69")
                    .containsEntry("turning", "2026-04-08");
        }

        @Test
        @DisplayName("ruling 1: a 29 February birth turns 18 on 28 February of a common year")
        void leapDayBirth18() {
            LocalDate birth = LocalDate.of(2008, 2, 29);
            assertThat(assess(LocalDate.of(2026, 2, 27), licensed(birth), Play.normal(), 8000).value().treatment())
                    .isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
            assertThat(assess(LocalDate.of(2026, 2, 28), licensed(birth), Play.normal(), 8000).value().treatment())
                    .isEqualTo(new Treatment.Standard());
        }

        @Test
        @DisplayName("ruling 1: a 29 February birth turns 70 on 28 February (1956-02-29 → 2026-02-28)")
        void leapDayBirth70() {
            LocalDate birth = LocalDate.of(1956, 2, 29);
            assertThat(assess(LocalDate.of(2026, 2, 28), licensed(birth), Play.normal(), 8000).value().treatment())
                    .isEqualTo(new Treatment.Exempt(ExemptionItem.AGED_70_OR_OVER));
            // charged the members' separate fee 6,400: no more than either class's separate fee
            Decision<VisitAssessment> before = assess(LocalDate.of(2026, 2, 27), licensed(birth), Play.normal(), 6400);
            assertThat(before.value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.SENIOR_65_TO_69));
            assertThat(keys(before)).contains("golftax.exempt.70-or-over#out-of-range");
            assertThat(figures(before, "golftax.exempt.70-or-over")).containsEntry("age", "69")
                    .containsEntry("turning", "2026-02-28");
        }

        @Test
        @DisplayName("第1・2(2), 第75条の2第3号: a disability card shown gives the exemption, card number on the list")
        void disability() {
            Person p = Person.of("阿蘇 花子", ADULT, Option.none(),
                    Option.of(DisabilityCard.of(DisabilityCardKind.PHYSICAL, "熊本県 12345")));
            Decision<VisitAssessment> d = assess(WEDNESDAY, p, Play.normal(), 8000);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.DISABILITY));
            assertThat(d.value().evidence().filter(e -> e.action() == EvidenceAction.PRESENT).map(e -> e.document().ja()))
                    .containsExactly("身体障害者手帳");
        }

        @Test
        @DisplayName("ruling 6, 第75条の2第3号括弧書: a disabled 16-year-old is exempt as under 18, not as disabled")
        void precedenceOverDisability() {
            Person p = Person.of("阿蘇 次郎", LocalDate.of(2010, 1, 1), Option.of(AgeDocument.PASSPORT),
                    Option.of(DisabilityCard.of(DisabilityCardKind.INTELLECTUAL, "A-1")));
            Decision<VisitAssessment> d = assess(WEDNESDAY, p, Play.normal(), 8000);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
            assertThat(keys(d)).contains("golftax.exempt.disability#not-checked");
            assertThat(figures(d, "golftax.exempt.disability")).containsEntry("appliedFirst", "UNDER_18");
        }

        @Test
        @DisplayName("第1・1: the request is signed by the user, no seal (申出書, 提出)")
        void requestForm() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(1950, 1, 1)), Play.normal(), 8000);
            assertThat(d.value().evidence().filter(e -> e.action() == EvidenceAction.SUBMIT).map(e -> e.document().ja()))
                    .anyMatch(s -> s.contains("非課税申出書（自署、押印不要）"));
            assertThat(d.value().evidence().map(e -> e.basis().provision())).contains("第1・10", "第1・8, 第1・9");
        }
    }

    @Nested
    class UseExemptions {
        private final Play festival = new Play.NationalSportsFestival(Play.FestivalStage.COMPETITION,
                Option.of(Play.Certifier.GOVERNOR), true);

        @Test
        @DisplayName("第1・3(1), 第75条の3第1号: one exemption, named 国民体育大会 until 2022 and 国民スポーツ大会 from 2023")
        void festivalRename() {
            Course c = Fixtures.course();
            Person p = licensed(ADULT);
            GradeRates rates = GradeRates.kumamoto();
            Decision<VisitAssessment> old = GolfTaxRules.assess(Visit.of("A", c, LocalDate.of(2022, 12, 31), p, festival,
                    Yen.of(8000)), rates).get();
            Decision<VisitAssessment> now = GolfTaxRules.assess(Visit.of("B", c, LocalDate.of(2023, 1, 1), p, festival,
                    Yen.of(8000)), rates).get();
            assertThat(old.value().treatment()).isEqualTo(now.value().treatment())
                    .isEqualTo(new Treatment.Exempt(ExemptionItem.NATIONAL_SPORTS_FESTIVAL));
            assertThat(old.reasons().head().words()._2).isEqualTo("golftax.exempt.national-sports-festival#applied.GOVERNOR");
            assertThat(figures(old, "golftax.exempt.national-sports-festival"))
                    .containsEntry("name", "国民体育大会 / National Sports Festival (Kokutai)");
            assertThat(now.reasons().head().words()._2).isEqualTo("golftax.exempt.national-sports-festival#applied.GOVERNOR");
            assertThat(figures(now, "golftax.exempt.national-sports-festival"))
                    .containsEntry("name", "国民スポーツ大会 / National Sports Games (Kokusupo)");
            assertThat(now.value().evidence().filter(e -> e.action() == EvidenceAction.SUBMIT).map(e -> e.document().ja()))
                    .anyMatch(s -> s.contains("知事が発行する国民スポーツ大会の証明書"));
        }

        @Test
        @DisplayName("第1・4 なお書: a Kumamoto qualifier must be certified by the board of education")
        void qualifier() {
            Play byGovernor = new Play.NationalSportsFestival(Play.FestivalStage.KUMAMOTO_QUALIFIER,
                    Option.of(Play.Certifier.GOVERNOR), true);
            Play byBoard = new Play.NationalSportsFestival(Play.FestivalStage.KUMAMOTO_QUALIFIER,
                    Option.of(Play.Certifier.BOARD_OF_EDUCATION), true);
            assertThat(assess(WEDNESDAY, licensed(ADULT), byBoard, 8000).value().tax()).isEqualTo(Yen.ZERO);
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), byGovernor, 8000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.exempt.national-sports-festival#certifier.qualifier.GOVERNOR");
            assertThat(d.notApplied().find(r -> r.id().equals("golftax.exempt.national-sports-festival")).get().basis()
                    .provision()).isEqualTo("第1・4 なお書");
        }

        @Test
        @DisplayName("第1・3 なお書: the course must check the user's identity against the certificate")
        void identity() {
            Play unchecked = new Play.NationalSportsFestival(Play.FestivalStage.OFFICIAL_PRACTICE,
                    Option.of(Play.Certifier.BOARD_OF_EDUCATION), false);
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), unchecked, 8000)))
                    .contains("golftax.exempt.national-sports-festival#no-identity-check");
            Play none = new Play.NationalSportsFestival(Play.FestivalStage.COMPETITION, Option.none(), true);
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), none, 8000)))
                    .contains("golftax.exempt.national-sports-festival#no-certificate.kokusupo");
        }

        private Play school(Play.SchoolActivityKind kind, Play.SchoolKind school, Play.SchoolSigner signer,
                boolean teacher) {
            return new Play.SchoolActivity(kind, Option.of(new Play.SchoolCertificate(school, signer, true)),
                    new Play.SchoolParty(teacher, true));
        }

        @Test
        @DisplayName("第1・5(1), 第1・6, 第1・7, 第75条の3第2号: a PE lesson led by a teacher with the principal's certificate")
        void peLesson() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(2000, 1, 1)), school(
                    Play.SchoolActivityKind.PE_LESSON, Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRINCIPAL, true), 3000);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.SCHOOL_ACTIVITY));
            assertThat(d.value().evidence().filter(e -> e.action() == EvidenceAction.SUBMIT).map(e -> e.document().en()))
                    .anyMatch(s -> s.contains("certificate of the principal") && s.contains("第1・7"));
            assertThat(d.value().evidence().filter(e -> e.action() == EvidenceAction.PRESENT).map(e -> e.document().ja()))
                    .containsExactly("氏名・住所等を確認できる書類");
        }

        @Test
        @DisplayName("第1・5(2): a club under an approved plan qualifies; other activity does not")
        void club() {
            assertThat(assess(WEDNESDAY, licensed(ADULT), school(Play.SchoolActivityKind.APPROVED_CLUB_PLAN,
                    Play.SchoolKind.UNIVERSITY, Play.SchoolSigner.DEPARTMENT_HEAD, true), 3000).value().tax())
                    .isEqualTo(Yen.ZERO);
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), school(Play.SchoolActivityKind.OTHER,
                    Play.SchoolKind.UNIVERSITY, Play.SchoolSigner.PRESIDENT, true), 3000)))
                    .contains("golftax.exempt.school-activity#not-education");
        }

        @Test
        @DisplayName("第1・5 なお書: without a leading teacher there is no exemption")
        void noTeacher() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT), school(Play.SchoolActivityKind.PE_LESSON,
                    Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRINCIPAL, false), 3000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.exempt.school-activity#no-teacher");
        }

        @Test
        @DisplayName("第1・6: a university's certificate signed by a principal does not count; kindergartens are excluded")
        void signerAndKindergarten() {
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), school(Play.SchoolActivityKind.PE_LESSON,
                    Play.SchoolKind.UNIVERSITY, Play.SchoolSigner.PRINCIPAL, true), 3000)))
                    .contains("golftax.exempt.school-activity#signer.UNIVERSITY.PRINCIPAL");
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), school(Play.SchoolActivityKind.PE_LESSON,
                    Play.SchoolKind.KINDERGARTEN, Play.SchoolSigner.PRINCIPAL, true), 3000)))
                    .contains("golftax.exempt.school-activity#kindergarten");
        }
    }

    @Nested
    class Reductions {
        private final LocalDate senior = LocalDate.of(1959, 1, 10);

        @Test
        @DisplayName("第2・1(1), 第2・2, 第69条第1項第1号: aged 65-69 with a senior fee 1/5 below both fees pays half")
        void seniorReduced() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(senior), Play.normal(), 6400);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.SENIOR_65_TO_69));
            assertThat(d.value().tax()).isEqualTo(Yen.of(400));
            assertThat(d.value().evidence().flatMap(Evidence::register)).containsExactly(Register.REDUCED_RATE_REGISTER);
            assertThat(keys(d)).contains("golftax.reduced.senior#fee.WEEKDAY", "golftax.exempt.70-or-over#out-of-range");
            assertThat(figures(d, "golftax.exempt.70-or-over")).containsEntry("age", "67").containsEntry("turning", "2029-01-09");
        }

        @Test
        @DisplayName("第2・2: a senior fee only 15 % below the member fee is not enough; 20 % required")
        void seniorFifteenPercent() {
            CourseFeeTable t = Fixtures.fees().withSpecial(SpecialFeeCategory.SENIOR_65_TO_69, DayType.WEEKDAY,
                    new SpecialFee(Yen.of(6800), Yen.of(9600)));
            Visit v = Visit.of("V", Fixtures.course(t), WEDNESDAY, licensed(LocalDate.of(1956, 4, 10)), Play.normal(),
                    Yen.of(6800));
            Decision<VisitAssessment> d = assess(v);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.senior#not-reduced.MEMBER.WEEKDAY");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("separateFee", "6,800円")
                    .containsEntry("normalFee", "8,000円").containsEntry("required", "1/5").containsEntry("age", "69");
        }

        @Test
        @DisplayName("第2・2(2) なお書: a reduction for members only does not count")
        void membersOnly() {
            CourseFeeTable t = Fixtures.fees().withSpecial(SpecialFeeCategory.SENIOR_65_TO_69, DayType.WEEKDAY,
                    new SpecialFee(Yen.of(6400), Yen.of(12000)));
            Visit v = Visit.of("V", Fixtures.course(t), WEDNESDAY, licensed(senior), Play.normal(), Yen.of(6400));
            Decision<VisitAssessment> d = assess(v);
            assertThat(keys(d)).contains("golftax.reduced.senior#not-reduced.NON_MEMBER.WEEKDAY");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("separateFee", "12,000円")
                    .containsEntry("normalFee", "12,000円");
        }

        @Test
        @DisplayName("第2・1(1) なお書: a senior fee set for weekdays only does not reduce on a holiday (JapaneseHolidays)")
        void weekdayOnlyFee() {
            Decision<VisitAssessment> d = assess(SHOWA_DAY, licensed(senior), Play.normal(), 10000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.senior#no-fee.SUNDAY_HOLIDAY");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("age", "67");
            assertThat(DayType.of(SHOWA_DAY)).isEqualTo(DayType.SUNDAY_HOLIDAY);
            assertThat(DayType.of(SATURDAY)).isEqualTo(DayType.SATURDAY);
        }

        @Test
        @DisplayName("第2・8(1): the senior's age document must be issued by a public body")
        void seniorDocument() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, person(senior, Option.of(AgeDocument.OTHER)), Play.normal(), 6400);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.senior#no-public-document.OTHER");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("age", "67");
        }

        @Test
        @DisplayName("ruling 1: on the eve of the 65th birthday the senior fee applies; the day before, aged 64")
        void eveOf65th() {
            LocalDate birth = LocalDate.of(1961, 4, 9);
            assertThat(assess(LocalDate.of(2026, 4, 8), licensed(birth), Play.normal(), 6400).value().tax())
                    .isEqualTo(Yen.of(400));
            Decision<VisitAssessment> d = assess(LocalDate.of(2026, 4, 7), licensed(birth), Play.normal(), 6400);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.senior#out-of-range");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("age", "64");
        }

        @Test
        @DisplayName("第2・1(1) (interpretation): a senior charged the normal fee did not use the separate fee")
        void chargedNormalFee() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(senior), Play.normal(), 12000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.senior#charged-more");
            assertThat(figures(d, "golftax.reduced.senior")).containsEntry("charged", "12,000円")
                    .containsEntry("separateFee", "9,600円").containsEntry("age", "67");
        }

        private Competition competition(long participation, boolean certified, CompetitionOrganizer org) {
            return Competition.of("九州アマチュアゴルフ選手権", org, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 9),
                    List.of(LocalDate.of(2026, 4, 7)), Yen.of(participation), Option.of(Yen.of(8000)), certified);
        }

        @Test
        @DisplayName("第2・3, 第2・2(2) ただし書, 第69条第1項第2号: fee + participation/days (with practice) vs the non-member fee")
        void competitionReduced() {
            Competition c = competition(3000, true, CompetitionOrganizer.REGIONAL_FEDERATION);
            assertThat(c.daysIncludingPractice()).isEqualTo(3);
            assertThat(c.feePerDay()).contains(Yen.of(9000));
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.CompetitionEntry(c, true, Option.of(AgeDocument.DRIVING_LICENCE)), 8000);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.COMPETITION));
            assertThat(d.value().tax()).isEqualTo(Yen.of(400));
            assertThat(d.value().evidence().flatMap(Evidence::register))
                    .contains(Register.COMPETITION_ENTRANT_LIST, Register.REDUCED_RATE_REGISTER);
        }

        @Test
        @DisplayName("第2・3: participation fees can push the day's fee above 4/5 of the non-member fee")
        void competitionTooDear() {
            Competition c = competition(6000, true, CompetitionOrganizer.REGIONAL_FEDERATION);
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(ADULT),
                    new Play.CompetitionEntry(c, true, Option.of(AgeDocument.DRIVING_LICENCE)), 8000);
            assertThat(d.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(d)).contains("golftax.reduced.competition#not-reduced.WEEKDAY");
            assertThat(figures(d, "golftax.reduced.competition")).containsEntry("feePerDay", "10,000円")
                    .containsEntry("nonMemberFee", "12,000円").containsEntry("courseFee", "8,000円")
                    .containsEntry("participationFee", "6,000円").containsEntry("days", "3");
        }

        @Test
        @DisplayName("第2・4, 第2・6: other organisers, missing certificates, entrants not on the list, other days")
        void competitionConditions() {
            Play other = new Play.CompetitionEntry(competition(0, true, CompetitionOrganizer.OTHER), true,
                    Option.of(AgeDocument.PASSPORT));
            Decision<VisitAssessment> byOther = assess(WEDNESDAY, licensed(ADULT), other, 8000);
            assertThat(keys(byOther)).contains("golftax.reduced.competition#organizer.OTHER");
            assertThat(figures(byOther, "golftax.reduced.competition")).containsEntry("organizer", "OTHER");
            Play uncertified = new Play.CompetitionEntry(competition(0, false, CompetitionOrganizer.JAPAN_GOLF_ASSOCIATION),
                    true, Option.of(AgeDocument.PASSPORT));
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), uncertified, 8000)))
                    .contains("golftax.reduced.competition#no-certificate");
            Play offList = new Play.CompetitionEntry(competition(0, true, CompetitionOrganizer.JAPAN_GOLF_ASSOCIATION),
                    false, Option.of(AgeDocument.PASSPORT));
            assertThat(keys(assess(WEDNESDAY, licensed(ADULT), offList, 8000))).contains("golftax.reduced.competition#not-on-list");
            Play ok = new Play.CompetitionEntry(competition(0, true, CompetitionOrganizer.JAPAN_GOLF_ASSOCIATION), true,
                    Option.of(AgeDocument.PASSPORT));
            Decision<VisitAssessment> offDay = assess(LocalDate.of(2026, 4, 10), licensed(ADULT), ok, 8000);
            assertThat(keys(offDay)).contains("golftax.reduced.competition#not-on-day");
            assertThat(figures(offDay, "golftax.reduced.competition")).containsEntry("useDate", "2026-04-10");
            assertThat(assess(LocalDate.of(2026, 4, 7), licensed(ADULT), ok, 8000).value().tax()).isEqualTo(Yen.of(400));
        }

        @Test
        @DisplayName("第2・7(1), 第69条第2項: early morning finishing by 10:00 pays half (fraction UNCONFIRMED)")
        void earlyMorning() {
            Decision<VisitAssessment> d = assess(SATURDAY, licensed(ADULT), new Play.EarlyMorning(true, LocalTime.of(10, 0)), 4000);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.EARLY_MORNING));
            assertThat(d.value().tax()).isEqualTo(Yen.of(400));
            assertThat(d.confidence()).isEqualTo(Confidence.UNCONFIRMED);
            Decision<VisitAssessment> late = assess(SATURDAY, licensed(ADULT), new Play.EarlyMorning(true, LocalTime.of(10, 30)),
                    4000);
            assertThat(late.value().tax()).isEqualTo(Yen.of(800));
            assertThat(keys(late)).contains("golftax.reduced.early-morning#not-restricted");
            assertThat(figures(late, "golftax.reduced.early-morning")).containsEntry("mustFinishBy", "10:30");
        }

        @Test
        @DisplayName("第2・7(2): closed-day self-bag play with a fee half or more below pays half")
        void closedDay() {
            assertThat(assess(WEDNESDAY, licensed(ADULT), new Play.ClosedDaySelfBag(), 3000).value().treatment())
                    .isEqualTo(new Treatment.Reduced(ReductionCase.CLOSED_DAY_SELF_BAG));
        }

        @Test
        @DisplayName("第2・7(3): only a specific course of nine holes or fewer qualifies")
        void nineHoles() {
            assertThat(assess(WEDNESDAY, licensed(ADULT), new Play.RestrictedCourse(9), 4000).value().tax())
                    .isEqualTo(Yen.of(400));
            Decision<VisitAssessment> eighteen = assess(WEDNESDAY, licensed(ADULT), new Play.RestrictedCourse(18), 4000);
            assertThat(keys(eighteen)).contains("golftax.reduced.nine-holes#holes");
            assertThat(figures(eighteen, "golftax.reduced.nine-holes")).containsEntry("holes", "18");
        }

        @Test
        @DisplayName("第2・2 (1/2 test): a nine-hole fee of 4,500 is less than 1/2 below the member fee 8,000")
        void nineHolesTooDear() {
            CourseFeeTable t = Fixtures.fees().withSpecialEveryDay(SpecialFeeCategory.NINE_HOLES_OR_FEWER,
                    SpecialFee.forAll(Yen.of(4500)));
            Visit v = Visit.of("V", Fixtures.course(t), WEDNESDAY, licensed(ADULT), new Play.RestrictedCourse(9),
                    Yen.of(4500));
            Decision<VisitAssessment> d = assess(v);
            assertThat(keys(d)).contains("golftax.reduced.nine-holes#not-reduced.MEMBER.WEEKDAY");
            assertThat(figures(d, "golftax.reduced.nine-holes")).containsEntry("separateFee", "4,500円")
                    .containsEntry("normalFee", "8,000円").containsEntry("required", "1/2");
        }

        @Test
        @DisplayName("ruling 6: an exemption wins over a reduction (a 12-year-old playing early morning pays nothing)")
        void exemptionBeforeReduction() {
            Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(2014, 1, 1)),
                    new Play.EarlyMorning(true, LocalTime.of(9, 0)), 4000);
            assertThat(d.value().tax()).isEqualTo(Yen.ZERO);
            assertThat(d.value().treatment()).isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
            assertThat(keys(d)).contains("golftax.reduced.early-morning#not-checked");
            assertThat(figures(d, "golftax.reduced.early-morning")).containsEntry("appliedFirst", "UNDER_18");
        }
    }

    @Test
    @DisplayName("Decision.render: reasons and why-nots in Japanese and English")
    void renders() {
        Decision<VisitAssessment> d = assess(WEDNESDAY, licensed(LocalDate.of(1956, 4, 10)), Play.normal(), 8000);
        assertThat(d.render(io.github.kisoku.kernel.Language.JA)).contains("適用しなかった規定").contains("69歳");
        assertThat(d.render(io.github.kisoku.kernel.Language.EN)).contains("aged 69 on the use date");
    }
}
