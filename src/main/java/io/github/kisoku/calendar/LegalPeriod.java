package io.github.kisoku.calendar;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A period counted as 民法 counts it (期間の計算): in days, months or years, from an event day,
 * with or without its first day (民法第140条), ending at the end of its last day (第141条);
 * months and years end on the day before the day corresponding to the start, or at the month's
 * end when there is no such day (第143条).
 *
 * <p>Moving a last day that falls on a closed day (第142条) is separate:
 * {@link ClosedDays#roll(LocalDate, RollDirection)}. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class LegalPeriod {
    /** 民法第140条〜第143条. */
    public static final LegalBasis BASIS = LegalBasis.law("民法", "129AC0000000089", "第140条〜第143条",
            Confidence.CONFIRMED);

    enum Unit {
        DAYS, MONTHS, YEARS
    }


    LegalPeriod() {
    }

    /**
     * A period of days (日).
     *
     * @param days how many days, one or more
     * @return the period
     * @throws InvalidInputException if the length is less than one
     */
    public static LegalPeriod ofDays(int days) {
        return ImmutableLegalPeriod.create(positive(days), Unit.DAYS);
    }

    /**
     * A period of months (月), counted by the calendar (民法第143条第1項).
     *
     * @param months how many months, one or more
     * @return the period
     * @throws InvalidInputException if the length is less than one
     */
    public static LegalPeriod ofMonths(int months) {
        return ImmutableLegalPeriod.create(positive(months), Unit.MONTHS);
    }

    /**
     * A period of years (年), counted by the calendar (民法第143条第1項).
     *
     * @param years how many years, one or more
     * @return the period
     * @throws InvalidInputException if the length is less than one
     */
    public static LegalPeriod ofYears(int years) {
        return ImmutableLegalPeriod.create(positive(years), Unit.YEARS);
    }

    private static int positive(int n) {
        if (n < 1) {
            throw InvalidInputException.of(List.of(Problem.of(CalendarProblem.PERIOD_LENGTH, "length").withFigure("value", n)));
        }
        return n;
    }

    /**
     * The first day the period counts: the event day itself when its first day is included,
     * else the next day (民法第140条).
     *
     * @param eventDay the day of the event that starts the period (e.g. the notice date)
     * @param firstDay whether the event day counts
     * @return the period's first day
     * @throws InvalidInputException if the day is beyond what java.time can compute
     */
    public LocalDate firstDay(LocalDate eventDay, FirstDay firstDay) {
        Require.nonNull(eventDay, "eventDay");
        if (Require.nonNull(firstDay, "firstDay") == FirstDay.INCLUDED) {
            return eventDay;
        }
        try {
            return eventDay.plusDays(1);
        } catch (DateTimeException e) {
            throw Age.outOfRange("eventDay", eventDay);
        }
    }

    /**
     * The period's last day (満了日), before any move off a closed day.
     *
     * <p>Days: the {@code n}-th day counted from the first day. Months and years: the day before
     * the day corresponding to the first day in the last month; if the last month has no such
     * day (31 January + 1 month), the end of that month (民法第143条第2項).
     *
     * @param eventDay the day of the event that starts the period
     * @param firstDay whether the event day counts
     * @return the last day
     * @throws InvalidInputException if the day is beyond what java.time can compute
     */
    public LocalDate lastDay(LocalDate eventDay, FirstDay firstDay) {
        Require.nonNull(eventDay, "eventDay");
        try {
            LocalDate start = firstDay(eventDay, firstDay);
            if (unit() == Unit.DAYS) {
                return start.plusDays(length() - 1L);
            }
            long months = unit() == Unit.MONTHS ? length() : length() * 12L;
            YearMonth last = YearMonth.from(start).plusMonths(months);
            if (start.getDayOfMonth() > last.lengthOfMonth()) {
                return last.atEndOfMonth();
            }
            return last.atDay(start.getDayOfMonth()).minusDays(1);
        } catch (DateTimeException e) {
            throw Age.outOfRange("eventDay", eventDay);
        }
    }

    /** {@return the period's length in its unit} */
    public abstract int length();

    abstract Unit unit();
}
