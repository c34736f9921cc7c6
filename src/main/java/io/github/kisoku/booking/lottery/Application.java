package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.Unit;
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
     * The entry the draw uses, for a unit.
     *
     * @param unit the unit asked for
     * @return the entry
     */
    public Entry entry(Unit unit) {
        return new Entry(id, priority, unit.blockSlots(request.date(), request.slots()));
    }
}
