package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.calendar.FirstDay;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The riders' course (自転車運転者講習, 道路交通法第108条の3の5第2項; seed: 自転車運転者講習制度):
 * when the order condition holds, the latest day to attend, and the penalty for not attending.
 *
 * <p>The condition: two or more dangerous acts (detected or causing an accident) within three
 * years, counting only acts done at 14 or over at the moment of the act (Kanagawa police
 * mesf0281; {@link AgeReading#AT_MOMENT}). How the three years are measured is not in the sources
 * read (the 府令 wording is UNCONFIRMED); this library counts an act on a date when the date is
 * not after the act's third anniversary (民法第140条・第143条: three years from the day after the
 * act), an interpretation. Either way the condition can only become true as acts are added.
 *
 * <p>Static functions only; thread-safe.
 */
public final class RidersCourse {

    private RidersCourse() {
    }

    /**
     * Whether the course condition holds on a date.
     *
     * @param history the rider's acts
     * @param on the date asked about
     * @return the answer with the acts that counted, why each other act did not count, or the problems
     */
    public static Validation<Seq<Problem>, Decision<CourseCondition>> condition(RidingHistory history,
            LocalDate on) {
        if (history == null || on == null) {
            return Validation.invalid(List.of(history == null ? Problem.required("history") : Problem.required("on")));
        }
        Either<io.github.kisoku.kernel.NotInForce, Effective<Long>> years = Figures.at("COURSE_WINDOW_YEARS", on);
        Either<io.github.kisoku.kernel.NotInForce, Effective<Long>> count = Figures.at("COURSE_ACT_COUNT", on);
        Either<io.github.kisoku.kernel.NotInForce, Effective<Long>> minAge = Figures.at("COURSE_MIN_AGE", on);
        if (years.isLeft() || count.isLeft() || minAge.isLeft()) {
            return Validation.invalid(List.of(years.swap().getOrElse(() -> count.swap().getOrElse(minAge.getLeft()))
                    .asProblem("on")));
        }
        int window = years.get().value().intValue();
        long needed = count.get().value();
        long age14 = minAge.get().value();
        List<Reason> notApplied = List.empty();
        List<DangerousActRecord> counted = List.empty();
        for (DangerousActRecord a : history.acts()) {
            int age = Age.of(history.birthDate(), a.date(), AgeReading.AT_MOMENT);
            LocalDate lastCounted = LegalPeriod.ofYears(window).lastDay(a.date(), FirstDay.EXCLUDED);
            if (a.date().isAfter(on)) {
                notApplied = notApplied.append(Reason.of(BicycleRule.COURSE_AFTER, a.act().basis())
                        .withFigures("行為", a.describe(), "基準日", on));
            } else if (a.date().isBefore(a.act().from())) {
                notApplied = notApplied.append(Reason.of(BicycleRule.COURSE_TYPE_IN_FORCE, a.act().basis())
                        .withFigures("行為", a.describe(), "危険行為", a.act().name(), "施行日", a.act().from()));
            } else if (age < age14) {
                notApplied = notApplied.append(Reason.of(BicycleRule.COURSE_AGE_14, minAge.get().basis()).variant("under")
                        .withFigures("年齢", age, "行為", a.describe()));
            } else if (on.isAfter(lastCounted)) {
                notApplied = notApplied.append(Reason.of(BicycleRule.COURSE_WINDOW).variant("expired")
                        .withFigures("行為", a.describe(), "最終日", lastCounted));
            } else {
                counted = counted.append(a);
            }
        }
        boolean met = counted.size() >= needed;
        List<Reason> reasons = List.of(
                (met ? Reason.of(BicycleRule.COURSE_CONDITION, years.get().basis())
                        : Reason.of(BicycleRule.COURSE_CONDITION, years.get().basis()).variant("not-met"))
                        .withFigures("回数", counted.size(), "必要回数", needed, "期間（年）", window),
                Reason.of(BicycleRule.COURSE_WINDOW),
                Reason.of(BicycleRule.COURSE_AGE_14, minAge.get().basis()));
        reasons = reasons.appendAll(counted.map(a -> Reason.of(BicycleRule.COURSE_ACT, a.act().basis())
                .withFigures("日付", a.date(), "番号", a.act().number(), "危険行為", a.act().name())
                .withFigure("種別", a.how())));
        return Validation.valid(Decision.of(new CourseCondition(met, counted), reasons, notApplied));
    }

    /**
     * The latest day to attend the course: the end of the period written in the order, which may
     * not exceed three months (三月を超えない範囲内), counted from the day after the order
     * (民法第140条・第143条).
     *
     * @param orderDate the day of the order
     * @param periodEndInOrder the last day written in the order, if known
     * @return the latest day with its reasons, or the problems (e.g. a period over 3 months)
     */
    public static Validation<Seq<Problem>, Decision<LocalDate>> latestAttendanceDate(LocalDate orderDate,
            Option<LocalDate> periodEndInOrder) {
        if (orderDate == null || periodEndInOrder == null) {
            return Validation.invalid(List.of(orderDate == null ? Problem.required("orderDate")
                    : Problem.required("periodEndInOrder")));
        }
        var months = Figures.at("COURSE_PERIOD_MAX_MONTHS", orderDate);
        if (months.isLeft()) {
            return Validation.invalid(List.of(months.getLeft().asProblem("orderDate")));
        }
        int m = months.get().value().intValue();
        LocalDate max = LegalPeriod.ofMonths(m).lastDay(orderDate, FirstDay.EXCLUDED);
        List<Problem> problems = periodEndInOrder.toList().flatMap(end -> end.isAfter(max)
                ? List.of(Problem.of(BicycleProblem.PERIOD_OVER_3_MONTHS, "periodEndInOrder")
                        .withFigures("end", end, "max", max))
                : !end.isAfter(orderDate)
                        ? List.of(Problem.of(BicycleProblem.PERIOD_BEFORE_ORDER, "periodEndInOrder")
                                .withFigures("end", end, "orderDate", orderDate))
                        : List.<Problem>empty());
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        LocalDate latest = periodEndInOrder.getOrElse(max);
        Reason limit = Reason.of(BicycleRule.COURSE_PERIOD, months.get().basis()).withFigure("上限", max);
        Decision<LocalDate> d = Decision.of(latest, List.of(limit, Reason.of(BicycleRule.COURSE_PERIOD_COUNT)),
                List.empty());
        for (LocalDate end : periodEndInOrder) {
            d = d.because(Reason.of(BicycleRule.COURSE_ORDER, months.get().basis()).withFigure("命令の末日", end));
        }
        return Validation.valid(d);
    }

    /**
     * The penalty for not attending the course when ordered.
     *
     * @return 5万円以下の罰金, with its basis (seed; the penal article is UNCONFIRMED)
     */
    public static Decision<MaximumPenalty> penaltyForNotAttending() {
        MaximumPenalty p = MaximumPenalty.forKey("COURSE_NOT_ATTENDED")
                .getOrElseThrow(() -> new BundledCsv.BrokenData("penalties.csv: no COURSE_NOT_ATTENDED"));
        return Decision.of(p).because(Reason.of(BicycleRule.COURSE_PENALTY, p.basis()).withFigure("法定刑", p.describe()));
    }
}
