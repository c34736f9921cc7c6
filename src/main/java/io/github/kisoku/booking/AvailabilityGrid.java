package io.github.kisoku.booking;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * The availability of a unit over a range of dates, slot by slot (空き状況): ○ free, × taken (a
 * block of the unit is held), 抽 in a lottery period, 休 a closed day of the facility (manual §4
 * and §5). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AvailabilityGrid {
    /** One cell of the grid. */
    public enum Mark {
        /** ○: free. */
        FREE("○"),
        /** ×: taken. */
        TAKEN("×"),
        /** 抽: lottery applications are being taken. */
        LOTTERY("抽"),
        /** 休: the facility is closed. */
        CLOSED("休");

        private final String symbol;

        Mark(String symbol) {
            this.symbol = symbol;
        }

        /** {@return the symbol shown} */
        public String symbol() {
            return symbol;
        }
    }

    AvailabilityGrid() {
    }

    /**
     * The grid of a unit from one date to another, both included, as the ledger stands at a time.
     *
     * @param ledger the ledger
     * @param unit the unit
     * @param from the first date
     * @param to the last date
     * @param lotteries the lottery periods
     * @param now the time the grid is shown
     * @return the grid
     */
    public static AvailabilityGrid of(Ledger ledger, Unit unit, LocalDate from, LocalDate to,
            Seq<LotteryPeriod> lotteries, LocalDateTime now) {
        Require.nonNull(ledger, "ledger");
        Require.nonNull(unit, "unit");
        Require.nonNull(lotteries, "lotteries");
        Facility f = ledger.catalogue().facilityOf(unit).getOrElseThrow(() -> io.github.kisoku.kernel
                .InvalidInputException.of(List.of(io.github.kisoku.kernel.Problem.of(BookingProblem.UNKNOWN_UNIT, "unit")
                        .withFigure("unitId", unit.describe()))));
        Map<BlockSlot, Long> held = ledger.expire(now).ledger().held();
        Option<ClosedDays> closedDays = ledger.settings().closedDays(f.id());
        // the months with a lottery open now, the unit's blocks, the row of a closed day: once, not per cell
        List<YearMonth> lotteryMonths = lotteries.filter(p -> p.isOpenAt(now)).map(LotteryPeriod::useMonth).toList();
        Array<Block> blocks = unit.blockArray();
        List<Slot> backwards = f.slots().reverse();
        List<Mark> closedRow = f.slots().map(s -> Mark.CLOSED);
        // the rows in date order, each written from its last slot back (a list is built from its end)
        java.util.ArrayList<List<Mark>> rows = new java.util.ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (closedDays.isDefined() && closedDays.get().isClosed(d)) {
                rows.add(closedRow);
                continue;
            }
            boolean lottery = lotteryAt(lotteryMonths, d);
            List<Mark> row = List.empty();
            for (Slot s : backwards) {
                row = row.prepend(taken(held, blocks, d, s) ? Mark.TAKEN : lottery ? Mark.LOTTERY : Mark.FREE);
            }
            rows.add(row);
        }
        return ImmutableAvailabilityGrid.create(unit, f.slots(), from, Array.ofAll(rows));
    }

    private static boolean lotteryAt(List<YearMonth> months, LocalDate day) {
        for (YearMonth m : months) {
            if (m.getYear() == day.getYear() && m.getMonthValue() == day.getMonthValue()) {
                return true;
            }
        }
        return false;
    }

    private static boolean taken(Map<BlockSlot, Long> held, Array<Block> blocks, LocalDate day, Slot slot) {
        for (int b = 0; b < blocks.size(); b++) {
            if (held.containsKey(new BlockSlot(blocks.get(b), day, slot))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the unit} */
    public abstract Unit unit();

    /** {@return the slots, the grid's columns} */
    public abstract List<Slot> slots();

    /** {@return the first date of the grid} */
    abstract LocalDate from();

    /** {@return the marks of each date from the first, in order} */
    abstract Array<List<Mark>> marks();

    /**
     * The marks per date, the grid's rows. Built when asked for, from the rows in date order (a
     * grid is made far more often than its rows are read as a map, and a tree built one row at a
     * time was a third of what a grid allocated).
     *
     * @return the rows by date
     */
    public SortedMap<LocalDate, List<Mark>> rows() {
        java.util.ArrayList<io.vavr.Tuple2<LocalDate, List<Mark>>> days = new java.util.ArrayList<>(marks().size());
        LocalDate d = from();
        for (List<Mark> row : marks()) {
            days.add(io.vavr.Tuple.of(d, row));
            d = d.plusDays(1);
        }
        return TreeMap.ofEntries(days);
    }

    /**
     * The mark of one cell.
     *
     * @param date the date
     * @param slot the slot
     * @return the mark, if the cell is in the grid
     */
    public Option<Mark> at(LocalDate date, Slot slot) {
        int i = slots().indexOf(slot);
        long day = java.time.temporal.ChronoUnit.DAYS.between(from(), date);
        return i < 0 || day < 0 || day >= marks().size() ? Option.none() : Option.some(marks().get((int) day).get(i));
    }

    /** {@return the grid as text, one line per date} */
    public String render() {
        StringBuilder out = new StringBuilder(unit().name()).append('\n');
        out.append("          ").append(slots().map(Slot::label).mkString(" ")).append('\n');
        rows().forEach((d, marks) -> out.append(d).append(' ').append(marks.map(Mark::symbol).mkString("      "))
                .append('\n'));
        return out.toString();
    }
}
