package io.github.kisoku.examples;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.calendar.FirstDay;
import io.github.kisoku.calendar.Holiday;
import io.github.kisoku.calendar.JapaneseHolidays;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.calendar.RollDirection;
import io.github.kisoku.calendar.RolledDate;
import java.time.LocalDate;

/**
 * A clerk's view of the calendar: the national holidays around Golden Week with the provision
 * behind each, a 7-day deadline counted under 民法140条 and moved off bank closing days, and a
 * rider's age in both legal readings on the eve of the 16th birthday.
 */
public final class CalendarDeadlines {
    private CalendarDeadlines() {
    }

    /**
     * Prints the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.println("Golden Week 2026:");
        for (Holiday h : JapaneseHolidays.inYear(2026)) {
            if (h.date().getMonthValue() == 4 && h.date().getDayOfMonth() >= 29 || h.date().getMonthValue() == 5) {
                System.out.println("  " + h.date() + " " + h.nameJa() + " — " + h.basis().cite());
            }
        }
        LocalDate notice = LocalDate.of(2026, 4, 28);
        LocalDate lastDay = LegalPeriod.ofDays(7).lastDay(notice, FirstDay.EXCLUDED);
        RolledDate deadline = ClosedDays.bank().roll(lastDay, RollDirection.FORWARD);
        System.out.println("7 days from " + notice + " (first day excluded): last day " + deadline.counted()
                + ", moved to " + deadline.rolled());
        deadline.skipped().forEach(s -> System.out.println("  skipped " + s));
        LocalDate birth = LocalDate.of(2010, 4, 1);
        LocalDate eve = LocalDate.of(2026, 3, 31);
        System.out.println("born " + birth + ", on " + eve + ": " + Age.of(birth, eve, AgeReading.AT_MOMENT)
                + " at the moment of an act, " + Age.of(birth, eve, AgeReading.AS_OF_DATE) + " as of the date");
    }
}
