package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.Facility;
import io.github.kisoku.booking.QuotaItem;
import io.github.kisoku.booking.QuotaPolicy;
import io.github.kisoku.booking.Unit;
import java.time.LocalDate;
import io.github.kisoku.kernel.Require;

/**
 * A lottery application (抽選申込): one reservation asked for by lottery, with an id and a
 * priority. A reservation of a split span is one application each, drawn separately (manual §1,
 * CONFIRMED). Immutable and thread-safe.
 *
 * @param id the application's id, unique in a pool
 * @param request the reservation asked for
 * @param priority its tier and weight ({@link Priority#NONE} by default)
 */
public record Application(String id, BookingRequest request, Priority priority) {
    /**
     * An application with no priority.
     *
     * @param id the id
     * @param request the reservation asked for
     * @return the application
     */
    public static Application of(String id, BookingRequest request) {
        return new Application(Require.notBlank(id, "id"), Require.nonNull(request, "request"), Priority.NONE);
    }

    /**
     * The same application with a priority.
     *
     * @param p the priority
     * @return a new application
     */
    public Application withPriority(Priority p) {
        return new Application(id, request, Require.nonNull(p, "priority"));
    }

    /**
     * The application as a quota item (one lottery application), for quotas that count them.
     *
     * @param facility the facility applied to
     * @param appliedOn the day it was made
     * @return the item
     */
    public QuotaItem quotaItem(Facility facility, LocalDate appliedOn) {
        return new QuotaItem(QuotaPolicy.Counts.LOTTERY_APPLICATIONS,
                new QuotaItem.Where(request.group().key(), facility.id(), facility.kind()),
                new QuotaItem.When(request.date(), Require.nonNull(appliedOn, "appliedOn"), 1));
    }

    /**
     * The entry the draw uses, for a unit.
     *
     * @param unit the unit asked for
     * @return the entry
     */
    public Entry entry(Unit unit) {
        return new Entry(id, priority, unit.blockSlots(request.date(), request.slots()));
    }
}
