package io.github.kisoku.booking.account;

import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.booking.RuleSet;
import io.github.kisoku.calendar.FirstDay;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The renewal of a group's registration (有効期限の更新), manual §1 (CONFIRMED): +3 years in the
 * new system (+2 in the old); processing takes 1 to 2 weeks, so the answer says by when to apply;
 * the old system's warning 4 months before expiry, which the new system dropped, is offered.
 * Whether the years count from the old expiry or from the renewal date is not published: both
 * readings are given. Periods are counted under 民法143条 ({@link LegalPeriod}). Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Renewal {

    Renewal() {
    }

    /**
     * The renewal of a registration.
     *
     * @param validUntil the current last valid day
     * @param renewalDate the day the renewal takes effect
     * @param ruleSet the rule set on the expiry day (new when the expiry falls after the
     *     facility's migration: 「新システム移行後に有効期限を迎え」)
     * @return both readings and the apply-by dates, with reasons
     */
    public static Decision<Renewal> of(LocalDate validUntil, LocalDate renewalDate, RuleSet ruleSet) {
        Require.nonNull(validUntil, "validUntil");
        Require.nonNull(renewalDate, "renewalDate");
        Require.nonNull(ruleSet, "ruleSet");
        LegalPeriod years = LegalPeriod.ofYears(ruleSet.renewalYears());
        LocalDate fromOld = years.lastDay(validUntil, FirstDay.EXCLUDED);
        LocalDate fromRenewal = years.lastDay(renewalDate.minusDays(1), FirstDay.EXCLUDED);
        int fewest = ruleSet.renewalProcessingWeeks()._1;
        int most = ruleSet.renewalProcessingWeeks()._2;
        Renewal r = ImmutableRenewal.create(validUntil, ruleSet, fromOld, fromRenewal, validUntil.minusWeeks(most),
                validUntil.minusWeeks(fewest));
        return Decision.of(r)
                .because(Reason.of(BookingRule.RENEWAL_YEARS).withFigures("ruleSet", ruleSet, "years",
                        ruleSet.renewalYears()))
                .because(Reason.of(BookingRule.RENEWAL_READINGS)
                        .withFigures("fromOldExpiry", fromOld, "fromRenewalDate", fromRenewal))
                .because(Reason.of(BookingRule.RENEWAL_LEAD)
                        .withFigures("applyBy", r.applyBy(), "applyByAtTheLatest", r.applyByAtTheLatest())
                        .withFigures("fewestWeeks", fewest, "mostWeeks", most));
    }

    /**
     * The optional warning the old system showed 4 months before expiry (the new system has none).
     *
     * @param validUntil the last valid day
     * @param today today
     * @return a warning from the day 4 months before expiry until the expiry, else none
     */
    public static Option<Decision<LocalDate>> expiryWarning(LocalDate validUntil, LocalDate today) {
        int months = RuleSet.OLD.expiryAlertMonths().get();
        LocalDate from = validUntil.minusMonths(months);
        if (today.isBefore(from) || today.isAfter(validUntil)) {
            return Option.none();
        }
        return Option.of(Decision.of(validUntil).because(Reason.of(BookingRule.RENEWAL_WARNING)
                .withFigures("validUntil", validUntil, "months", months, "warnFrom", from)));
    }

    /** {@return the current last valid day} */
    public abstract LocalDate validUntil();

    /** {@return the rule set applied} */
    public abstract RuleSet ruleSet();

    /** {@return the new last valid day, counting from the old expiry} */
    public abstract LocalDate fromOldExpiry();

    /** {@return the new last valid day, counting from the renewal date} */
    public abstract LocalDate fromRenewalDate();

    /** {@return apply by this day to allow 2 weeks of processing} */
    public abstract LocalDate applyBy();

    /** {@return apply by this day at the latest (1 week of processing)} */
    public abstract LocalDate applyByAtTheLatest();
}
