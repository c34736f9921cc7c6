package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GolfTaxPropertiesTest {
    private static final YearMonth MONTH = YearMonth.of(2026, 4);

    private static Arbitrary<Play> plays() {
        Competition c = Competition.of("九州アマチュア", CompetitionOrganizer.REGIONAL_FEDERATION, LocalDate.of(2026, 4, 8),
                LocalDate.of(2026, 4, 10), List.of(LocalDate.of(2026, 4, 7)), Yen.of(4000), Option.of(Yen.of(7000)), true);
        return Arbitraries.of(
                Play.normal(),
                new Play.EarlyMorning(true, LocalTime.of(10, 0)),
                new Play.EarlyMorning(false, LocalTime.of(9, 0)),
                new Play.ClosedDaySelfBag(),
                new Play.RestrictedCourse(9),
                new Play.RestrictedCourse(18),
                new Play.CompetitionEntry(c, true, Option.of(AgeDocument.PASSPORT)),
                new Play.CompetitionEntry(c, false, Option.none()),
                new Play.NationalSportsFestival(Play.FestivalStage.COMPETITION, Option.of(Play.Certifier.GOVERNOR), true),
                new Play.NationalSportsFestival(Play.FestivalStage.KUMAMOTO_QUALIFIER, Option.of(Play.Certifier.GOVERNOR),
                        true),
                new Play.SchoolActivity(Play.SchoolActivityKind.PE_LESSON, Option.of(new Play.SchoolCertificate(
                        Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRINCIPAL, true)), new Play.SchoolParty(true, true)),
                new Play.SchoolActivity(Play.SchoolActivityKind.APPROVED_CLUB_PLAN, Option.none(),
                        new Play.SchoolParty(true, true)),
                new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, true, Option.none()),
                new Play.BusinessUse(BusinessUseItem.OPENING_INVITATION, true, Option.none()));
    }

    private static Arbitrary<Person> persons() {
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 95 * 366)
                .map(d -> LocalDate.of(2026, 4, 1).minusDays(d));
        Arbitrary<Option<AgeDocument>> doc = Arbitraries.of(AgeDocument.class).map(Option::of)
                .injectNull(0.3).map(o -> o == null ? Option.<AgeDocument>none() : o);
        Arbitrary<Option<DisabilityCard>> card = Arbitraries.of(DisabilityCardKind.class)
                .map(k -> Option.of(new DisabilityCard(k, "No.1"))).injectNull(0.8)
                .map(o -> o == null ? Option.<DisabilityCard>none() : o);
        return Combinators.combine(birth, doc, card).as((b, d, c) -> Person.of("利用者", b, d, c));
    }

    @Provide
    Arbitrary<Visit> visits() {
        Arbitrary<Integer> grade = Arbitraries.integers().between(1, 7);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 30);
        Arbitrary<Long> fee = Arbitraries.of(0L, 3000L, 4000L, 6400L, 8000L, 12000L, 16000L);
        Arbitrary<String> id = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(grade, day, persons(), plays(), fee, id).as((g, d, p, play, f, i) -> Visit.of(i,
                Course.of("C", g, 18, CourseType.MEMBER, false, Option.none(), Fixtures.fees()), MONTH.atDay(d), p, play,
                Yen.of(f)));
    }

    @Provide
    Arbitrary<java.util.List<Visit>> months() {
        return visits().list().ofMaxSize(20).map(vs -> {
            java.util.List<Visit> out = new java.util.ArrayList<>();
            for (int i = 0; i < vs.size(); i++) {
                Visit v = vs.get(i);
                out.add(Visit.of("v" + i, v.course(), v.useDate(), v.person(), v.play(), v.feeCharged()));
            }
            return out;
        });
    }

    private static GradeRate rate(Visit v) {
        return GradeRates.kumamoto().on(v.course().grade(), v.useDate()).get().value();
    }

    @Property
    void taxIsZeroOrTheGradesFullOrHalfRate(@ForAll("visits") Visit v) {
        Yen tax = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value().tax();
        GradeRate r = rate(v);
        assertThat(tax).isIn(Yen.ZERO, r.standard().amount(), r.reducedParagraph1().amount(),
                r.reducedParagraph2().amount());
    }

    @Property
    void exemptOrNotTaxableMeansZero(@ForAll("visits") Visit v) {
        Assessment a = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value();
        if (a.treatment() instanceof Treatment.Exempt || a.treatment() instanceof Treatment.NotTaxableUse) {
            assertThat(a.tax()).isEqualTo(Yen.ZERO);
        } else {
            assertThat(a.tax().isZero()).isFalse();
        }
    }

    @Property
    void reducedMeansExactlyHalf(@ForAll("visits") Visit v) {
        Assessment a = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value();
        if (a.treatment() instanceof Treatment.Reduced) {
            assertThat(a.tax().times(2)).isEqualTo(rate(v).standard().amount());
        }
    }

    @Property
    void everyExemptionNamesItsEvidence(@ForAll("visits") Visit v) {
        Decision<Assessment> d = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get());
        if (d.value().treatment() instanceof Treatment.Exempt) {
            assertThat(d.value().evidence()).isNotEmpty();
            assertThat(d.value().evidence().map(Evidence::action)).contains(EvidenceAction.SUBMIT);
            assertThat(d.value().evidence().flatMap(Evidence::register)).contains(Register.NON_TAXABLE_USERS_LIST);
        }
    }

    @Property
    void everyCheckIsAccountedFor(@ForAll("visits") Visit v) {
        Decision<Assessment> d = io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get());
        // eleven checks in all: each either applied (standard applies when none did) or is a why-not
        assertThat(d.notApplied().size()).isEqualTo(d.value().treatment() instanceof Treatment.Standard ? 11 : 10);
    }

    @Property
    void monthlyTotalIsTheSumOfVisits(@ForAll("months") java.util.List<Visit> visits) {
        MonthlyReturn r = MonthlyReturn.build(MONTH, visits).get();
        long sum = 0;
        for (Visit v : visits) {
            sum += io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(v).get()).value().tax().amount();
        }
        assertThat(r.totalTax()).isEqualTo(Yen.of(sum));
        assertThat(r.lines().map(l -> l.tally().tax()).foldLeft(Yen.ZERO, Yen::plus)).isEqualTo(r.totalTax());
        assertThat(r.lines().map(l -> l.tally().count()).sum().intValue()).isEqualTo(visits.size());
    }

    @Property
    void addingAVisitNeverLowersTheTotal(@ForAll("months") java.util.List<Visit> visits, @ForAll("visits") Visit extra) {
        MonthlyReturn before = MonthlyReturn.build(MONTH, visits).get();
        Visit added = Visit.of("extra", extra.course(), extra.useDate(), extra.person(), extra.play(), extra.feeCharged());
        java.util.List<Visit> more = new java.util.ArrayList<>(visits);
        more.add(added);
        MonthlyReturn after = MonthlyReturn.build(MONTH, more).get();
        assertThat(after.totalTax()).isGreaterThanOrEqualTo(before.totalTax());
    }
}
