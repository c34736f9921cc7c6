package io.github.kisoku.calendar;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Japanese national holidays (休日) under 国民の祝日に関する法律 (昭和23年法律第178号, e-Gov
 * 323AC1000000178) and its amendments, computed from its rules: the named holidays of 第2条
 * (国民の祝日) with the years each date applies, 振替休日 (第3条第2項, from 1973-04-12),
 * 国民の休日 (第3条第3項, from 1985-12-27), the one-off holidays of special laws (1989, 1990,
 * 1993, 2019) and the 2020 and 2021 Olympic moves. Each {@link Holiday} carries the provision that
 * makes it a holiday; confidence SECONDARY (law text from secondary sources, every date from 1970
 * to 2050 checked against the Cabinet Office list).
 *
 * <p>春分の日 and 秋分の日 fall on the equinox days 国立天文台 announces in 官報 each February for
 * the next year; announced years are data, later years are predicted by the approximation formula
 * and say so: {@link Holiday#predicted()} is true and their basis is UNCONFIRMED (as are a
 * 振替休日 or 国民の休日 that depend on them).
 *
 * <p><b>Supported range</b>: {@link #FIRST_SUPPORTED_DATE} to {@link #LAST_SUPPORTED_DATE}. Before
 * 1970 the equinox days are not in the data (and the 1959 wedding holiday is not coded); after 2099
 * the approximation formula's constants no longer hold. Outside the range {@link #lookup} answers
 * with a {@link Problem} (code {@code holidays-out-of-range}) and the other methods throw
 * {@link InvalidInputException} with it — never a silent "no holiday".
 *
 * <p>Static functions over a table computed once; thread-safe.
 */
public final class JapaneseHolidays {
    /** The first date whose holidays are computed: 1970-01-01. */
    public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(1970, 1, 1);
    /** The last date whose holidays are computed: 2099-12-31. */
    public static final LocalDate LAST_SUPPORTED_DATE = LocalDate.of(2099, 12, 31);

    private static final SortedMap<LocalDate, Holiday> BY_DATE = TreeMap.ofEntries(
            List.rangeClosed(FIRST_SUPPORTED_DATE.getYear(), LAST_SUPPORTED_DATE.getYear())
                    .flatMap(HolidayLaw::holidaysOf).map(h -> io.vavr.Tuple.of(h.date(), h)));
    // The same holidays for lookups by date, which every deadline and booking makes: one shared
    // Option per day of the supported range (about 47,500 references), indexed by epoch day.
    // LocalDate hashes cluster, so a hash map answered through tree bins.
    private static final long FIRST_EPOCH_DAY = FIRST_SUPPORTED_DATE.toEpochDay();
    private static final Option<Holiday>[] ON_DAY = onDay();

    private JapaneseHolidays() {
    }

    @SuppressWarnings("unchecked")
    private static Option<Holiday>[] onDay() {
        Option<Holiday>[] days = (Option<Holiday>[]) new Option<?>[(int) (LAST_SUPPORTED_DATE.toEpochDay()
                - FIRST_EPOCH_DAY + 1)];
        java.util.Arrays.fill(days, Option.none());
        BY_DATE.forEach((date, holiday) -> days[(int) (date.toEpochDay() - FIRST_EPOCH_DAY)] = Option.of(holiday));
        return days;
    }

    private static Option<Holiday> onSupported(LocalDate date) {
        return ON_DAY[(int) (date.toEpochDay() - FIRST_EPOCH_DAY)];
    }

    /**
     * Whether holidays are computed for a date.
     *
     * @param date the date
     * @return true from {@link #FIRST_SUPPORTED_DATE} to {@link #LAST_SUPPORTED_DATE}
     */
    public static boolean isSupported(LocalDate date) {
        Require.nonNull(date, "date");
        return !date.isBefore(FIRST_SUPPORTED_DATE) && !date.isAfter(LAST_SUPPORTED_DATE);
    }

    /**
     * The holiday on a date, or why the library cannot say.
     *
     * @param date the date
     * @return the holiday or none on an ordinary day; a problem with code
     *     {@code holidays-out-of-range} outside the supported range
     */
    public static Either<Problem, Option<Holiday>> lookup(LocalDate date) {
        return isSupported(date) ? Either.right(onSupported(date)) : Either.left(outOfRange("date", date.toString()));
    }

    /**
     * The holiday on a date, if any.
     *
     * @param date the date, within the supported range
     * @return the holiday, or none on an ordinary day
     * @throws InvalidInputException outside the supported range (code {@code holidays-out-of-range})
     */
    public static Option<Holiday> on(LocalDate date) {
        // Asked for every day a deadline rolls over; no Either on the way.
        if (!isSupported(date)) {
            throw InvalidInputException.of(List.of(outOfRange("date", date.toString())));
        }
        return onSupported(date);
    }

    /**
     * Whether a date is a national holiday (祝日, 振替休日, 国民の休日 or a special-law holiday).
     *
     * @param date the date, within the supported range
     * @return true on a holiday
     * @throws InvalidInputException outside the supported range
     */
    public static boolean isHoliday(LocalDate date) {
        return on(date).isDefined();
    }

    /**
     * Every holiday of a year, in date order.
     *
     * @param year the year, 1970 to 2099
     * @return the holidays
     * @throws InvalidInputException for a year outside the supported range
     */
    public static List<Holiday> inYear(int year) {
        if (year < FIRST_SUPPORTED_DATE.getYear() || year > LAST_SUPPORTED_DATE.getYear()) {
            throw InvalidInputException.of(List.of(outOfRange("year", Integer.toString(year))));
        }
        return BY_DATE.filterKeys(d -> d.getYear() == year).values().toList();
    }

    /**
     * The last year whose equinox days (春分日・秋分日) are announced in the library's data; the
     * equinox days of later years are predictions.
     *
     * @return the year, e.g. 2027
     */
    public static int lastAnnouncedEquinoxYear() {
        return EquinoxDays.LAST_ANNOUNCED_YEAR;
    }

    private static Problem outOfRange(String field, String given) {
        return Problem.of(CalendarProblem.HOLIDAYS_OUT_OF_RANGE, field)
                .withFigures("first", FIRST_SUPPORTED_DATE, "last", LAST_SUPPORTED_DATE).withFigure("value", given);
    }
}
