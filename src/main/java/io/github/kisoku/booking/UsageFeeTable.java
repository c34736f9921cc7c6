package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Phrase;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A table of facility fees (使用料) per unit, slot and group class, each row with its source.
 * Kawaguchi's table (公民館条例 別表) could not be read, so the table is caller-supplied (ruling 7);
 * the bundled example has only the manual's 西公民館 ホール 550円 ({@link Catalogue#exampleFees()}).
 * A row without a slot or a class applies to every slot or class; the most specific row wins.
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class UsageFeeTable {
    UsageFeeTable() {
    }

    /** One fee per slot for a unit, optionally only for one slot and one class. */
    @Value.Immutable
    @ValueStyle
    public abstract static class Row {
        Row() {
        }

        /** {@return the unit's id} */
        public abstract String unitId();

        /** {@return the slot the row is for; none for every slot} */
        public abstract Option<Slot> slot();

        /** {@return the class the row is for; none for every class} */
        public abstract Option<GroupClass> groupClass();

        /** {@return the fee for one slot} */
        public abstract Yen perSlot();

        /** {@return where the fee comes from, with its confidence} */
        public abstract LegalBasis basis();

        int specificity() {
            return (slot().isDefined() ? 2 : 0) + (groupClass().isDefined() ? 1 : 0);
        }

        /**
         * The row as shown in a reason's text (the {@code row} figure of {@code booking.fee.table}):
         * unit, slot, class and fee, {@code *} for every slot or class, e.g.
         * {@code nishi.hall 11時～13時 * 550円}.
         *
         * @return the row's parts
         */
        public Phrase describe() {
            return Phrase.of(unitId(), slot().map(Slot::label).getOrElse("*"),
                    groupClass().<Object>map(g -> g).getOrElse("*"), perSlot());
        }
    }

    /**
     * An empty table.
     *
     * @return the table
     */
    public static UsageFeeTable empty() {
        return ImmutableUsageFeeTable.create(List.empty());
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
    public UsageFeeTable with(String unitId, Option<Slot> slot, Option<GroupClass> groupClass, Yen perSlot,
            LegalBasis basis) {
        return ImmutableUsageFeeTable.create(rows().append(ImmutableRow.create(Require.notBlank(unitId, "unitId"),
                Require.nonNull(slot, "slot"),
                Require.nonNull(groupClass, "groupClass"), Require.nonNull(perSlot, "perSlot"),
                Require.nonNull(basis, "basis"))));
    }

    /** {@return every row, in the order added} */
    public abstract List<Row> rows();

    /**
     * The row that sets the fee of a unit in a slot for a class: the most specific that matches.
     *
     * @param unitId the unit's id
     * @param slot the slot
     * @param groupClass the class, none for a guest group
     * @return the row, if the table has one
     */
    public Option<Row> lookup(String unitId, Slot slot, Option<GroupClass> groupClass) {
        return rows().filter(r -> r.unitId().equals(unitId))
                .filter(r -> r.slot().forAll(slot::equals))
                .filter(r -> r.groupClass().isEmpty() || r.groupClass().equals(groupClass))
                .maxBy(Row::specificity);
    }
}
