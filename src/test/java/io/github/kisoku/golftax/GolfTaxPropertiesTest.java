package io.github.kisoku.golftax;

import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Yen;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GolfTaxPropertiesTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 4);

    private static GradeRate rate(Visit v) {
        return GradeRates.kumamoto().on(v.course().grade(), v.useDate()).get().value();
    }

    @Test
    void taxIsZeroOrTheGradesFullOrHalfRate() {
        property().forAll(GolfGenerators.visits())
                .checkAssert(GolfTaxPropertiesTest::taxIsZeroOrTheGradesFullOrHalfRate);
    }

    private static void taxIsZeroOrTheGradesFullOrHalfRate(Visit v) {
        Yen tax = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value().tax();
        GradeRate r = rate(v);
        assertThat(tax).isIn(Yen.ZERO, r.standard().amount(), r.reducedParagraph1().amount(),
                r.reducedParagraph2().amount());
    }

    @Test
    void exemptOrNotTaxableMeansZero() {
        property().forAll(GolfGenerators.visits()).checkAssert(GolfTaxPropertiesTest::exemptOrNotTaxableMeansZero);
    }

    private static void exemptOrNotTaxableMeansZero(Visit v) {
        VisitAssessment a = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value();
        if (a.treatment() instanceof Treatment.Exempt || a.treatment() instanceof Treatment.NotTaxableUse) {
            assertThat(a.tax()).isEqualTo(Yen.ZERO);
        } else {
            assertThat(a.tax().isZero()).isFalse();
        }
    }

    @Test
    void reducedMeansExactlyHalf() {
        property().forAll(GolfGenerators.visits()).checkAssert(GolfTaxPropertiesTest::reducedMeansExactlyHalf);
    }

    private static void reducedMeansExactlyHalf(Visit v) {
        VisitAssessment a = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value();
        if (a.treatment() instanceof Treatment.Reduced) {
            assertThat(a.tax().times(2)).isEqualTo(rate(v).standard().amount());
        }
    }

    @Test
    void everyExemptionNamesItsEvidence() {
        property().forAll(GolfGenerators.visits()).checkAssert(GolfTaxPropertiesTest::everyExemptionNamesItsEvidence);
    }

    private static void everyExemptionNamesItsEvidence(Visit v) {
        Decision<VisitAssessment> d = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get());
        if (d.value().treatment() instanceof Treatment.Exempt) {
            assertThat(d.value().evidence()).isNotEmpty();
            assertThat(d.value().evidence().map(Evidence::action)).contains(EvidenceAction.SUBMIT);
            assertThat(d.value().evidence().flatMap(Evidence::register)).contains(Register.NON_TAXABLE_USERS_LIST);
        }
    }

    @Test
    void everyCheckIsAccountedFor() {
        property().forAll(GolfGenerators.visits()).checkAssert(GolfTaxPropertiesTest::everyCheckIsAccountedFor);
    }

    private static void everyCheckIsAccountedFor(Visit v) {
        Decision<VisitAssessment> d = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get());
        // eleven checks in all: each either applied (standard applies when none did) or is a why-not
        assertThat(d.notApplied().size()).isEqualTo(d.value().treatment() instanceof Treatment.Standard ? 11 : 10);
    }

    @Test
    void monthlyTotalIsTheSumOfVisits() {
        property().forAll(GolfGenerators.monthsOfVisits())
                .checkAssert(GolfTaxPropertiesTest::monthlyTotalIsTheSumOfVisits);
    }

    private static void monthlyTotalIsTheSumOfVisits(java.util.List<Visit> visits) {
        MonthlyReturn r = MonthlyReturn.build(MONTH, visits).get();
        long sum = 0;
        for (Visit v : visits) {
            sum += io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value().tax().amount();
        }
        assertThat(r.totalTax()).isEqualTo(Yen.of(sum));
        assertThat(r.lines().map(l -> l.tally().tax()).foldLeft(Yen.ZERO, Yen::plus)).isEqualTo(r.totalTax());
        assertThat(r.lines().map(l -> l.tally().count()).sum().intValue()).isEqualTo(visits.size());
    }

    @Test
    void addingAVisitNeverLowersTheTotal() {
        property().forAll(GolfGenerators.monthsOfVisits(), GolfGenerators.visits())
                .checkAssert(GolfTaxPropertiesTest::addingAVisitNeverLowersTheTotal);
    }

    private static void addingAVisitNeverLowersTheTotal(java.util.List<Visit> visits, Visit extra) {
        MonthlyReturn before = MonthlyReturn.build(MONTH, visits).get();
        Visit added = Visit.of("extra", extra.course(), extra.useDate(), extra.person(), extra.play(), extra.feeCharged(),
                extra.feeClass());
        java.util.List<Visit> more = new java.util.ArrayList<>(visits);
        more.add(added);
        MonthlyReturn after = MonthlyReturn.build(MONTH, more).get();
        assertThat(after.totalTax()).isGreaterThanOrEqualTo(before.totalTax());
    }
}
