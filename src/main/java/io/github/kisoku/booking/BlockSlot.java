package io.github.kisoku.booking;

import java.time.LocalDate;

/**
 * One block on one date in one slot: the smallest thing that can be held (コマ × ブロック). No
 * two live holds ever share one. Immutable and thread-safe; ordered canonically by block, date
 * and slot (the order the lottery log uses).
 *
 * @param block the block
 * @param date the date of use
 * @param slot the slot
 */
public record BlockSlot(Block block, LocalDate date, Slot slot) implements Comparable<BlockSlot> {
    @Override
    public int compareTo(BlockSlot o) {
        int c = date.compareTo(o.date);
        if (c == 0) {
            c = block.compareTo(o.block);
        }
        return c != 0 ? c : slot.compareTo(o.slot);
    }

    @Override
    public String toString() {
        return block + "@" + date + " " + slot;
    }
}
