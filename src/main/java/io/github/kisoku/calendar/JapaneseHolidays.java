package io.github.kisoku.calendar;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Japanese national holidays (国民の祝日・休日) under 国民の祝日に関する法律 (昭和23年法律第178号).
 *
 * <p>INTERIM: backed by the holiday_jp date list until the rules of the law are coded; the
 * public methods below are the stable API.
 */
public final class JapaneseHolidays {
    private static final LegalBasis LAW = LegalBasis.law("国民の祝日に関する法律", "323AC1000000178", "第2条・第3条",
            Confidence.CONFIRMED);
    private static final Map<LocalDate, Holiday> BY_DATE = load();

    private JapaneseHolidays() {
    }

    /**
     * The holiday on a date, if any.
     *
     * @param date the date
     * @return the holiday, or none on an ordinary day
     */
    public static Option<Holiday> on(LocalDate date) {
        return BY_DATE.get(Require.nonNull(date, "date"));
    }

    /**
     * Whether a date is a national holiday (祝日, 振替休日 or 国民の休日).
     *
     * @param date the date
     * @return true on a holiday
     */
    public static boolean isHoliday(LocalDate date) {
        return on(date).isDefined();
    }

    /**
     * Every holiday of a year, in date order.
     *
     * @param year the year
     * @return the holidays
     */
    public static List<Holiday> inYear(int year) {
        return BY_DATE.values().filter(h -> h.date().getYear() == year).toList().sortBy(Holiday::date);
    }

    private static Map<LocalDate, Holiday> load() {
        try (InputStream in = JapaneseHolidays.class.getResourceAsStream("interim_holidays.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<LocalDate, Holiday> m = HashMap.empty();
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", 3);
                LocalDate d = LocalDate.parse(f[0]);
                HolidayKind kind = f[1].equals("振替休日") ? HolidayKind.SUBSTITUTE
                        : f[1].equals("国民の休日") ? HolidayKind.CITIZENS : HolidayKind.NATIONAL;
                m = m.put(d, Holiday.of(d, f[1], f[2].replace("\"", ""), kind, LAW, false));
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
