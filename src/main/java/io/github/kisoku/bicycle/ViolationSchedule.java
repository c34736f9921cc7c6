package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One version of the 反則行為 table (反則行為の種別及び反則金の額, 道路交通法施行令別表第六 as
 * applied to 軽車両): every row in the table's order. Which dates it is in force is held by
 * {@link ViolationCatalogue}. Immutable and thread-safe; equal by its rows.
 */
@Value.Immutable
@ValueStyle
public abstract class ViolationSchedule {
    ViolationSchedule() {
    }

    static ViolationSchedule of(List<Violation> rows) {
        return ImmutableViolationSchedule.create(LinkedHashMap.ofEntries(rows.map(v -> io.vavr.Tuple.of(v.id(), v))));
    }

    /** The rows by id, in the table's order. */
    abstract LinkedHashMap<String, Violation> byId();

    /**
     * Each row's answer to {@link #row(Violation)}, built once: an offence usually carries the
     * table's own row, found here by identity before the id is hashed, so the lookup allocates
     * nothing. Never modified after construction.
     */
    @Value.Derived
    @Value.Auxiliary
    java.util.IdentityHashMap<Violation, Option<Violation>> own() {
        java.util.IdentityHashMap<Violation, Option<Violation>> rows = new java.util.IdentityHashMap<>();
        byId().values().forEach(v -> rows.put(v, Option.some(v)));
        return rows;
    }

    /** {@return every row, in the table's order} */
    public List<Violation> violations() {
        return byId().values().toList();
    }

    /**
     * The row with an id.
     *
     * @param id the id, e.g. {@code SIGNAL_VIOLATION}
     * @return the row, or which id is unknown
     */
    public Either<UnknownViolation, Violation> find(String id) {
        return byId().get(id == null ? "" : id.strip()).toEither(() -> new UnknownViolation(String.valueOf(id),
                byId().keySet().toList().sorted()));
    }

    /** {@return this table's row for a violation's id, if the table has one} */
    Option<Violation> row(Violation violation) {
        Option<Violation> mine = own().get(violation);
        return mine != null ? mine : byId().get(violation.id());
    }

    /** {@return the distinct 反則金 amounts of the table, smallest first} */
    public SortedSet<Yen> amounts() {
        return TreeSet.ofAll(byId().values().flatMap(Violation::amount));
    }
}
