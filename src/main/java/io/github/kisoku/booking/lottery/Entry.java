package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.booking.Block;
import io.github.kisoku.booking.BlockSlot;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the draw needs of one application, as it stands in the frozen pool: its id, its priority
 * and the block-slots it asks for. One line of the log per entry, so the draw re-runs from the
 * log alone. Immutable and thread-safe.
 *
 * @param id the application's id
 * @param priority its tier and weight
 * @param blockSlots the block-slots it asks for
 */
public record Entry(String id, Priority priority, SortedSet<BlockSlot> blockSlots) {
    /**
     * The entry as its canonical log line: {@code id|tier|weight|facility/room#n@date start-end;...}.
     *
     * @return the line
     */
    public String line() {
        // one builder for the whole line (a drawn pool hashes and logs its lines from its Layout instead)
        StringBuilder out = new StringBuilder(64).append(id).append('|')
                .append(priority.tier()).append('|').append(priority.weight()).append('|');
        boolean first = true;
        for (BlockSlot bs : blockSlots) {
            if (!first) {
                out.append(';');
            }
            first = false;
            bs.appendTo(out);
        }
        return out.toString();
    }

    /**
     * An entry from its canonical line.
     *
     * @param line the line
     * @return the entry
     * @throws InvalidInputException if the line is malformed
     */
    public static Entry parse(String line) {
        try {
            String[] f = line.split("\\|", -1);
            SortedSet<BlockSlot> bs = TreeSet.ofAll(List.of(f[3].split(";", -1)).map(s -> {
                String[] at = s.split("@", -1);
                String facility = at[0].substring(0, at[0].indexOf('/'));
                String room = at[0].substring(at[0].indexOf('/') + 1, at[0].lastIndexOf('#'));
                int n = Integer.parseInt(at[0].substring(at[0].lastIndexOf('#') + 1));
                String[] when = at[1].split(" ", -1);
                String[] times = when[1].split("-", -1);
                return new BlockSlot(new Block(facility, room, n), LocalDate.parse(when[0]),
                        Slot.of(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }));
            return new Entry(f[0], Priority.of(Integer.parseInt(f[1]), Integer.parseInt(f[2])), bs);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.MALFORMED_ENTRY, "log").withFigure("line", line)));
        }
    }
}
