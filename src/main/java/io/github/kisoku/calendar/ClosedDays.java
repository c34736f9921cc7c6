package io.github.kisoku.calendar;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.function.Function;

/**
 * A named set of closed days (休日・休業日): days on which an office, a bank or a facility does
 * not open, so a deadline falling on one moves. Each set says why a day is closed.
 *
 * <p>The standard sets are {@link #bank()}, {@link #localTax()} and {@link #governmentOffice()};
 * a facility's own closed days come from {@link #of(Message, LegalBasis, Set, Set)} and combine
 * with {@link #union(ClosedDays)}. Immutable and thread-safe.
 */
public final class ClosedDays {
    private static final LegalBasis BANK_BASIS = LegalBasis.law("銀行法施行令", "357CO0000000040", "第5条第1項",
            Confidence.CONFIRMED);
    private static final LegalBasis LOCAL_TAX_BASIS = LegalBasis.law("地方税法", "325AC0000000226",
            "第20条の5第2項（地方税法施行令第6条の18第2項）", Confidence.CONFIRMED);
    private static final LegalBasis GOVERNMENT_BASIS = LegalBasis.law("行政機関の休日に関する法律",
            "363AC0000000091", "第1条第1項", Confidence.CONFIRMED);

    /** The longest run of closed days a roll skips before it reports that there is no open day. */
    private static final int MAX_CLOSED_RUN = 366;
    // The calendar's words are in its bundle (messages_*.properties), under text.calendar.*.
    private static final MessageBundle WORDS = MessageBundle.load(ClosedDays.class, "messages");
    private static final Option<Message> SATURDAY = Option.of(WORDS.message("text.calendar.saturday"));
    private static final Option<Message> SUNDAY = Option.of(WORDS.message("text.calendar.sunday"));
    private static final Option<Message> YEAR_END = Option.of(WORDS.message("text.calendar.year-end"));
    private static final ClosedDays BANK = standard(WORDS.message("text.calendar.bank"), BANK_BASIS,
            MonthDay.of(12, 31), MonthDay.of(1, 3));
    private static final ClosedDays LOCAL_TAX = standard(WORDS.message("text.calendar.local-tax"),
            LOCAL_TAX_BASIS, MonthDay.of(12, 29), MonthDay.of(1, 3));
    private static final ClosedDays GOVERNMENT_OFFICE = standard(WORDS.message("text.calendar.government-office"),
            GOVERNMENT_BASIS, MonthDay.of(12, 29), MonthDay.of(1, 3));

    private final Message name;
    private final LegalBasis basis;
    private final Function<LocalDate, Option<Message>> why;

    private ClosedDays(Message name, LegalBasis basis, Function<LocalDate, Option<Message>> why) {
        this.name = name;
        this.basis = basis;
        this.why = why;
    }

    /**
     * Bank closing days (銀行の休日): Saturdays, Sundays, national holidays and 12/31–1/3, under
     * 銀行法施行令第5条第1項.
     *
     * @return the set
     */
    public static ClosedDays bank() {
        return BANK;
    }

    /**
     * Closing days for local tax deadlines under 地方税法第20条の5第2項 and 施行令第6条の18第2項:
     * Sundays, national holidays, Saturdays and 12/29–12/31; 1/1–1/3 are closed too (1/1 is a
     * holiday; 1/2 and 1/3 are taken as 民法142条 休日, an interpretation: kisoku ruling 3, docs/rulings.md).
     *
     * @return the set
     */
    public static ClosedDays localTax() {
        return LOCAL_TAX;
    }

    /**
     * Government office closing days (行政機関の休日): Saturdays, Sundays, national holidays and
     * 12/29–1/3, under 行政機関の休日に関する法律第1条第1項.
     *
     * @return the set
     */
    public static ClosedDays governmentOffice() {
        return GOVERNMENT_OFFICE;
    }

