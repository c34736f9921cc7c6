package io.github.kisoku.golftax;

import static io.github.kisoku.golftax.Fixtures.WEDNESDAY;
import static io.github.kisoku.golftax.Fixtures.licensed;
import static io.github.kisoku.golftax.Fixtures.figures;
import static io.github.kisoku.golftax.Fixtures.keys;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Texts;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.testing.Generators;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 16 §1: a visit is answered from the facts the caller knows; a fact is asked for only when it matters. */
class MissingFactsTest {
    private static final Course NO_TABLE = Course.validate("C", 4, 18, CourseType.MEMBER, false, Option.none(),
            Option.<CourseFeeTable>none()).get();

    private static Decision<VisitAssessment> assess(Visit v) {
        return Texts.readable(GolfTaxRules.assess(v).get());
    }

    private static Visit bare(LocalDate birth, Play play) {
        return Visit.of("V1", NO_TABLE, WEDNESDAY, licensed(birth), play, Option.none(), Option.none());
    }

    @Test
    @DisplayName("a 45-year-old's ordinary round without any fee is the grade's standard rate, nothing missing")
    void ordinaryRoundWithoutFees() {
        Decision<VisitAssessment> d = assess(bare(LocalDate.of(1981, 1, 10), Play.normal()));
        assertThat(d.value().treatment()).isEqualTo(new Treatment.Standard());
        assertThat(d.value().tax()).isEqualTo(Yen.of(800));
        assertThat(d.value().missing()).isEmpty();
        assertThat(d.value().complete()).isTrue();
    }

    @Test
    @DisplayName("under 18 or 70 and over without fees: exempt, the fees are never read")
    void exemptWithoutFees() {
        assertThat(assess(bare(LocalDate.of(2010, 1, 10), Play.normal())).value().treatment())
                .isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
        assertThat(assess(bare(LocalDate.of(1950, 1, 10), Play.normal())).value().missing()).isEmpty();
    }

    @Test
    @DisplayName("aged 67 without fees: standard so far, the fee table, fee charged and class named with 69条1項1号")
    void seniorNeedsTheFees() {
        Decision<VisitAssessment> d = assess(bare(LocalDate.of(1959, 1, 10), Play.normal()));
        assertThat(d.value().treatment()).isEqualTo(new Treatment.Standard());
        assertThat(d.value().complete()).isFalse();
        assertThat(d.value().missing()).containsExactly(new MissingFact(GolfFact.FEE_TABLE, GolfRule.SENIOR),
                new MissingFact(GolfFact.FEE_CHARGED, GolfRule.SENIOR), new MissingFact(GolfFact.FEE_CLASS, GolfRule.SENIOR));
        // the reason names the three facts, in the order of the missing list
        assertThat(keys(d)).contains("golftax.reduced.senior#missing");
        assertThat(figures(d, "golftax.reduced.senior")).containsEntry("age", "67")
                .containsEntry("facts", "FEE_TABLE, FEE_CHARGED, FEE_CLASS");
    }

    @Test
    @DisplayName("aged 67 with only another document: the reduction fails on the document, the fees do not matter")
    void seniorWithoutPublicDocumentNeedsNoFees() {
        Visit v = Visit.of("V1", NO_TABLE, WEDNESDAY, Fixtures.person(LocalDate.of(1959, 1, 10),
                Option.of(AgeDocument.STUDENT_CARD)), Play.normal(), Option.none(), Option.none());
        Decision<VisitAssessment> d = assess(v);
        assertThat(d.value().missing()).isEmpty();
        assertThat(keys(d)).contains("golftax.reduced.senior#no-public-document.STUDENT_CARD");
    }

    @Test
    @DisplayName("circular 第2・8(1): another document issued by a public body serves the reduction; OTHER does not")
    void otherPublicDocument() {
        Visit publicDoc = Visit.of("V1", Fixtures.course(), WEDNESDAY, Fixtures.person(LocalDate.of(1959, 1, 10),
                Option.of(AgeDocument.OTHER_PUBLIC_DOCUMENT)), Play.normal(), Yen.of(6400));
        assertThat(assess(publicDoc).value().treatment()).isEqualTo(new Treatment.Reduced(ReductionCase.SENIOR_65_TO_69));
        Visit other = Visit.of("V1", Fixtures.course(), WEDNESDAY, Fixtures.person(LocalDate.of(1959, 1, 10),
                Option.of(AgeDocument.OTHER)), Play.normal(), Yen.of(6400));
        assertThat(assess(other).value().treatment()).isEqualTo(new Treatment.Standard());
        for (AgeDocument d : List.of(AgeDocument.HEALTH_INSURANCE_CARD, AgeDocument.RESIDENT_REGISTER_CARD,
                AgeDocument.STUDENT_CARD)) {
            // every listed document proves the age for the exemptions of 第75条の2
            Visit young = Visit.of("V1", NO_TABLE, WEDNESDAY, Fixtures.person(LocalDate.of(2010, 1, 10), Option.of(d)),
                    Play.normal(), Option.none(), Option.none());
            assertThat(assess(young).value().treatment()).as("%s", d).isEqualTo(new Treatment.Exempt(ExemptionItem.UNDER_18));
        }
    }

