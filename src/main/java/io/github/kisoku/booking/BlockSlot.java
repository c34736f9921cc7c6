package io.github.kisoku.booking;

import java.time.LocalDate;
import java.time.LocalTime;

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
        return appendTo(new StringBuilder(48)).toString();
    }

    /**
     * Writes the block-slot as {@link #toString()} does, {@code facility/room#n@date start-end}, into
     * a builder: a lottery log and a taken slot's reason write many, and each part's own
     * {@code toString} made a builder and a string of its own.
     *
     * @param out the builder
     * @return the same builder
     */
    public StringBuilder appendTo(StringBuilder out) {
        out.append(block.facility()).append('/').append(block.room()).append('#').append(block.number()).append('@');
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            out.append(date);
        } else {
            twoDigits(twoDigits(out.append(date.getYear()).append('-'), date.getMonthValue()).append('-'),
                    date.getDayOfMonth());
        }
        return time(time(out.append(' '), slot.start()).append('-'), slot.end());
    }

    // as LocalTime's toString writes it: HH:mm when there are no seconds
    private static StringBuilder time(StringBuilder out, LocalTime t) {
        return t.getSecond() != 0 || t.getNano() != 0 ? out.append(t)
                : twoDigits(twoDigits(out, t.getHour()).append(':'), t.getMinute());
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
