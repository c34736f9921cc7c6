package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;

/** A course and helpers shared by the golftax tests. */
public final class Fixtures {
    /** A weekday (Wednesday) in April 2026. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 4, 8);
    /** A Saturday. */
    static final LocalDate SATURDAY = LocalDate.of(2026, 4, 11);
    /** 昭和の日, a Wednesday holiday. */
    static final LocalDate SHOWA_DAY = LocalDate.of(2026, 4, 29);

    private Fixtures() {
    }

    /**
     * Normal fees: weekday 8,000 / 12,000, Saturday and holidays 10,000 / 16,000. Senior fee on
     * weekdays only, exactly 1/5 below both; early-morning 4,000 and closed-day 3,000 every day;
     * nine-hole 4,000 every day (half of the weekday member fee, exactly).
     */
    static CourseFeeTable fees() {
        return CourseFeeTable.of(Yen.of(8000), Yen.of(12000), Yen.of(10000), Yen.of(16000), Yen.of(10000), Yen.of(16000))
                .withSpecial(SpecialFeeCategory.SENIOR_65_TO_69, DayType.WEEKDAY,
                        new SpecialFee(Yen.of(6400), Yen.of(9600)))
                .withSpecialEveryDay(SpecialFeeCategory.EARLY_MORNING, SpecialFee.forAll(Yen.of(4000)))
                .withSpecialEveryDay(SpecialFeeCategory.CLOSED_DAY_SELF_BAG, SpecialFee.forAll(Yen.of(3000)))
                .withSpecialEveryDay(SpecialFeeCategory.NINE_HOLES_OR_FEWER, SpecialFee.forAll(Yen.of(4000)));
    }

    /** A grade-4 member course (800 yen, reduced 400). */
    public static Course course() {
        return course(fees());
    }

    static Course course(CourseFeeTable fees) {
        return Course.of("阿蘇テストカントリークラブ", 4, 27, CourseType.MEMBER, false, Option.of(Yen.of(1800)), fees);
    }

    static Person person(LocalDate birth, Option<AgeDocument> doc) {
        return Person.of("熊本 太郎", birth, doc, Option.none());
    }

    static Person licensed(LocalDate birth) {
        return person(birth, Option.of(AgeDocument.DRIVING_LICENCE));
    }

    static Visit visit(LocalDate date, Person person, Play play, long fee) {
        return Visit.of("V1", course(), date, person, play, Yen.of(fee));
    }

    static Decision<VisitAssessment> assess(Visit visit) {
        return io.github.kisoku.kernel.Texts.readable(GolfTaxRules.assess(visit).get());
    }

    static Decision<VisitAssessment> assess(LocalDate date, Person person, Play play, long fee) {
        return assess(visit(date, person, play, fee));
    }

    /** The bundle key of every reason, applied or not, that its rule's words say it with ({@code id#variant}). */
    static io.vavr.collection.List<String> keys(Decision<?> d) {
        return d.reasons().appendAll(d.notApplied()).toList().map(r -> r.words()._2);
    }

    /** The figures of the one reason of a rule, applied or not. */
    static java.util.Map<String, String> figures(Decision<?> d, String rule) {
        return d.reasons().appendAll(d.notApplied()).find(r -> r.id().equals(rule)).get().figures().shown().toJavaMap();
    }

    /**
     * The figures of the first reason, applied or not, said under a key ({@code id#variant}): for a rule that gives
     * several reasons in one decision.
     */
    static java.util.Map<String, String> figuresAt(Decision<?> d, String key) {
        return d.reasons().appendAll(d.notApplied()).find(r -> r.words()._2.equals(key)).get().figures().shown().toJavaMap();
    }
}
