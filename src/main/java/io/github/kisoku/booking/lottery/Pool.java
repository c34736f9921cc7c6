package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.booking.BlockSlot;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.booking.Unit;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * The frozen pool of a draw (抽選対象): every application, in canonical order (by id), each as its
 * {@link Entry} line, and the SHA-256 hash of those lines (each followed by a newline), published
 * so that anyone can check the pool the draw used (RFC 3797 §2). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Pool {
    private static final java.util.Comparator<Application> BY_ID = java.util.Comparator.comparing(Application::id);

    Pool() {
    }

    /**
     * Freezes a pool: every application's unit must be in the catalogue and ids must be unique.
     *
     * @param catalogue the catalogue
     * @param applications the applications, in any order
     * @param closedAt when the application window closed
     * @return the pool, or every problem
     */
    public static Validation<Seq<Problem>, Pool> freeze(Catalogue catalogue, Seq<Application> applications,
            LocalDateTime closedAt) {
        if (catalogue == null || applications == null || closedAt == null) {
            return Validation.invalid(List.of(Problem.required(catalogue == null ? "catalogue"
                    : applications == null ? "applications" : "closedAt")));
        }
        List<Application> sorted = inOrder(List.ofAll(applications));
        // each unit looked up once, each entry made on the way; the ids are sorted, so a repeated
        // id is next to itself. Applications for the same unit, date and slots share one set of
        // block-slots: a pool has far fewer of those than applications
        java.util.ArrayList<Entry> entries = new java.util.ArrayList<>(sorted.size());
        java.util.Map<Ask, SortedSet<BlockSlot>> asked = new java.util.HashMap<>();
        List<Problem> unknown = List.empty();
        boolean repeated = false;
        Application previous = null;
        for (Application a : sorted) {
            Option<Unit> unit = catalogue.unit(a.request().unitId());
            if (unit.isEmpty()) {
                unknown = unknown.prepend(Problem.of(BookingProblem.UNKNOWN_UNIT, "applications[" + a.id() + "].unitId")
                        .withFigure("unitId", a.request().unitId()));
            } else {
                Ask ask = new Ask(a.request().unitId(), a.request().date(), a.request().slots());
                SortedSet<BlockSlot> bs = asked.get(ask);
                if (bs == null) {
                    bs = unit.get().blockSlots(ask.date(), ask.slots());
                    asked.put(ask, bs);
                }
                entries.add(new Entry(a.id(), a.priority(), bs));
            }
            repeated |= previous != null && previous.id().equals(a.id());
            previous = a;
        }
        List<Problem> problems = unknown.reverse();
        if (repeated) {
            problems = problems.append(Problem.of(BookingProblem.DUPLICATE_APPLICATION, "applications"));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return Validation.valid(ImmutablePool.create(sorted, List.ofAll(entries), closedAt));
    }


    /** What an application asks for: a unit, a date and slots (the block-slots follow from them). */
    private record Ask(String unitId, LocalDate date, Seq<Slot> slots) {
    }

    /** The applications by id: as they are when they already are (a pool read back in order), else sorted. */
    private static List<Application> inOrder(List<Application> applications) {
        Application previous = null;
        for (Application a : applications) {
            if (previous != null && BY_ID.compare(previous, a) > 0) {
                return applications.sorted(BY_ID);
            }
            previous = a;
        }
        return applications;
    }

    static Pool ofEntries(List<Entry> entries, LocalDateTime closedAt) {
        return ImmutablePool.create(List.empty(), entries.sortBy(Entry::id), closedAt);
    }

    /** {@return the applications, in canonical order (empty for a pool rebuilt from a log)} */
    public abstract List<Application> applications();

    /**
     * An application by id.
     *
     * @param id the id
     * @return the application, if this pool was frozen from applications
     */
    public Option<Application> application(String id) {
        return applications().find(a -> a.id().equals(id));
    }

    /** {@return the entries, in canonical order} */
    public abstract List<Entry> entries();

    /** {@return when the application window closed} */
    public abstract LocalDateTime closedAt();

    /**
     * The pool laid out for the draw and its log, once, when frozen (not part of equality: the
     * entries decide it).
     *
     * @return the layout
     */
    @Value.Derived
    @Value.Auxiliary
    Layout layout() {
        return Layout.of(entries());
    }

    /** {@return the SHA-256 hash of the canonical lines, in lower-case hex; computed once, when frozen} */
    @Value.Derived
    public String hash() {
        return layout().hash();
    }
}
