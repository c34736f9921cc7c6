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
    private static final LegalBasis WINDOW_RULING = LegalBasis.ruling("kisoku ruling 9 (docs/rulings.md)",
            "an act counts on a date up to its third anniversary (3 years from the day after the act)");

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
                notApplied = notApplied.append(Reason.of("bicycle.course.after", a.act().basis(),
                        a + " は " + on + " より後の行為です", a + " is after " + on));
            } else if (a.date().isBefore(a.act().from())) {
                notApplied = notApplied.append(Reason.of("bicycle.course.type-in-force", a.act().basis(),
                        a + " の日には " + a.act().nameJa() + " はまだ危険行為ではありませんでした（" + a.act().from() + " から）",
                        a + ": " + a.act().nameEn() + " was not yet a dangerous act (from " + a.act().from() + ")"));
            } else if (age < age14) {
                notApplied = notApplied.append(Reason.of("bicycle.course.age-14", minAge.get().basis(),
                        a + " は行為時 " + age + " 歳（14歳未満）のため数えません",
                        a + " was done at age " + age + " (under 14) and does not count")
                        .withFigure("年齢", age));
            } else if (on.isAfter(lastCounted)) {
                notApplied = notApplied.append(Reason.of("bicycle.course.window", WINDOW_RULING,
                        a + " は3年を経過しています（" + lastCounted + " まで）",
                        a + " is older than 3 years (counted until " + lastCounted + ")"));
            } else {
                counted = counted.append(a);
            }
        }
        boolean met = counted.size() >= needed;
        List<Reason> reasons = List.of(
                Reason.of("bicycle.course.condition", years.get().basis(),
                        "3年以内に2回以上の危険行為: " + counted.size() + " 回 → " + (met ? "要件を満たします" : "要件を満たしません"),
                        "two or more dangerous acts within 3 years: " + counted.size() + " counted → "
                                + (met ? "the condition holds" : "the condition does not hold"))
                        .withFigures("回数", counted.size(), "必要回数", needed, "期間（年）", window),
                Reason.of("bicycle.course.window", WINDOW_RULING,
                        "行為は翌日から起算して3年の末日まで数えます（解釈）",
                        "an act counts until the last day of 3 years from the day after it (interpretation)"),
                Reason.of("bicycle.course.age-14", minAge.get().basis(),
                        "行為時14歳以上の行為だけを数えます（年齢は行為時）",
                        "only acts done at 14 or over at the moment count"));
        reasons = reasons.appendAll(counted.map(a -> Reason.of("bicycle.course.act", a.act().basis(),
                "数えた行為: " + a, "counted: " + a.date() + " " + a.act().nameEn())));
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
                ? List.of(Problem.of("periodEndInOrder", "period-over-3-months",
                        "命令の期間の末日 " + end + " が3か月の上限 " + max + " を超えています",
                        "the period in the order ends " + end + ", after the 3-month limit " + max))
                : !end.isAfter(orderDate)
                        ? List.of(Problem.of("periodEndInOrder", "period-before-order",
                                "命令の期間の末日 " + end + " が命令日 " + orderDate + " 以前です",
                                "the period in the order ends " + end + ", not after the order on " + orderDate))
                        : List.<Problem>empty());
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        LocalDate latest = periodEndInOrder.getOrElse(max);
        Reason limit = Reason.of("bicycle.course.period", months.get().basis(),
                "受講期間は命令の翌日から起算して3か月を超えない範囲（上限 " + max + "）",
                "the period may not exceed 3 months counted from the day after the order (limit " + max + ")")
                .withFigure("上限", max);
        Decision<LocalDate> d = Decision.of(latest, List.of(limit, Reason.of("bicycle.course.period-count",
                LegalPeriod.BASIS, "月の期間は暦に従い、応当日の前日（応当日がなければ月末）に満了します",
                "a period of months ends the day before the corresponding day, or at the month's end")),
                List.empty());
        for (LocalDate end : periodEndInOrder) {
            d = d.because(Reason.of("bicycle.course.order", months.get().basis(),
                    "命令に記載された期間の末日 " + end + " によります",
                    "the last day written in the order, " + end + ", applies").withFigure("命令の末日", end));
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
        return Decision.of(p).because(Reason.of("bicycle.course.penalty", p.basis(),
                "命令された期間内に受講しなかった場合: " + p.describe().ja(),
                "not attending within the ordered period: " + p.describe().en()));
    }
}
