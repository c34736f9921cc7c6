package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.calendar.FirstDay;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.calendar.RollDirection;
import io.github.kisoku.calendar.RolledDate;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Reasons;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The two 反則金 payment deadlines, each counted from the day after its event (民法第140条):
 * <ul>
 * <li>仮納付: 告知を受けた日の翌日から起算して七日以内 (道路交通法第129条第1項; seed: 告知の翌日から
 * 起算して7日以内);</li>
 * <li>納付: 通告を受けた日の翌日から起算して十日以内 (道路交通法第128条第1項; for a mailed 通告書,
 * from the 通告の日 written on it, 施行令第47条第2項).</li>
 * </ul>
 * The law has no roll-forward; by the kisoku ruling 3, docs/rulings.md a last day on a bank closing day
 * moves to the next bank business day, flagged UNCONFIRMED, and both days are shown. A deadline
 * printed on the ticket or slip wins (施行令第46条: the 告知書 states the 仮納付の期限).
 *
 * <p>Static functions only; thread-safe.
 */
public final class PaymentDeadlines {
    static final Message PROVISIONAL = BicycleRule.DEADLINE_PROVISIONAL.named("step");
    static final Message PAYMENT = BicycleRule.DEADLINE_PAYMENT.named("step");
    private static final LegalBasis PROVISIONAL_SEED =
            Sources.seed("反則金の納付手続きについて（告知を受けた日の翌日から7日以内）");
    private static final LegalBasis PAYMENT_SEED =
            Sources.seed("反則金の納付手続きについて（通告を受けた日の翌日から10日以内）");
    private static final EffectiveTimeline<Long> PROVISIONAL_DAYS = Figures.timeline("PROVISIONAL_PAYMENT_DAYS");
    private static final EffectiveTimeline<Long> PAYMENT_DAYS = Figures.timeline("PAYMENT_DAYS");
    private static final Reason PROVISIONAL_SAME = Reason.of(BicycleRule.DEADLINE_SEED, PROVISIONAL_SEED);
    private static final Reason PAYMENT_SAME = Reason.of(BicycleRule.DEADLINE_SEED, PAYMENT_SEED);
    private static final Reason FIRST_DAY_EXCLUDED = Reason.of(BicycleRule.DEADLINE_PERIOD);
    private static final Reason ROLL_MOVED = Reason.of(BicycleRule.DEADLINE_ROLL).variant("moved");
    private static final String ROLLED = "繰越し後";
    private static final String LAST_DAY = "法定の末日";

    private PaymentDeadlines() {
    }

    /**
     * The deadlines without a printed one, built once for every day of {@link ByDate}'s window
     * from the first day each period is in force: a deadline depends on nothing but its day, and
     * this is the one part of a blue ticket's answer that is. Each holder is loaded when its kind
     * is first asked for, so a program that never asks builds neither.
     */
    private static final class Provisional {
        static final ByDate<Validation<Seq<Problem>, Decision<PaymentDeadline>>> ON = ByDate.from(
                PROVISIONAL_DAYS.versions().head().from(), day -> provisionalComputed(day, Option.none()));
    }

    /** The same for the deadline after a 通告. */
    private static final class Payment {
        static final ByDate<Validation<Seq<Problem>, Decision<PaymentDeadline>>> ON = ByDate.from(
                PAYMENT_DAYS.versions().head().from(), day -> paymentComputed(day, Option.none()));
    }

    /**
     * The 仮納付 deadline for a ticket handed over on a notice date.
     *
     * @param noticeDate the day the ticket was handed over (告知日)
     * @param printed the deadline printed on the ticket, if known
     * @return the deadline with its reasons, or why it cannot be computed (no date; before 2026-04-01)
     */
    public static Validation<Seq<Problem>, Decision<PaymentDeadline>> provisionalPayment(LocalDate noticeDate,
            Option<LocalDate> printed) {
        if (noticeDate != null && printed != null && printed.isEmpty() && Provisional.ON.covers(noticeDate)) {
            return Provisional.ON.at(noticeDate);
        }
        return provisionalComputed(noticeDate, printed);
    }

    /** The 仮納付 deadline as the rule works it out, for a day the table does not hold or a printed deadline. */
    static Validation<Seq<Problem>, Decision<PaymentDeadline>> provisionalComputed(LocalDate noticeDate,
            Option<LocalDate> printed) {
        return deadline(PROVISIONAL, "noticeDate", noticeDate, PROVISIONAL_DAYS, BicycleRule.DEADLINE_PROVISIONAL,
                "告知日", printed, PROVISIONAL_SAME);
    }

