package io.github.kisoku.golftax;

import static io.github.kisoku.golftax.Fixtures.licensed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The month's papers (第1・8, 第1・10, 第2・9, 第5) row by row, and the return's own checks. */
class MonthlyRegistersTest {
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final LocalDate ADULT = LocalDate.of(1980, 6, 1);

    private static Course course(int grade) {
        return Course.of("阿蘇テストカントリークラブ", grade, 27, CourseType.MEMBER, false, Option.none(), Fixtures.fees());
    }

    private static Visit visit(String id, int grade, Person p, Play play, long fee) {
        return Visit.of(id, course(grade), APRIL.atDay(8), p, play, Yen.of(fee));
    }

    private static Person carded(String name, LocalDate birth, Option<AgeDocument> doc, String number) {
        return Person.of(name, birth, doc, Option.of(DisabilityCard.of(DisabilityCardKind.PHYSICAL, number)));
    }

    @Test
    @DisplayName("別記第1号様式: the 障害者 column carries the card number; an under-18 user's card is not listed")
    void nonTaxableColumns() {
        Visit disabled = visit("d", 4, carded("阿蘇 花子", ADULT, Option.none(), "熊本県 12345"), Play.normal(), 8000);
        Visit young = visit("y", 4, carded("阿蘇 次郎", LocalDate.of(2012, 1, 1), Option.of(AgeDocument.PASSPORT), "A-1"),
                Play.normal(), 4000);
        List<NonTaxableUserRow> rows = MonthlyReturn.build(APRIL, List.of(disabled, young)).get().nonTaxableUsers();
        NonTaxableUserRow d = rows.get(0);
        assertThat(d.useDate()).isEqualTo(APRIL.atDay(8));
        assertThat(d.name()).isEqualTo("阿蘇 花子");
        assertThat(d.birthDate()).isEqualTo(ADULT);
        assertThat(d.disability()).isTrue();
        assertThat(d.under18()).isFalse();
        assertThat(d.aged70OrOver()).isFalse();
        assertThat(d.cardNumber()).contains("熊本県 12345");
        assertThat(d.note()).isEmpty();
        assertThat(d.documents().map(m -> m.ja())).contains("身体障害者手帳");
        NonTaxableUserRow y = rows.get(1);
        assertThat(y.under18()).isTrue();
        assertThat(y.disability()).isFalse();
        // 第75条の2第3号 excludes those of items 1 and 2: the card is not the ground, so no number
        assertThat(y.cardNumber()).isEmpty();
        assertThat(y.note()).isEmpty();
    }

    @Test
    @DisplayName("第1・3, 第1・8: 第75条の3 uses go in 備考 with their item; the certificate and identity document are listed")
    void useExemptionsInNotes() {
        Visit festival = visit("f", 4, licensed(ADULT), new Play.NationalSportsFestival(Play.FestivalStage.COMPETITION,
                Option.of(Play.Certifier.GOVERNOR), true), 8000);
        Visit school = visit("s", 4, licensed(ADULT), new Play.SchoolActivity(Play.SchoolActivityKind.PE_LESSON,
                Option.of(new Play.SchoolCertificate(Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRINCIPAL, true)),
                new Play.SchoolParty(true, true)), 3000);
        Visit old = visit("o", 4, licensed(LocalDate.of(1950, 1, 1)), Play.normal(), 8000);
        List<NonTaxableUserRow> rows = MonthlyReturn.build(APRIL, List.of(festival, school, old)).get().nonTaxableUsers();
        assertThat(rows.map(NonTaxableUserRow::item)).containsExactly(ExemptionItem.NATIONAL_SPORTS_FESTIVAL,
                ExemptionItem.SCHOOL_ACTIVITY, ExemptionItem.AGED_70_OR_OVER);
        NonTaxableUserRow f = rows.get(0);
        assertThat(f.under18() || f.aged70OrOver() || f.disability()).isFalse();
        assertThat(f.note().get().ja()).contains("第75条の3第1号").contains("国民スポーツ大会");
        assertThat(f.cardNumber()).isEmpty();
        assertThat(f.documents().map(m -> m.ja())).contains("知事が発行する国民スポーツ大会の証明書", "氏名・住所等を確認できる書類");
        assertThat(rows.get(1).note().get().ja()).contains("第75条の3第2号").contains("学校の教育活動");
        NonTaxableUserRow o = rows.get(2);
        assertThat(o.aged70OrOver()).isTrue();
        assertThat(o.note()).isEmpty();
        // the row lists what was shown or handed over, never the list entry or the filing themselves
        assertThat(o.documents().map(m -> m.ja())).contains("自動車運転免許証")
                .noneMatch(s -> s.contains("一覧表への記載")).noneMatch(s -> s.contains("納入申告書に添付"));
    }

    @Test
    @DisplayName("第2・9, 様式第36号付表: one row per reduced visit with date, name, case, fee charged and tax")
    void reducedRateRows() {
        Visit early = Visit.of("e", course(4), APRIL.atDay(11), licensed(ADULT),
                new Play.EarlyMorning(true, LocalTime.of(9, 30)), Yen.of(4000));
        Visit normal = visit("n", 4, licensed(ADULT), Play.normal(), 8000);
        List<ReducedRateRow> rows = MonthlyReturn.build(APRIL, List.of(normal, early)).get().reducedRateRegister();
        assertThat(rows).hasSize(1);
        ReducedRateRow r = rows.head();
        assertThat(r.useDate()).isEqualTo(APRIL.atDay(11));
        assertThat(r.name()).isEqualTo("熊本 太郎");
        assertThat(r.reductionCase()).isEqualTo(ReductionCase.EARLY_MORNING);
        assertThat(r.feeCharged()).isEqualTo(Option.of(Yen.of(4000)));
        assertThat(r.tax()).isEqualTo(Yen.of(400));
    }

