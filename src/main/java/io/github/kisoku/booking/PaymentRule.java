package io.github.kisoku.booking;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.calendar.RollDirection;
import io.github.kisoku.calendar.RolledDate;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * When a hold (仮予約) must be paid, or it is cancelled automatically (支払期限). Under the city's
 * 2023 notice, priority bookings and lottery wins are paid by 17:00 on the last day of the month,
 * and when that day is a closed day the deadline moves back to the last open day, not forward
 * ({@link MonthEnd}); this is a dated default flagged as an old-system notice (ruling 7). The
 * deadline of first-come holds is not published and is caller-supplied. Immutable and thread-safe.
 */
public sealed interface PaymentRule permits PaymentRule.MonthEnd, PaymentRule.DaysAfterRequest {
    /**
     * The 2023 notice's rule: 17:00 on the last day of the month in which the hold was made,
     * moved back over the facility's closed days.
     *
     * @return the rule
     */
    static PaymentRule monthEnd1700() {
        return new MonthEnd(LocalTime.of(17, 0));
    }

    /**
     * The deadline of a hold made at a time.
     *
     * @param createdAt when the hold was made (the win, the priority booking)
     * @param closedDays the facility's closed days (休館日), if supplied
     * @param basis the basis of this rule as set
     * @return the deadline with its reasons
     */
    Decision<LocalDateTime> deadline(LocalDateTime createdAt, Option<ClosedDays> closedDays, LegalBasis basis);

    /**
     * A month-end deadline at a time, moved back to the last open day when the month's last day
     * is closed (2023 notice: 「月末が休館日の場合は、最終開館日となります(翌開館日ではありません)」).
     *
     * @param at the time on the last day (17:00 in the notice)
     */
    record MonthEnd(LocalTime at) implements PaymentRule {
        /**
         * Checks the rule.
         *
         * @param at the time on the last day
         */
        public MonthEnd {
            Require.nonNull(at, "at");
        }

        @Override
        public Decision<LocalDateTime> deadline(LocalDateTime createdAt, Option<ClosedDays> closedDays,
                LegalBasis basis) {
            LocalDate monthEnd = YearMonth.from(createdAt).atEndOfMonth();
            Reason counted = Reason.of(BookingRule.PAYMENT_MONTH_END, basis)
                    .withFigures("monthEnd", monthEnd, "at", at);
            if (closedDays.isEmpty()) {
                return Decision.of(monthEnd.atTime(at)).because(counted)
                        .because(Reason.of(BookingRule.PAYMENT_CLOSED_DAYS_UNKNOWN));
            }
            RolledDate rolled = closedDays.get().roll(monthEnd, RollDirection.BACKWARD);
            Decision<LocalDateTime> d = Decision.of(rolled.rolled().atTime(at)).because(counted);
            Reason roll = Reason.of(BookingRule.PAYMENT_ROLL_BACK).withFigures("skipped",
                    rolled.skipped().mkString(", "), "monthEnd", monthEnd);
            return rolled.moved() ? d.because(roll.variant("moved").withFigure("lastOpenDay", rolled.rolled()))
                    : d.notApplied(roll.variant("open"));
        }
    }

    /**
     * A deadline a number of days after the hold is made, at a time (a caller's setting for
     * first-come holds; no Kawaguchi figure is published). It is not moved off closed days.
     *
     * @param days days after the day the hold is made, zero or more
     * @param at the time on that day
     */
    record DaysAfterRequest(int days, LocalTime at) implements PaymentRule {
        /**
         * Checks the rule.
         *
         * @param days days after the hold is made
         * @param at the time on that day
         */
        public DaysAfterRequest {
            Require.nonNull(at, "at");
            if (days < 0) {
                throw InvalidInputException.of(List.of(Problem.of(BookingProblem.PAYMENT_DAYS, "days")));
            }
        }

        @Override
        public Decision<LocalDateTime> deadline(LocalDateTime createdAt, Option<ClosedDays> closedDays,
                LegalBasis basis) {
            LocalDateTime d = createdAt.toLocalDate().plusDays(days).atTime(at);
            return Decision.of(d).because(Reason.of(BookingRule.PAYMENT_DAYS_AFTER, basis)
                    .withFigures("deadline", d, "days", days, "at", at));
        }
    }
}