    @Test
    @DisplayName("business use without the fee charged: the use's other conditions hold, so whether it was free is needed")
    void businessUseNeedsTheFee() {
        Play business = new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, true, Option.none());
        Decision<VisitAssessment> d = assess(bare(LocalDate.of(1981, 1, 10), business));
        assertThat(d.value().missing()).containsExactly(new MissingFact(GolfFact.FEE_CHARGED, GolfRule.BUSINESS_USE));
        Play unregistered = new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, false, Option.none());
        Decision<VisitAssessment> not = assess(bare(LocalDate.of(1981, 1, 10), unregistered));
        assertThat(not.value().missing()).isEmpty();
        assertThat(keys(not)).contains("golftax.business-use#not-qualified");
        assertThat(figures(not, "golftax.business-use")).containsEntry("item", "(1)ア").containsEntry("unmet", "NOT_REGISTERED");
    }

    @Test
    @DisplayName("early, closed-day and nine-hole play without fees name the fee table with their rule")
    void restrictedPlayNeedsTheFees() {
        assertThat(assess(bare(LocalDate.of(1981, 1, 10), new Play.ClosedDaySelfBag())).value().missing().map(MissingFact::rule))
                .containsOnly(GolfRule.CLOSED_DAY);
        assertThat(assess(bare(LocalDate.of(1981, 1, 10), new Play.RestrictedCourse(18))).value().missing()).isEmpty();
    }

    @Test
    @DisplayName("a fee table and no fee charged: the separate fee passes, so the fee charged is asked for")
    void tableButNoCharge() {
        Visit v = Visit.of("V1", Fixtures.course(), WEDNESDAY, licensed(LocalDate.of(1959, 1, 10)), Play.normal(),
                Option.none(), Option.of(FeeClass.MEMBER));
        assertThat(assess(v).value().missing()).containsExactly(new MissingFact(GolfFact.FEE_CHARGED, GolfRule.SENIOR));
    }

    @Test
    @DisplayName("property: adding a fact that no applied or checked rule reads never changes the answer")
    void factsNoRuleReadsChangeNothing() {
        property().forAll(GolfGenerators.visits(), Generators.optionals(Generators.anyOf(FeeClass.class), 30))
                .checkAssert((full, fc) -> {
                    Visit known = Visit.of(full.id(), full.course(), full.useDate(), full.person(), full.play(),
                            full.feeCharged(), Option.ofOptional(fc));
                    Visit stripped = Visit.of(full.id(), withoutTable(full.course()), full.useDate(),
                            full.person(), withoutCourseFee(full.play()), Option.none(), Option.none());
                    Decision<VisitAssessment> without = assess(stripped);
                    Decision<VisitAssessment> with = assess(known);
                    if (without.value().complete()) {
                        assertThat(with.value().treatment()).isEqualTo(without.value().treatment());
                        assertThat(with.value().tax()).isEqualTo(without.value().tax());
                        assertThat(with.value().evidence()).isEqualTo(without.value().evidence());
                        assertThat(with.reasons()).isEqualTo(without.reasons());
                    } else {
                        // until the facts are given, the answer is the one that holds if the rules needing them do not apply
                        List<GolfRule> needing = without.value().missing().map(MissingFact::rule);
                        if (!with.value().treatment().equals(without.value().treatment())) {
                            assertThat(with.reasons().map(r -> r.rule())).containsAnyElementsOf(needing);
                        }
                    }
                });
    }

    private static Course withoutTable(Course c) {
        return Course.validate(c.name(), c.grade().value(), c.holes(), c.type(), c.selfPlayOnly(), c.cartFeePerPerson(),
                Option.<CourseFeeTable>none()).get();
    }

    private static Play withoutCourseFee(Play play) {
        if (play instanceof Play.CompetitionEntry e) {
            Competition c = e.competition();
            return new Play.CompetitionEntry(Competition.of(c.name(), c.organizer(), c.firstDay(), c.lastDay(),
                    c.practiceDays(), c.participationFee(), Option.none(), c.certified()), e.onEntrantList(), e.nameDocument());
        }
        return play;
    }
}
