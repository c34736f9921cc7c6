package io.github.kisoku.golftax;

import io.github.kisoku.calendar.JapaneseHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The day types of a published fee table (平日・土曜日・日曜祝日), as the circular 税第423号
 * 第2・1(1) and 第2・2(1) compare fees. A national holiday falling on a Saturday counts as a
 * holiday (祝日), since fee tables price 祝日 with Sundays.
 */
public enum DayType {
    /** Monday to Friday that is not a national holiday (平日). */
    WEEKDAY,
    /** A Saturday that is not a national holiday (土曜日). */
    SATURDAY,
    /** A Sunday or a national holiday (日曜・祝日). */
    SUNDAY_HOLIDAY;

    /**
     * The day type of a date, national holidays from {@link JapaneseHolidays}.
     *
     * @param date the date
     * @return its day type
     */
    public static DayType of(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY || JapaneseHolidays.isHoliday(date)) {
            return SUNDAY_HOLIDAY;
        }
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? SATURDAY : WEEKDAY;
    }
}