    /**
     * The deadline to pay after a 通告, counted from the day of the 通告 (for a mailed 通告書, the
     * 通告の日 written on it).
     *
     * @param notificationDate the day of the 通告
     * @param printed the deadline printed on the 通告書 or slip, if known
     * @return the deadline with its reasons, or why it cannot be computed
     */
    public static Validation<Seq<Problem>, Decision<PaymentDeadline>> payment(LocalDate notificationDate,
            Option<LocalDate> printed) {
        if (notificationDate != null && printed != null && printed.isEmpty() && Payment.ON.covers(notificationDate)) {
            return Payment.ON.at(notificationDate);
        }
        return paymentComputed(notificationDate, printed);
    }

    /** The deadline after a 通告 as the rule works it out, for a day the table does not hold or a printed deadline. */
    static Validation<Seq<Problem>, Decision<PaymentDeadline>> paymentComputed(LocalDate notificationDate,
            Option<LocalDate> printed) {
        return deadline(PAYMENT, "notificationDate", notificationDate, PAYMENT_DAYS, BicycleRule.DEADLINE_PAYMENT,
                "通告日", printed, PAYMENT_SAME);
    }

    private static Validation<Seq<Problem>, Decision<PaymentDeadline>> deadline(Message step, String field,
            LocalDate from, EffectiveTimeline<Long> figure, BicycleRule rule, String fromFigure, Option<LocalDate> printed,
            Reason sameCount) {
        if (from == null) {
            return Validation.invalid(List.of(Problem.required(field)));
        }
        if (printed == null) {
            return Validation.invalid(List.of(Problem.required("printed")));
        }
        var days = figure.at(from);
        if (days.isLeft()) {
            return Validation.invalid(List.of(days.getLeft().asProblem(field)));
        }
        if (printed.isDefined() && printed.get().isBefore(from)) {
            return Validation.invalid(List.of(Problem.of(BicycleProblem.PRINTED_BEFORE_EVENT, "printed")
                    .withFigures("printed", printed.get(), "from", from)));
        }
        return Validation.valid(decide(step, from, days.get(), rule, fromFigure, printed, sameCount));
    }

    /** The deadline from valid inputs, with its reasons. */
    private static Decision<PaymentDeadline> decide(Message step, LocalDate from, Effective<Long> n, BicycleRule rule,
            String fromFigure, Option<LocalDate> printed, Reason sameCount) {
        long count = n.value();
        LocalDate last = LegalPeriod.ofDays((int) count).lastDay(from, FirstDay.EXCLUDED);
        RolledDate rolled = ClosedDays.bank().roll(last, RollDirection.FORWARD);
        LocalDate moved = rolled.rolled();
        PaymentDeadline d = PaymentDeadline.of(step, from, rolled, printed);
        boolean rollApplies = rolled.moved() && printed.isEmpty();
        // Room for all: the days, the seed, the first day excluded, the roll either way, the printed
        // deadline. Not sized to the case: the deadlines asked about are made once, for the days of
        // the table (ByDate), so the copy of a buffer not filled costs nothing per question.
        Reasons reasons = Reasons.expecting(5, 1);
        reasons.because(Reason.of(rule, n.basis(), "日数", count, LAST_DAY, last, fromFigure, from));
        reasons.because(sameCount);
        reasons.because(FIRST_DAY_EXCLUDED);
        Reason roll = roll(last, rolled);
        if (rollApplies) {
            reasons.because(roll);
        } else {
            reasons.notApplied(roll);
        }
        if (printed.isDefined()) {
            LocalDate p = printed.get();
            boolean same = p.equals(moved) || p.equals(last);
            Reason wins = Reason.of(BicycleRule.DEADLINE_PRINTED).withFigure("印字された期限", p);
            reasons.because(same ? wins : wins.variant("differs").withFigure("計算上の期限", moved));
        }
        return reasons.decide(d);
    }

    /** Whether the last day moved off a bank closing day (kisoku ruling 3, docs/rulings.md, unconfirmed). */
    private static Reason roll(LocalDate last, RolledDate rolled) {
        LocalDate moved = rolled.rolled();
        // the days skipped as a list, shown as a lazy list was: a Lazy held a lock of its own
        return rolled.moved()
                ? ROLL_MOVED.withFigures(ROLLED, moved, LAST_DAY, last, "休日", rolled.skippedDays())
                : Reason.of(BicycleRule.DEADLINE_ROLL, BicycleRule.DEADLINE_ROLL.basis(), ROLLED, moved, LAST_DAY, last);
    }
}
