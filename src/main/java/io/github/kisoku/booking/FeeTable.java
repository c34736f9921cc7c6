package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A table of facility fees (使用料) per unit, slot and group class, each row with its source.
 * Kawaguchi's table (公民館条例 別表) could not be read, so the table is caller-supplied (ruling 7);
 * the bundled example has only the manual's 西公民館 ホール 550円 ({@link Catalogue#exampleFees()}).
 * A row without a slot or a class applies to every slot or class; the most specific row wins.
 * Immutable and thread-safe.
 */
public final class FeeTable {
    private final List<Row> rows;

    private FeeTable(List<Row> rows) {
        this.rows = rows;
    }

    /** One fee per slot for a unit, optionally only for one slot and one class. */
    public static final class Row {
        private final String unitId;
        private final Option<Slot> slot;
        private final Option<GroupClass> groupClass;
        private final Yen perSlot;
        private final LegalBasis basis;

        private Row(String unitId, Option<Slot> slot, Option<GroupClass> groupClass, Yen perSlot, LegalBasis basis) {
            this.unitId = unitId;
            this.slot = slot;
            this.groupClass = groupClass;
            this.perSlot = perSlot;
            this.basis = basis;
        }

        /** {@return the unit's id} */
        public String unitId() {
            return unitId;
        }

        /** {@return the slot the row is for; none for every slot} */
        public Option<Slot> slot() {
            return slot;
        }

        /** {@return the class the row is for; none for every class} */
        public Option<GroupClass> groupClass() {
            return groupClass;
        }

        /** {@return the fee for one slot} */
        public Yen perSlot() {
            return perSlot;
        }

        /** {@return where the fee comes from, with its confidence} */
        public LegalBasis basis() {
            return basis;
        }

        int specificity() {
            return (slot.isDefined() ? 2 : 0) + (groupClass.isDefined() ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row && ((Row) o).unitId.equals(unitId) && ((Row) o).slot.equals(slot)
                    && ((Row) o).groupClass.equals(groupClass) && ((Row) o).perSlot.equals(perSlot);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(unitId, slot, groupClass, perSlot);
        }

        @Override
        public String toString() {
            return unitId + " " + slot.map(Slot::label).getOrElse("*") + " "
                    + groupClass.map(GroupClass::ja).getOrElse("*") + " " + perSlot;
        }
    }

    /**
     * An empty table.
     *
     * @return the table
     */
    public static FeeTable empty() {
        return new FeeTable(List.empty());
    }

    /**
     * The same table with one more row.
     *
     * @param unitId the unit's id
     * @param slot the slot, or none for every slot
     * @param groupClass the class, or none for every class
     * @param perSlot the fee for one slot
     * @param basis where the fee comes from
     * @return a new table
     */
    public FeeTable with(String unitId, Option<Slot> slot, Option<GroupClass> groupClass, Yen perSlot,
            LegalBasis basis) {
        return new FeeTable(rows.append(new Row(Require.notBlank(unitId, "unitId"), Require.nonNull(slot, "slot"),
                Require.nonNull(groupClass, "groupClass"), Require.nonNull(perSlot, "perSlot"),
                Require.nonNull(basis, "basis"))));
    }

    /** {@return every row, in the order added} */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The row that sets the fee of a unit in a slot for a class: the most specific that matches.
     *
     * @param unitId the unit's id
     * @param slot the slot
     * @param groupClass the class, none for a guest group
     * @return the row, if the table has one
     */
    public Option<Row> lookup(String unitId, Slot slot, Option<GroupClass> groupClass) {
        return rows.filter(r -> r.unitId.equals(unitId))
                .filter(r -> r.slot.forAll(slot::equals))
                .filter(r -> r.groupClass.isEmpty() || r.groupClass.equals(groupClass))
                .maxBy(Row::specificity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeeTable && ((FeeTable) o).rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return rows.mkString("FeeTable[", "; ", "]");
    }
}
