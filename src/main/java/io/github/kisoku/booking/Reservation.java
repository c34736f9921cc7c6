package io.github.kisoku.booking;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * A reservation in the ledger (予約): one unit, one day, its slots, who holds it, its state and
 * its history. Reservations are never deleted; a cancelled or expired one stays with its
 * history. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Reservation {
    Reservation() {
    }

    /**
     * One step in a reservation's history.
     *
     * @param at when it happened
     * @param status the state after it
     * @param note what happened
     */
    public record Event(LocalDateTime at, Status status, Message note) {
    }

    static Reservation hold(long id, BookingRequest request, Unit unit, RuleSet ruleSet, int quotaUnits,
            LocalDateTime at, Option<LocalDateTime> paymentDeadline) {
        return ImmutableReservation.create(id, request, unit.facilityId(),
                unit.blockSlots(request.date(), request.slots()), ruleSet, quotaUnits, Status.TENTATIVE, at, paymentDeadline,
                List.of(new Event(at, Status.TENTATIVE, BookingRule.words("text.booking.event.held", "method", request.method()))));
    }

    Reservation moveTo(Status next, LocalDateTime at, Message note) {
        return ImmutableReservation.create(id(), request(), facilityId(), blockSlots(), ruleSet(), quotaUnits(), next,
                createdAt(), paymentDeadline(), history().append(new Event(at, next, note)));
    }

    Reservation withRequest(BookingRequest changed, LocalDateTime at, Message note) {
        return ImmutableReservation.create(id(), changed, facilityId(), blockSlots(), ruleSet(), quotaUnits(), status(),
                createdAt(), paymentDeadline(), history().append(new Event(at, status(), note)));
    }

    /** {@return the reservation's number in the ledger} */
    public abstract long id();

    /** {@return the request as it stands (purpose and headcount after any change)} */
    public abstract BookingRequest request();

    /** {@return who holds it} */
    public Group group() {
        return request().group();
    }

    /** {@return the unit's id} */
    public String unitId() {
        return request().unitId();
    }

    /** {@return the facility's id} */
    public abstract String facilityId();

    /** {@return the date of use} */
    public LocalDate date() {
        return request().date();
    }

    /** {@return the slots} */
    public List<Slot> slots() {
        return request().slots();
    }

    /** {@return every block in every slot it holds while live} */
    public abstract SortedSet<BlockSlot> blockSlots();

    /** {@return the rule set it was made under} */
    public abstract RuleSet ruleSet();

    /** {@return the quota units it uses} */
    public abstract int quotaUnits();

    /** {@return its state} */
    public abstract Status status();

    /** {@return when it was made} */
    public abstract LocalDateTime createdAt();

    /** {@return when a 仮予約 must be paid, if a deadline applies} */
    public abstract Option<LocalDateTime> paymentDeadline();

    /** {@return its history, oldest first} */
    public abstract List<Event> history();
}