    /**
     * A set of closed days of one's own, e.g. a facility's 休館日: weekly closed days and single
     * dates.
     *
     * @param name the set's name
     * @param basis where the closed days are set
     * @param weekly days of the week that are always closed
     * @param dates single closed dates
     * @return the set
     */
    public static ClosedDays of(Message name, LegalBasis basis, Set<DayOfWeek> weekly, Set<LocalDate> dates) {
        Set<DayOfWeek> w = HashSet.ofAll(Require.nonNull(weekly, "weekly"));
        Set<LocalDate> d = HashSet.ofAll(Require.nonNull(dates, "dates"));
        Message n = Require.nonNull(name, "name");
        // one answer for every closed day: a booking asks for each day it checks
        Option<Message> closed = Option.some(n);
        return new ClosedDays(n, Require.nonNull(basis, "basis"), date -> w.contains(date.getDayOfWeek())
                || d.contains(date) ? closed : Option.none());
    }

    private static ClosedDays standard(Message name, LegalBasis basis, MonthDay yearEndFrom, MonthDay newYearTo) {
        // Month and day as one number (1231 for 12/31): a deadline's roll asks this for every day it skips.
        int yearEnd = yearEndFrom.getMonthValue() * 100 + yearEndFrom.getDayOfMonth();
        int newYear = newYearTo.getMonthValue() * 100 + newYearTo.getDayOfMonth();
        return new ClosedDays(name, basis, date -> {
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                return SATURDAY;
            }
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return SUNDAY;
            }
            Option<Holiday> h = JapaneseHolidays.on(date);
            if (h.isDefined()) {
                return h.get().whyClosed();
            }
            int md = date.getMonthValue() * 100 + date.getDayOfMonth();
            if (md >= yearEnd || md <= newYear) {
                return YEAR_END;
            }
            return Option.none();
        });
    }

    /** {@return the set's name} */
    public Message name() {
        return name;
    }

    /** {@return where the set is defined} */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Why a date is closed, if it is.
     *
     * @param date the date
     * @return why the date is closed (e.g. {@code 日曜日}, {@code 憲法記念日}), or none when open
     * @throws InvalidInputException for a weekday outside {@link JapaneseHolidays}' supported range
     *     (1970–2099), where a standard set cannot tell whether it is a national holiday
     */
    public Option<Message> whyClosed(LocalDate date) {
        return why.apply(Require.nonNull(date, "date"));
    }

    /**
     * Whether a date is closed.
     *
     * @param date the date
     * @return true when closed
     * @throws InvalidInputException for a weekday outside {@link JapaneseHolidays}' supported range
     */
    public boolean isClosed(LocalDate date) {
        return whyClosed(date).isDefined();
    }

    /**
     * This set together with another: a day is closed when either closes it.
     *
     * @param other the other set
     * @return the union, named after both, with this set's basis
     */
    public ClosedDays union(ClosedDays other) {
        Require.nonNull(other, "other");
        return new ClosedDays(WORDS.message("text.calendar.union", "first", name, "second", other.name),
                basis, date -> {
                    // a plain branch: orElse would take a supplier made for every date asked
                    Option<Message> mine = why.apply(date);
                    return mine.isDefined() ? mine : other.why.apply(date);
                });
    }

    /**
     * Moves a date off closed days: forward to the next open day, or back to the last open day
     * before it. An open date stays where it is.
     *
     * @param date the deadline as counted
     * @param direction which way to move
     * @return the deadline as counted and as moved, with the days skipped
     * @throws InvalidInputException if no open day comes within a year (code {@code no-open-day}),
     *     or the move needs national holidays outside {@link JapaneseHolidays}' supported range
     */
    public RolledDate roll(LocalDate date, RollDirection direction) {
        Require.nonNull(date, "date");
        Require.nonNull(direction, "direction");
        LocalDate d = date;
        int skipped = 0;
        while (isClosed(d)) {
            // A set that closes every day would loop for ever; a year of closed days in a row is misuse.
            if (skipped >= MAX_CLOSED_RUN) {
                throw InvalidInputException.of(io.vavr.collection.List.of(Problem.of(CalendarProblem.NO_OPEN_DAY, "closedDays")
                        .withFigures("closedDays", name, "days", MAX_CLOSED_RUN).withFigure("date", date)));
            }
            skipped++;
            d = direction == RollDirection.FORWARD ? d.plusDays(1) : d.minusDays(1);
        }
        return RolledDate.of(date, d, direction, this);
    }

    @Override
    public String toString() {
        return io.github.kisoku.kernel.MessageBundle.plain(name);
    }
}
