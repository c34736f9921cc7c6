package io.github.kisoku.booking;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The figures the city has not published, supplied by the caller as named, effective-dated
 * settings (kisoku ruling 7, docs/rulings.md): quota policies, booking windows, each facility's
 * cancellation deadline and closed days, and payment deadlines per method. Nothing here is a
 * Kawaguchi rule except the one dated default of {@link #defaults()}; an answer that needs a
 * setting that is missing says so with an {@code UNCONFIRMED} reason. Immutable and thread-safe.
 */
public final class BookingSettings {
    /** The day the 2023 notice was last updated; the month-end rule is known in force from then. */
    public static final LocalDate NOTICE_2023 = LocalDate.of(2023, 2, 8);

    private final Option<EffectiveTimeline<List<QuotaPolicy>>> quotas;
    private final Option<EffectiveTimeline<List<BookingWindow>>> windows;
    private final Map<String, EffectiveTimeline<CancellationDeadline>> cancellation;
    private final Map<Method, EffectiveTimeline<PaymentRule>> payment;
    private final Map<String, ClosedDays> closedDays;

    private BookingSettings(Option<EffectiveTimeline<List<QuotaPolicy>>> quotas,
            Option<EffectiveTimeline<List<BookingWindow>>> windows,
            Map<String, EffectiveTimeline<CancellationDeadline>> cancellation,
            Map<Method, EffectiveTimeline<PaymentRule>> payment, Map<String, ClosedDays> closedDays) {
        this.quotas = quotas;
        this.windows = windows;
        this.cancellation = cancellation;
        this.payment = payment;
        this.closedDays = closedDays;
    }

    /**
     * No settings at all: every check that needs one says it was not made.
     *
     * @return the settings
     */
    public static BookingSettings none() {
        return new BookingSettings(Option.none(), Option.none(), HashMap.empty(), HashMap.empty(), HashMap.empty());
    }

    /**
     * The one dated default (ruling 7): priority bookings and lottery wins are paid by 17:00 on
     * the month's last day, moved back to the last open day (2023 notice of the old system, in
     * force from {@link #NOTICE_2023}; applied to the new system as an interpretation). Nothing
     * else is set.
     *
     * @return the settings
     */
    public static BookingSettings defaults() {
        EffectiveTimeline<PaymentRule> monthEnd = EffectiveTimeline.of("booking.payment.month-end",
                Effective.from(NOTICE_2023, PaymentRule.monthEnd1700(),
                        BookingSources.MONTH_END_PAYMENT.withConfidence(Confidence.INTERPRETATION)));
        return none().withPayment(Method.PRIORITY, monthEnd).withPayment(Method.LOTTERY, monthEnd);
    }

    /**
     * The same settings with quota policies.
     *
     * @param timeline the policies in force over time
     * @return new settings
     */
    public BookingSettings withQuotas(EffectiveTimeline<List<QuotaPolicy>> timeline) {
        return new BookingSettings(Option.of(Require.nonNull(timeline, "quotas")), windows, cancellation, payment,
                closedDays);
    }

    /**
     * The same settings with booking windows.
     *
     * @param timeline the windows in force over time
     * @return new settings
     */
    public BookingSettings withWindows(EffectiveTimeline<List<BookingWindow>> timeline) {
        return new BookingSettings(quotas, Option.of(Require.nonNull(timeline, "windows")), cancellation, payment,
                closedDays);
    }

    /**
     * The same settings with a facility's cancellation deadline.
     *
     * @param facilityId the facility's id
     * @param timeline the deadline in force over time
     * @return new settings
     */
    public BookingSettings withCancellation(String facilityId, EffectiveTimeline<CancellationDeadline> timeline) {
        return new BookingSettings(quotas, windows, cancellation.put(Require.notBlank(facilityId, "facilityId"),
                Require.nonNull(timeline, "cancellation")), payment, closedDays);
    }

    /**
     * The same settings with the payment deadline of one method (replacing a default).
     *
     * @param method the method
     * @param timeline the rule in force over time
     * @return new settings
     */
    public BookingSettings withPayment(Method method, EffectiveTimeline<PaymentRule> timeline) {
        return new BookingSettings(quotas, windows, cancellation,
                payment.put(Require.nonNull(method, "method"), Require.nonNull(timeline, "payment")), closedDays);
    }

    /**
     * The same settings with a facility's closed days (休館日).
     *
     * @param facilityId the facility's id
     * @param days its closed days
     * @return new settings
     */
    public BookingSettings withClosedDays(String facilityId, ClosedDays days) {
        return new BookingSettings(quotas, windows, cancellation, payment,
                closedDays.put(Require.notBlank(facilityId, "facilityId"), Require.nonNull(days, "closedDays")));
    }

    /** {@return the quota policies over time, if supplied} */
    public Option<EffectiveTimeline<List<QuotaPolicy>>> quotas() {
        return quotas;
    }

    /** {@return the booking windows over time, if supplied} */
    public Option<EffectiveTimeline<List<BookingWindow>>> windows() {
        return windows;
    }

    /**
     * A facility's cancellation deadline over time, if supplied.
     *
     * @param facilityId the facility's id
     * @return the timeline
     */
    public Option<EffectiveTimeline<CancellationDeadline>> cancellation(String facilityId) {
        return cancellation.get(facilityId);
    }

    /**
     * The payment deadline of a method over time, if supplied.
     *
     * @param method the method
     * @return the timeline
     */
    public Option<EffectiveTimeline<PaymentRule>> payment(Method method) {
        return payment.get(method);
    }

    /**
     * A facility's closed days, if supplied.
     *
     * @param facilityId the facility's id
     * @return the closed days
     */
    public Option<ClosedDays> closedDays(String facilityId) {
        return closedDays.get(facilityId);
    }

    @Override
    public String toString() {
        return "BookingSettings[quotas=" + quotas.isDefined() + ", windows=" + windows.isDefined() + ", cancellation="
                + cancellation.keySet() + ", payment=" + payment.keySet() + ", closedDays=" + closedDays.keySet() + "]";
    }
}
