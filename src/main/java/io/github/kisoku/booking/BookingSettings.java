package io.github.kisoku.booking;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The figures the city has not published, supplied by the caller as named, effective-dated
 * settings (kisoku ruling 7, docs/rulings.md): quota policies, booking windows, each facility's
 * cancellation deadline and closed days, and payment deadlines per method. Nothing here is a
 * Kawaguchi rule except the one dated default of {@link #defaults()}; an answer that needs a
 * setting that is missing says so with an {@code UNCONFIRMED} reason. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class BookingSettings {
    /** The day the 2023 notice was last updated; the month-end rule is known in force from then. */
    public static final LocalDate NOTICE_2023 = LocalDate.of(2023, 2, 8);

    BookingSettings() {
    }

    /**
     * No settings at all: every check that needs one says it was not made.
     *
     * @return the settings
     */
    public static BookingSettings none() {
        return ImmutableBookingSettings.create(Option.none(), Option.none(), HashMap.empty(), HashMap.empty(),
                HashMap.empty());
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
        return ImmutableBookingSettings.create(Option.of(Require.nonNull(timeline, "quotas")), windows(),
                cancellations(), payments(), closedDaysByFacility());
    }

    /**
     * The same settings with booking windows.
     *
     * @param timeline the windows in force over time
     * @return new settings
     */
    public BookingSettings withWindows(EffectiveTimeline<List<BookingWindow>> timeline) {
        return ImmutableBookingSettings.create(quotas(), Option.of(Require.nonNull(timeline, "windows")),
                cancellations(), payments(), closedDaysByFacility());
    }

    /**
     * The same settings with a facility's cancellation deadline.
     *
     * @param facilityId the facility's id
     * @param timeline the deadline in force over time
     * @return new settings
     */
    public BookingSettings withCancellation(String facilityId, EffectiveTimeline<CancellationDeadline> timeline) {
        return ImmutableBookingSettings.create(quotas(), windows(),
                cancellations().put(Require.notBlank(facilityId, "facilityId"), Require.nonNull(timeline, "cancellation")),
                payments(), closedDaysByFacility());
    }

    /**
     * The same settings with the payment deadline of one method (replacing a default).
     *
     * @param method the method
     * @param timeline the rule in force over time
     * @return new settings
     */
    public BookingSettings withPayment(Method method, EffectiveTimeline<PaymentRule> timeline) {
        return ImmutableBookingSettings.create(quotas(), windows(), cancellations(),
                payments().put(Require.nonNull(method, "method"), Require.nonNull(timeline, "payment")),
                closedDaysByFacility());
    }

    /**
     * The same settings with a facility's closed days (休館日).
     *
     * @param facilityId the facility's id
     * @param days its closed days
     * @return new settings
     */
    public BookingSettings withClosedDays(String facilityId, ClosedDays days) {
        return ImmutableBookingSettings.create(quotas(), windows(), cancellations(), payments(),
                closedDaysByFacility().put(Require.notBlank(facilityId, "facilityId"),
                        Require.nonNull(days, "closedDays")));
    }

    /** {@return the quota policies over time, if supplied} */
    public abstract Option<EffectiveTimeline<List<QuotaPolicy>>> quotas();

    /** {@return the booking windows over time, if supplied} */
    public abstract Option<EffectiveTimeline<List<BookingWindow>>> windows();

    /** {@return each facility's cancellation deadline over time, by facility id} */
    abstract Map<String, EffectiveTimeline<CancellationDeadline>> cancellations();

    /** {@return each method's payment deadline over time} */
    abstract Map<Method, EffectiveTimeline<PaymentRule>> payments();

    /** {@return each facility's closed days, by facility id} */
    abstract Map<String, ClosedDays> closedDaysByFacility();

    /**
     * A facility's cancellation deadline over time, if supplied.
     *
     * @param facilityId the facility's id
     * @return the timeline
     */
    public Option<EffectiveTimeline<CancellationDeadline>> cancellation(String facilityId) {
        return cancellations().get(facilityId);
    }

    /**
     * The payment deadline of a method over time, if supplied.
     *
     * @param method the method
     * @return the timeline
     */
    public Option<EffectiveTimeline<PaymentRule>> payment(Method method) {
        return payments().get(method);
    }

    /**
     * A facility's closed days, if supplied.
     *
     * @param facilityId the facility's id
     * @return the closed days
     */
    public Option<ClosedDays> closedDays(String facilityId) {
        return closedDaysByFacility().get(facilityId);
    }
}
