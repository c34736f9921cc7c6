package io.github.kisoku.booking;

import io.github.kisoku.kernel.Message;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A reservation in the ledger (予約): one unit, one day, its slots, who holds it, its state and
 * its history. Reservations are never deleted; a cancelled or expired one stays with its
 * history. Immutable and thread-safe.
 */
public final class Reservation {
    private final long id;
    private final BookingRequest request;
    private final String facilityId;
    private final SortedSet<BlockSlot> blockSlots;
    private final RuleSet ruleSet;
    private final int quotaUnits;
    private final Status status;
    private final LocalDateTime createdAt;
    private final Option<LocalDateTime> paymentDeadline;
    private final List<Event> history;

    /**
     * One step in a reservation's history.
     *
     * @param at when it happened
     * @param status the state after it
     * @param note what happened
     */
    public record Event(LocalDateTime at, Status status, Message note) {
    }

    private Reservation(long id, BookingRequest request, String facilityId, SortedSet<BlockSlot> blockSlots,
            RuleSet ruleSet, int quotaUnits, Status status, LocalDateTime createdAt,
            Option<LocalDateTime> paymentDeadline, List<Event> history) {
        this.id = id;
        this.request = request;
        this.facilityId = facilityId;
        this.blockSlots = blockSlots;
        this.ruleSet = ruleSet;
        this.quotaUnits = quotaUnits;
        this.status = status;
        this.createdAt = createdAt;
        this.paymentDeadline = paymentDeadline;
        this.history = history;
    }

    static Reservation hold(long id, BookingRequest request, Unit unit, RuleSet ruleSet, int quotaUnits,
            LocalDateTime at, Option<LocalDateTime> paymentDeadline) {
        return new Reservation(id, request, unit.facilityId(), unit.blockSlots(request.date(), request.slots()),
                ruleSet, quotaUnits, Status.TENTATIVE, at, paymentDeadline,
                List.of(new Event(at, Status.TENTATIVE, Message.of("仮予約（" + request.method().ja() + "）",
                        "held (" + request.method().en() + ")"))));
    }

    Reservation moveTo(Status next, LocalDateTime at, Message note) {
        return new Reservation(id, request, facilityId, blockSlots, ruleSet, quotaUnits, next, createdAt,
                paymentDeadline, history.append(new Event(at, next, note)));
    }

    Reservation withRequest(BookingRequest changed, LocalDateTime at, Message note) {
        return new Reservation(id, changed, facilityId, blockSlots, ruleSet, quotaUnits, status, createdAt,
                paymentDeadline, history.append(new Event(at, status, note)));
    }

    /** {@return the reservation's number in the ledger} */
    public long id() {
        return id;
    }

    /** {@return the request as it stands (purpose and headcount after any change)} */
    public BookingRequest request() {
        return request;
    }

    /** {@return who holds it} */
    public Group group() {
        return request.group();
    }

    /** {@return the unit's id} */
    public String unitId() {
        return request.unitId();
    }

    /** {@return the facility's id} */
    public String facilityId() {
        return facilityId;
    }

    /** {@return the date of use} */
    public LocalDate date() {
        return request.date();
    }

    /** {@return the slots} */
    public List<Slot> slots() {
        return request.slots();
    }

    /** {@return every block in every slot it holds while live} */
    public SortedSet<BlockSlot> blockSlots() {
        return blockSlots;
    }

    /** {@return the rule set it was made under} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return the quota units it uses} */
    public int quotaUnits() {
        return quotaUnits;
    }

    /** {@return its state} */
    public Status status() {
        return status;
    }

    /** {@return when it was made} */
    public LocalDateTime createdAt() {
        return createdAt;
    }

    /** {@return when a 仮予約 must be paid, if a deadline applies} */
    public Option<LocalDateTime> paymentDeadline() {
        return paymentDeadline;
    }

    /** {@return its history, oldest first} */
    public List<Event> history() {
        return history;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Reservation)) {
            return false;
        }
        Reservation r = (Reservation) o;
        return id == r.id && request.equals(r.request) && status == r.status && history.equals(r.history)
                && paymentDeadline.equals(r.paymentDeadline);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, status, history.size());
    }

    @Override
    public String toString() {
        return "#" + id + " " + status.ja() + " " + request + paymentDeadline.map(d -> " 支払期限 " + d).getOrElse("");
    }
}
