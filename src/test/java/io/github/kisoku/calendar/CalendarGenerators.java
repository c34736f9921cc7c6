package io.github.kisoku.calendar;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.Generators.withEdges;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.vavr.collection.HashSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/**
 * Generators of the calendar's values for properties: dates, birth dates and dates around
 * birthdays, sets of closed days and lengths of legal periods.
 *
 * <p>Dates come with the days the calendar's rules turn on mixed in (about one example in four):
 * the first, the last and the next-to-last day of a month, 29 February and the days either side of
 * it, the end of February, 31 December and 1 January; the bounds of the range come up as the edges
 * of {@link io.github.kisoku.testing.Generators#ints(int, int)} do. An edge that would fall outside
 * the range is moved to the nearer bound.
 */
public final class CalendarGenerators {
    /** Per cent of the dates put on one of the calendar's edges. */
    private static final int CALENDAR_EDGE_PERCENT = 25;
    /** Per cent of the birth dates that are 29 February. */
    private static final int LEAP_DAY_BIRTH_PERCENT = 20;
    /** Per cent of the dates after a birth that are the day before, of or after a birthday. */
    private static final int AROUND_BIRTHDAY_PERCENT = 30;
    /** The first and last birth date of {@link #birthDates()}: 40,000 days, about 110 years. */
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1940, 1, 1);
    private static final LocalDate LAST_BIRTH_DATE = FIRST_BIRTH_DATE.plusDays(40_000);
    /** The longest gap between two leap years in the Gregorian calendar (as 1896 to 1904). */
    private static final int MAX_YEARS_BETWEEN_LEAP_DAYS = 8;
    private static final LegalBasis FACILITY_RULES = LegalBasis.document("facility rules", "休館日",
            Confidence.CONFIRMED);
    private static final ClosedDays FACILITY = ClosedDays.of(Message.of("休館日", "facility closed"), FACILITY_RULES,
            HashSet.of(DayOfWeek.MONDAY), HashSet.of(LocalDate.of(2026, 4, 30)));

    private CalendarGenerators() {
    }

    /** The days the calendar's rules turn on, found in the month or year of a date. */
    private enum CalendarEdge {
        FIRST_OF_MONTH, LAST_OF_MONTH, NEXT_TO_LAST_OF_MONTH, END_OF_FEBRUARY, LEAP_DAY, DAY_BEFORE_LEAP_DAY,
        DAY_AFTER_LEAP_DAY, LAST_OF_YEAR, FIRST_OF_YEAR;

        LocalDate near(LocalDate date, LocalDate first, LocalDate last) {
            return switch (this) {
                case FIRST_OF_MONTH -> date.withDayOfMonth(1);
                case LAST_OF_MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
                case NEXT_TO_LAST_OF_MONTH -> date.with(TemporalAdjusters.lastDayOfMonth()).minusDays(1);
                case END_OF_FEBRUARY -> date.withMonth(2).with(TemporalAdjusters.lastDayOfMonth());
                case LEAP_DAY -> leapDayNear(date, first, last);
                case DAY_BEFORE_LEAP_DAY -> leapDayNear(date, first, last).minusDays(1);
                case DAY_AFTER_LEAP_DAY -> leapDayNear(date, first, last).plusDays(1);
                case LAST_OF_YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
                case FIRST_OF_YEAR -> date.with(TemporalAdjusters.firstDayOfYear());
            };
        }
    }

    /**
     * Dates from {@code first} to {@code last}, both included: any day, with the calendar's edges
     * (month ends, 29 February and its neighbours, year ends and starts, the range's bounds) mixed
     * in. Shrinks towards {@code first}.
     *
     * @param first the earliest date
     * @param last the latest date, not before {@code first}
     * @return the generator
     */
    public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last);
        if (span < 0 || span > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no range of dates from " + first + " to " + last);
        }
        Gen<LocalDate> anyDay = ints(0, (int) span).map(days -> first.plusDays(days));
        Gen<LocalDate> onAnEdge = anyDay.zip(oneOf(CalendarEdge.values()),
                (date, edge) -> clamp(edge.near(date, first, last), first, last));
        return weighted(List.of(100 - CALENDAR_EDGE_PERCENT, CALENDAR_EDGE_PERCENT), List.of(anyDay, onAnEdge));
    }

    /**
     * Every 29 February from {@code first} to {@code last}, both included.
     *
     * @param first the earliest date
     * @param last the latest date
     * @return the generator
     * @throws IllegalArgumentException if there is no 29 February in the range
     */
    public static Gen<LocalDate> leapDaysBetween(LocalDate first, LocalDate last) {
        List<LocalDate> leapDays = IntStream.rangeClosed(first.getYear(), last.getYear()).filter(Year::isLeap)
                .mapToObj(y -> LocalDate.of(y, Month.FEBRUARY, 29))
                .filter(d -> !d.isBefore(first) && !d.isAfter(last)).collect(Collectors.toList());
        if (leapDays.isEmpty()) {
            throw new IllegalArgumentException("no 29 February from " + first + " to " + last);
        }
        return oneOf(leapDays);
    }

    /**
     * Birth dates over 40,000 days from 1940-01-01 to 2049-07-07, people of today's and tomorrow's
     * ages: dates as {@link #datesBetween} gives them, and 29 February in about one example in five.
     *
     * @return the generator
     */
    public static Gen<LocalDate> birthDates() {
        return weighted(List.of(100 - LEAP_DAY_BIRTH_PERCENT, LEAP_DAY_BIRTH_PERCENT), List.of(
                datesBetween(FIRST_BIRTH_DATE, LAST_BIRTH_DATE), leapDaysBetween(FIRST_BIRTH_DATE, LAST_BIRTH_DATE)));
    }

    /**
     * A birth date from {@link #birthDates()} and a date from the birth to {@code maxDaysAfterBirth}
     * days later: any of those days, or in about three examples in ten the day before, of or after
     * one of the birthdays in that span. The birthday of a 29 February birth in a common year is
     * taken as 28 February, so 27 February, 28 February and 1 March come up.
     *
     * @param maxDaysAfterBirth the most days from the birth to the date, zero or more
     * @return the generator
     */
    public static Gen<BirthAndDate> datesAroundBirthdays(int maxDaysAfterBirth) {
        Gen<BirthAndDate> anyDay = birthDates().zip(ints(0, maxDaysAfterBirth),
                (birth, days) -> new BirthAndDate(birth, birth.plusDays(days)));
        Gen<BirthAndDate> aroundABirthday = birthDates().zip(ints(0, maxDaysAfterBirth / 365 + 1), oneOf(-1, 0, 1),
                (birth, years, shift) -> new BirthAndDate(birth,
                        clamp(birth.plusYears(years).plusDays(shift), birth, birth.plusDays(maxDaysAfterBirth))));
        return weighted(List.of(100 - AROUND_BIRTHDAY_PERCENT, AROUND_BIRTHDAY_PERCENT),
                List.of(anyDay, aroundABirthday));
    }

    /**
     * Sets of closed days: the bank's, the local tax deadlines', the government offices', a
     * facility's own (closed on Mondays and on 2026-04-30, a maintenance day) and the union of the
     * bank's with the facility's.
     *
     * @return the generator
     */
    public static Gen<ClosedDays> closedDays() {
        return oneOf(ClosedDays.bank(), ClosedDays.localTax(), ClosedDays.governmentOffice(),
                ClosedDays.bank().union(FACILITY), FACILITY);
    }

    /**
     * Lengths of a legal period (民法第140条〜第143条) in days, months or years: 1 to {@code max},
     * with 1, 2, {@code max - 1}, {@code max} and whole years of months (12, 24, 36, 48) among the
     * edges.
     *
     * @param max the longest length, 1 or more
     * @return the generator
     */
    public static Gen<Integer> legalPeriodLengths(int max) {
        List<Integer> wholeYears = IntStream.of(12, 24, 36, 48).filter(n -> n <= max).boxed()
                .collect(Collectors.toList());
        return wholeYears.isEmpty() ? ints(1, max) : withEdges(ints(1, max), wholeYears);
    }

    /**
     * A birth date and a date on which to reckon the age.
     *
     * @param birth the date of birth
     * @param date the date, on or after the birth
     */
    public record BirthAndDate(LocalDate birth, LocalDate date) {
        @Override
        public String toString() {
            return "born " + birth + ", on " + date + " (" + ChronoUnit.DAYS.between(birth, date) + " days later)";
        }
    }

    /** The 29 February nearest to a date's year whose date lies in a range, or the date if none does. */
    private static LocalDate leapDayNear(LocalDate date, LocalDate first, LocalDate last) {
        for (int k = 0; k <= MAX_YEARS_BETWEEN_LEAP_DAYS; k++) {
            for (int year : new int[] {date.getYear() + k, date.getYear() - k}) {
                if (Year.isLeap(year)) {
                    LocalDate leapDay = LocalDate.of(year, Month.FEBRUARY, 29);
                    if (!leapDay.isBefore(first) && !leapDay.isAfter(last)) {
                        return leapDay;
                    }
                }
            }
        }
        return date;
    }

    private static LocalDate clamp(LocalDate date, LocalDate first, LocalDate last) {
        return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
    }
}
