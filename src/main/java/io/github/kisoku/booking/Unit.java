package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Phrase;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A bookable unit (室場): a room, or a joined room and each of its parts (日本間1号+2号 covers
 * blocks {1,2}; 日本間1号のみ covers {1}). Booking the whole joined room takes one reservation;
 * booking each part alone takes one each (manual §5, CONFIRMED).
 *
 * <p>Capacity is optional: the manual gives only ホール 240; other capacities are unknown and the
 * headcount check then says so. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Unit {
    Unit() {
    }

    /**
     * A unit, validated, online bookable, with no capacity known and no notes.
     *
     * @param id the unit's id, unique in a catalogue
     * @param facilityId the facility's id
     * @param name the name shown, e.g. {@code 日本間1号+2号}
     * @param room the room whose blocks it covers, e.g. {@code 日本間}
     * @param blocks the block numbers it covers, at least one
     * @param basis where the unit is described
     * @return the unit, or every problem
     */
    public static Validation<Seq<Problem>, Unit> validate(String id, String facilityId, String name, String room,
            Iterable<Integer> blocks, LegalBasis basis) {
        Validation<Problem, SortedSet<Integer>> bs = blocks == null ? Validation.invalid(Problem.required("blocks"))
                : List.ofAll(blocks).isEmpty() || List.ofAll(blocks).exists(b -> b == null || b < 1)
                        ? Validation.invalid(Problem.of(BookingProblem.NO_BLOCKS, "blocks"))
                        : Validation.valid(TreeSet.ofAll(blocks));
        return Validation.combine(Validations.notBlank("id", id), Validations.notBlank("facilityId", facilityId),
                Validations.notBlank("name", name), Validations.notBlank("room", room), bs,
                Validations.required("basis", basis))
                .ap((i, f, n, r, b, l) -> ImmutableUnit.create(i, f, n, r, b, Option.none(), true, Option.none(), l));
    }

    /**
     * A unit; see {@link #validate}.
     *
     * @param id the unit's id
     * @param facilityId the facility's id
     * @param name the name shown
     * @param room the room whose blocks it covers
     * @param blocks the block numbers
     * @param basis where the unit is described
     * @return the unit
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Unit of(String id, String facilityId, String name, String room, Iterable<Integer> blocks,
            LegalBasis basis) {
        return Validations.orThrow(validate(id, facilityId, name, room, blocks, basis));
    }

    /**
     * The same unit with a capacity (定員).
     *
     * @param persons the most persons allowed, one or more
     * @return a new unit
     */
    public Unit withCapacity(int persons) {
        Validations.orThrow(Validations.between("capacity", persons, 1, Integer.MAX_VALUE).mapError(List::of));
        return ImmutableUnit.create(id(), facilityId(), name(), room(), blockNumbers(), Option.of(persons),
                onlineBookable(), consentNote(), basis());
    }

    /**
     * The same unit, bookable at the counter only (not ネット申込可).
     *
     * @return a new unit
     */
    public Unit counterOnly() {
        return ImmutableUnit.create(id(), facilityId(), name(), room(), blockNumbers(), capacity(), false,
                consentNote(), basis());
    }

    /**
     * The same unit with notes (注意事項) that a requester must agree to (manual §5).
     *
     * @param note the notes
     * @return a new unit
     */
    public Unit withConsentNote(Message note) {
        return ImmutableUnit.create(id(), facilityId(), name(), room(), blockNumbers(), capacity(), onlineBookable(),
                Option.of(Require.nonNull(note, "note")), basis());
    }

    /** {@return the unit's id} */
    public abstract String id();

    /** {@return the facility's id} */
    public abstract String facilityId();

    /** {@return the name shown, e.g. {@code 日本間1号のみ}} */
    public abstract String name();

    /** {@return the room whose blocks the unit covers} */
    public abstract String room();

    /** {@return the numbers of the blocks the unit covers, in the room} */
    abstract SortedSet<Integer> blockNumbers();

    /** {@return the blocks the unit covers} */
    public SortedSet<Block> blocks() {
        return TreeSet.ofAll(blockArray());
    }

    // Built once per unit (derived, not part of equality): every check and every grid cell reads them.

    /** {@return the blocks the unit covers, in order, as an indexed array} */
    @Value.Derived
    @Value.Auxiliary
    Array<Block> blockArray() {
        return Array.ofAll(blockNumbers().map(n -> new Block(facilityId(), room(), n)));
    }

    /** {@return why the consent rule did not apply to a unit without notes (see {@link RequestRules})} */
    @Value.Derived
    @Value.Auxiliary
    Reason noConsentReason() {
        return Reason.of(BookingRule.CONSENT).variant("none").withFigure("unitName", name());
    }

    /** {@return the capacity (定員), if known} */
    public abstract Option<Integer> capacity();

    /** {@return whether the unit can be booked online (ネット申込可)} */
    public abstract boolean onlineBookable();

    /** {@return notes that need consent, if any} */
    public abstract Option<Message> consentNote();

    /** {@return where the unit is described, with its confidence} */
    public abstract LegalBasis basis();

    /**
     * The unit as a problem's text shows it: its name and, in brackets, its id, e.g.
     * {@code 日本間1号のみ (nishi.washitsu-1)}.
     *
     * @return the unit's parts
     */
    public Phrase describe() {
        return Phrase.of(name(), "(" + id() + ")");
    }

    /**
     * The block-slots a booking of this unit holds.
     *
     * @param date the date of use
     * @param slots the slots
     * @return every block of the unit in every slot
     */
    public SortedSet<BlockSlot> blockSlots(LocalDate date, Seq<Slot> slots) {
        return TreeSet.ofAll(blockArray().flatMap(b -> slots.map(s -> new BlockSlot(b, date, s))));
    }

    /**
     * Whether this unit and another share a block (a joined room and its part do).
     *
     * @param other the other unit
     * @return true when their blocks meet
     */
    public boolean overlaps(Unit other) {
        return facilityId().equals(other.facilityId()) && room().equals(other.room())
                && blockNumbers().exists(other.blockNumbers()::contains);
    }
}