    @Test
    @DisplayName("lines by grade first, then business use → exemptions → reductions → standard (ruling 6), whatever the order given")
    void lineOrder() {
        List<Visit> visits = List.of(
                visit("1", 5, licensed(ADULT), Play.normal(), 8000),
                visit("2", 4, licensed(ADULT), Play.normal(), 8000),
                visit("3", 4, licensed(ADULT), new Play.RestrictedCourse(9), 4000),
                visit("4", 4, licensed(LocalDate.of(1950, 1, 1)), Play.normal(), 8000),
                visit("5", 4, licensed(LocalDate.of(2012, 1, 1)), Play.normal(), 8000),
                visit("6", 4, licensed(ADULT), new Play.BusinessUse(BusinessUseItem.OWN_COURSE_STAFF_RECREATION, true,
                        Option.none()), 0),
                visit("7", 4, licensed(ADULT), new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, true,
                        Option.none()), 0),
                visit("8", 1, licensed(ADULT), Play.normal(), 8000));
        MonthlyReturn r = MonthlyReturn.build(APRIL, visits).get();
        assertThat(r.lines().map(l -> l.grade().value() + " " + l.treatment().key() + " " + l.tally().count() + " "
                + l.tally().tax().amount())).containsExactly(
                        "1 standard 1 440",
                        "4 not-taxable:OWN_COURSE_MAINTENANCE 1 0",
                        "4 not-taxable:OWN_COURSE_STAFF_RECREATION 1 0",
                        "4 exempt:UNDER_18 1 0",
                        "4 exempt:AGED_70_OR_OVER 1 0",
                        "4 reduced:NINE_HOLES_OR_FEWER 1 400",
                        "4 standard 1 800",
                        "5 standard 1 950");
        assertThat(r.totalTax()).isEqualTo(Yen.of(440 + 400 + 800 + 950));
        assertThat(r.visits().map(a -> a.visit().id())).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    @DisplayName("build: a missing month, visit list, rate catalogue or visit is a 'required' problem naming it")
    void missingInputs() {
        List<Visit> none = List.empty();
        assertThat(MonthlyReturn.build(null, none).getError().map(Problem::field)).containsExactly("month");
        assertThat(MonthlyReturn.build(APRIL, null).getError().map(Problem::field)).containsExactly("visits");
        assertThat(MonthlyReturn.build(APRIL, none, null).getError().map(Problem::field)).containsExactly("rates");
        java.util.List<Visit> withNull = new java.util.ArrayList<>();
        withNull.add(visit("1", 4, licensed(ADULT), Play.normal(), 8000));
        withNull.add(null);
        assertThat(MonthlyReturn.build(APRIL, withNull).getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("visits[1]/required");
        assertThat(MonthlyReturn.build(APRIL, none).get().totalTax()).isEqualTo(Yen.ZERO);
    }

    @Test
    @DisplayName("別記第4号様式: the annex counts each item of 第5 over the months given, zeros included")
    void cumulativeAnnex() {
        Visit pro = visit("p", 4, licensed(ADULT), new Play.BusinessUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING, true,
                Option.none()), 0);
        MonthlyReturn april = MonthlyReturn.build(APRIL, List.of(pro)).get();
        assertThat(MonthlyReturn.cumulativeBusinessUse(List.of(april, april)).get(BusinessUseItem.OWN_COURSE_PRO_TRAINING))
                .contains(2);
        assertThat(MonthlyReturn.cumulativeBusinessUse(List.empty()).values()).hasSize(8).containsOnly(0);
        assertThat(MonthlyReturn.cumulativeBusinessUse(List.of(april)).keySet().toList())
                .containsExactly(BusinessUseItem.values());
    }

    @Test
    @DisplayName("audit: a visit the course did not declare is a difference of its whole tax; null inputs are refused")
    void auditUndeclared() {
        MonthlyReturn r = MonthlyReturn.build(APRIL, List.of(visit("1", 4, licensed(ADULT), Play.normal(), 8000),
                visit("2", 4, licensed(ADULT), new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, true,
                        Option.none()), 0))).get();
        MonthlyAudit a = MonthlyAudit.of(r, Yen.ZERO, HashMap.empty());
        assertThat(a.differences().map(d -> d.visitId() + ":" + d.declared().isDefined() + ":" + d.difference()))
                .containsExactly("1:false:-800", "2:false:0");
        assertThat(a.totalDifference()).isEqualTo(-800);
        assertThat(a.unexplained()).isZero();
        assertThat(a.clean()).isFalse();
        // the totals agree but the visit records do not: not clean
        MonthlyAudit sameTotal = MonthlyAudit.of(r, Yen.of(800), HashMap.of("1", Yen.of(800)));
        assertThat(sameTotal.totalDifference()).isZero();
        assertThat(sameTotal.clean()).isFalse();
        assertThatThrownBy(() -> MonthlyAudit.of(null, Yen.ZERO, HashMap.empty())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MonthlyAudit.of(r, null, HashMap.empty())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MonthlyAudit.of(r, Yen.ZERO, null)).isInstanceOf(InvalidInputException.class);
    }
}
