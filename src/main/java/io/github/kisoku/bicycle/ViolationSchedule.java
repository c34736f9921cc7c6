package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Yen;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * One version of the 反則行為 table (反則行為の種別及び反則金の額, 道路交通法施行令別表第六 as
 * applied to 軽車両): every row in the table's order. Which dates it is in force is held by
 * {@link ViolationCatalogue}. Immutable and thread-safe.
 */
public final class ViolationSchedule {
    private final LinkedHashMap<String, Violation> byId;
    // An offence usually carries the table's own row, found here by identity before the id is
    // hashed; each row's answer is built once, so the lookup allocates nothing.
    private final java.util.IdentityHashMap<Violation, Option<Violation>> own = new java.util.IdentityHashMap<>();

    private ViolationSchedule(LinkedHashMap<String, Violation> byId) {
        this.byId = byId;
        byId.values().forEach(v -> own.put(v, Option.some(v)));
    }

    static ViolationSchedule of(List<Violation> rows) {
        return new ViolationSchedule(LinkedHashMap.ofEntries(rows.map(v -> io.vavr.Tuple.of(v.id(), v))));
    }

    /** {@return every row, in the table's order} */
    public List<Violation> violations() {
        return byId.values().toList();
    }

    /**
     * The row with an id.
     *
     * @param id the id, e.g. {@code SIGNAL_VIOLATION}
     * @return the row, or which id is unknown
     */
    public Either<UnknownViolation, Violation> find(String id) {
        return byId.get(id == null ? "" : id.strip()).toEither(() -> new UnknownViolation(String.valueOf(id)));
    }

    /** {@return this table's row for a violation's id, if the table has one} */
    Option<Violation> row(Violation violation) {
        Option<Violation> mine = own.get(violation);
        return mine != null ? mine : byId.get(violation.id());
    }

    /** {@return the distinct 反則金 amounts of the table, smallest first} */
    public SortedSet<Yen> amounts() {
        return TreeSet.ofAll(byId.values().flatMap(Violation::amount));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViolationSchedule && ((ViolationSchedule) o).byId.equals(byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "ViolationSchedule(" + byId.size() + " rows)";
    }
}
