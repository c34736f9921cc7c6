package io.github.kisoku.calendar;

import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The equinox days (春分日・秋分日) that 国民の祝日に関する法律第2条 makes 春分の日 and 秋分の日.
 *
 * <p>The law does not fix a date: 国立天文台 computes the days and announces them in 暦要項,
 * published in 官報 on the first business day of February for the next year. The announced days
 * are data ({@code equinox_days.csv}, confidence SECONDARY: transcribed from the Cabinet Office
 * list, the gazette itself not read). Later years are predicted with the usual approximation
 * formula for 1980–2099 (春分日 = ⌊20.8431 + 0.242194 (y − 1980)⌋ − ⌊(y − 1980) / 4⌋, 秋分日 the
 * same with 23.2488), which reproduces every announced day from 1980 on; a predicted day is
 * UNCONFIRMED until its announcement.
 */
final class EquinoxDays {
    /** The last year the approximation formula's constants are made for. */
    static final int LAST_PREDICTABLE_YEAR = 2099;

    private static final Map<Integer, LocalDate[]> ANNOUNCED = load();
    /** The last year whose equinox days are announced in {@code equinox_days.csv}. */
    static final int LAST_ANNOUNCED_YEAR = ANNOUNCED.keySet().max().getOrElse(0);
    /** The first year whose equinox days are in {@code equinox_days.csv}. */
    static final int FIRST_ANNOUNCED_YEAR = ANNOUNCED.keySet().min().getOrElse(0);

    /** 春分日. */
    static final DateRule VERNAL = new Equinox(0, "春分日");
    /** 秋分日. */
    static final DateRule AUTUMNAL = new Equinox(1, "秋分日");

    private EquinoxDays() {
    }

    /** The announced days of a year, if announced. */
    static Option<LocalDate> announced(int year, boolean vernal) {
        return ANNOUNCED.get(year).map(days -> days[vernal ? 0 : 1]);
    }

    /**
     * The day the approximation formula gives for a year from 1980 to 2099. Integer arithmetic
     * (the constants times 10^7) so that no rounding of floating point can move a day.
     */
    static LocalDate predicted(int year, boolean vernal) {
        long y = year - 1980L;
        long base = vernal ? 208_431_000L : 232_488_000L;
        int day = (int) ((base + 2_421_940L * y) / 10_000_000L - y / 4);
        return LocalDate.of(year, vernal ? 3 : 9, day);
    }

    private record Equinox(int index, String name) implements DateRule {
        @Override
        public LocalDate in(int year) {
            return announced(year, index == 0).getOrElse(() -> predicted(year, index == 0));
        }

        @Override
        public boolean predictedIn(int year) {
            return year > LAST_ANNOUNCED_YEAR;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<Integer, LocalDate[]> load() {
        return HashMap.ofEntries(BundledCsv.read(EquinoxDays.class, "equinox_days.csv").map(r -> io.vavr.Tuple.of(
                Integer.parseInt(r.get("year")), new LocalDate[] {LocalDate.parse(r.get("vernal_equinox_day")),
                    LocalDate.parse(r.get("autumnal_equinox_day"))})));
    }
}
