package io.github.kisoku.golftax;

import static io.github.kisoku.golftax.Fixtures.licensed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.golftax.io.VisitCsv;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonthlyReturnTest {
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final Course COURSE = Fixtures.course();

    private static Visit v(String id, int day, LocalDate birth, Play play, long fee) {
        return Visit.of(id, COURSE, APRIL.atDay(day), licensed(birth), play, Yen.of(fee));
    }

    private static List<Visit> month() {
        return List.of(
                v("001", 8, LocalDate.of(1980, 1, 1), Play.normal(), 8000),
                v("002", 8, LocalDate.of(2012, 1, 1), Play.normal(), 4000),
                v("003", 8, LocalDate.of(1950, 1, 1), Play.normal(), 8000),
                v("004", 8, LocalDate.of(1959, 1, 1), Play.normal(), 6400),
                v("005", 11, LocalDate.of(1985, 1, 1), new Play.EarlyMorning(true, LocalTime.of(9, 30)), 4000),
                v("006", 9, LocalDate.of(1990, 1, 1),
                        new Play.BusinessUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING, true, Option.none()), 0),
                v("007", 9, LocalDate.of(1991, 1, 1),
                        new Play.BusinessUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING, true, Option.none()), 0),
                v("008", 29, LocalDate.of(1970, 1, 1), Play.normal(), 16000));
    }

    @Test
    @DisplayName("第1・8, 第2・9, 第5: a month's return — lines by grade and treatment, lists, counts, total")
    void builds() {
        MonthlyReturn r = MonthlyReturn.build(APRIL, month()).get();
        assertThat(r.totalTax()).isEqualTo(Yen.of(800 + 400 + 400 + 800));
        assertThat(r.lines().map(l -> l.treatment().key() + "=" + l.tally().count() + "/" + l.tally().tax().amount()))
                .containsExactly("not-taxable:OWN_COURSE_PRO_TRAINING=2/0", "exempt:UNDER_18=1/0",
                        "exempt:AGED_70_OR_OVER=1/0", "reduced:SENIOR_65_TO_69=1/400", "reduced:EARLY_MORNING=1/400",
                        "standard=2/1600");
        assertThat(r.nonTaxableUsers().map(u -> u.under18() + "/" + u.aged70OrOver() + "/" + u.disability()))
                .containsExactly("true/false/false", "false/true/false");
        assertThat(r.nonTaxableUsers().head().documents().map(m -> m.ja())).contains("自動車運転免許証");
        assertThat(r.reducedRateRegister().map(ReducedRateRow::reductionCase))
                .containsExactly(ReductionCase.SENIOR_65_TO_69, ReductionCase.EARLY_MORNING);
        assertThat(r.businessUseCounts().get(BusinessUseItem.OWN_COURSE_PRO_TRAINING)).contains(2);
        assertThat(r.businessUseCounts().get(BusinessUseItem.OPENING_INVITATION)).contains(0);
        assertThat(r.businessUseCounts()).hasSize(8);
        assertThat(r.totalReason().words()._2).isEqualTo("golftax.monthly-total");
        assertThat(r.totalReason().figures().shown().toJavaMap()).containsEntry("total", "2,400円")
                .containsEntry("visits", "8").containsEntry("month", "2026-04");
        MonthlyReturn may = MonthlyReturn.build(YearMonth.of(2026, 5), List.of(Visit.of("m1", COURSE,
                LocalDate.of(2026, 5, 7), licensed(LocalDate.of(1990, 1, 1)),
                new Play.BusinessUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING, true, Option.none()), Yen.ZERO))).get();
        assertThat(MonthlyReturn.cumulativeBusinessUse(List.of(r, may)).get(BusinessUseItem.OWN_COURSE_PRO_TRAINING))
                .contains(3);
    }

    @Test
    @DisplayName("audit: every visit whose declared tax differs, and the total difference")
    void audit() {
        MonthlyReturn r = MonthlyReturn.build(APRIL, month()).get();
        HashMap<String, Yen> declared = HashMap.of("001", Yen.of(800), "002", Yen.of(0), "003", Yen.of(0),
                "004", Yen.of(800), "005", Yen.of(400), "006", Yen.of(0), "007", Yen.of(0))
                .put("999", Yen.of(800));
        MonthlyAudit a = MonthlyAudit.of(r, Yen.of(3200), declared);
        assertThat(a.totalDifference()).isEqualTo(800);
        assertThat(a.differences().map(d -> d.visitId() + ":" + d.difference()))
                .containsExactly("004:400", "008:-800", "999:800");
        assertThat(a.differences().head().computed().get().treatment())
                .isEqualTo(new Treatment.Reduced(ReductionCase.SENIOR_65_TO_69));
        assertThat(a.unexplained()).isEqualTo(3200 - 2800);
        assertThat(a.clean()).isFalse();
        assertThat(MonthlyAudit.of(r, r.totalTax(), HashMap.ofEntries(r.visits().map(v ->
                io.vavr.Tuple.of(v.visit().id(), v.tax())))).clean()).isTrue();
    }

    @Test
    @DisplayName("a visit outside the month and a repeated id are problems, all reported")
    void rejectsOtherMonths() {
        Visit may = Visit.of("001", COURSE, LocalDate.of(2026, 5, 1), licensed(LocalDate.of(1980, 1, 1)),
                Play.normal(), Yen.of(8000));
        Validation<Seq<Problem>, MonthlyReturn> r = MonthlyReturn.build(APRIL, month().append(may));
        assertThat(r.getError().map(Problem::code)).containsExactly("outside-month", "duplicate-id");
        Visit old = Visit.of("X", COURSE, LocalDate.of(2019, 4, 1), licensed(LocalDate.of(1980, 1, 1)),
                Play.normal(), Yen.of(8000));
        assertThat(MonthlyReturn.build(YearMonth.of(2019, 4), List.of(old)).getError().head().field())
                .isEqualTo("visits[0].useDate");
    }

    @Test
    @DisplayName("inputs accumulate every problem: course, person, visit, competition, grade")
    void validation() {
        assertThat(Course.validate(" ", 9, 0, null, false, Option.none(), (CourseFeeTable) null).getError().map(Problem::field))
                .containsExactly("name", "grade", "holes", "type", "fees");
        assertThat(Person.validate("", null, Option.none(), Option.none()).getError().map(Problem::field))
                .containsExactly("name", "birthDate");
        assertThat(Visit.validate("V", COURSE, LocalDate.of(1979, 1, 1), licensed(LocalDate.of(1980, 1, 1)),
                null, Yen.ZERO).getError().map(Problem::code)).containsExactly("required", "before-birth");
        assertThat(Competition.validate("C", CompetitionOrganizer.OTHER, LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 4, 9), List.of(LocalDate.of(2026, 4, 10)), Yen.ZERO, Option.none(), true)
                .getError().map(Problem::code)).containsExactly("until-before-from", "practice-not-before-first-day");
        assertThatThrownBy(() -> Grade.of(8)).isInstanceOf(InvalidInputException.class).hasMessageContaining("grade");
        assertThatThrownBy(() -> new Play.RestrictedCourse(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("VisitCsv: each row validated on its own, problems named by line")
    void csv() {
        String text = String.join("\n", "# test", VisitCsv.HEADER,
                "001,2026-04-08,熊本 太郎,1980-01-01,,,NORMAL,8000,800",
                "002,2026-04-31,阿蘇 花子,1950-01-01,PASSPORT,,FLYING,8000,",
                "003,2026-04-09,菊池 次郎,1990-01-01,,PHYSICAL:熊本県 1,BUSINESS:(1)イ,0,0",
                "004,2026-04-09,,1990-01-01,,,EARLY_MORNING:09:30,-5,");
        List<Validation<Seq<Problem>, VisitRow>> rows = VisitCsv.parse(text, COURSE);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get().declaredTax()).contains(Yen.of(800));
        assertThat(rows.get(0).get().line()).isEqualTo(3);
        assertThat(rows.get(1).getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 4.use_date/invalid-date", "line 4.play/bad-play");
        assertThat(rows.get(2).get().visit().play())
                .isEqualTo(new Play.BusinessUse(BusinessUseItem.OWN_COURSE_PRO_TRAINING, true, Option.none()));
        assertThat(rows.get(2).get().visit().person().disabilityCard().get().number()).isEqualTo("熊本県 1");
        assertThat(rows.get(3).getError().map(p -> p.field() + "/" + p.code()))
                .containsExactly("line 6.fee_charged/negative-amount");
        assertThat(VisitCsv.parse("a,b\n", COURSE).head().getError().head().code()).isEqualTo("bad-header");
    }
}
