package io.github.kisoku.booking;

import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
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
        // the months with a lottery open now, the unit's blocks: once, not per cell
        Set<YearMonth> lotteryMonths = HashSet.ofAll(lotteries.filter(p -> p.isOpenAt(now)).map(LotteryPeriod::useMonth));
        List<Block> blocks = unit.blocks().toList();
        // a grid's rows are in date order, so the tree is built once from them
        java.util.List<io.vavr.Tuple2<LocalDate, List<Mark>>> days = new java.util.ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            boolean closed = closedDays.exists(c -> c.isClosed(day));
            boolean lottery = lotteryMonths.contains(YearMonth.from(day));
            days.add(io.vavr.Tuple.of(d, f.slots().map(s -> closed ? Mark.CLOSED
                    : blocks.exists(b -> held.containsKey(new BlockSlot(b, day, s))) ? Mark.TAKEN
                    : lottery ? Mark.LOTTERY : Mark.FREE)));
        }
        return ImmutableAvailabilityGrid.create(unit, f.slots(), TreeMap.ofEntries(days));
    }

    /** {@return the unit} */
    public abstract Unit unit();

    /** {@return the slots, the grid's columns} */
    public abstract List<Slot> slots();

    /** {@return the marks per date, the grid's rows} */
    public abstract SortedMap<LocalDate, List<Mark>> rows();

    /**
     * The mark of one cell.
     *
     * @param date the date
     * @param slot the slot
     * @return the mark, if the cell is in the grid
     */
    public Option<Mark> at(LocalDate date, Slot slot) {
        int i = slots().indexOf(slot);
        return i < 0 ? Option.none() : rows().get(date).map(r -> r.get(i));
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
