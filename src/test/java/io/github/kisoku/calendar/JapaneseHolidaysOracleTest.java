package io.github.kisoku.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of 国民の祝日に関する法律 against the holiday_jp list (test resource, MIT, see the
 * README beside it) for every day from 1970-01-01 to 2050-12-31, in both directions.
 */
class JapaneseHolidaysOracleTest {
    private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2050, 12, 31);

    /**
     * Dates where the list's name is not the law's. The law wins:
     * <ul>
     * <li>2019-10-14: the list says 体育の日（スポーツの日）; the renaming to スポーツの日 by 平成30年法律第57号
     * is in force only from 2020-01-01, so in 2019 the day is 体育の日.</li>
     * <li>2019-05-01 and 2019-10-22: the list says 休日（祝日扱い）; 平成30年法律第99号 第1項 names the days
     * 天皇の即位の日 and 即位礼正殿の儀.</li>
     * <li>1989-02-24 and 1993-06-09: the list shortens the names of the special laws' days.</li>
     * </ul>
     * And on every 6 May after a Sunday 3 or 4 May since 2007 (2008, 2009, 2014, 2015, 2025, 2026, …)
     * the list names the substitute holiday after こどもの日, which is not on a Sunday; by 第3条第2項
     * the substitute is for the 国民の祝日 that fell on the Sunday (憲法記念日 or みどりの日), see
     * {@link #lawName}.
     */
    private static final Map<LocalDate, String> LAW_NAMES = HashMap.of(
            LocalDate.of(2019, 10, 14), "体育の日",
            LocalDate.of(2019, 5, 1), "天皇の即位の日",
            LocalDate.of(2019, 10, 22), "即位礼正殿の儀",
            LocalDate.of(1989, 2, 24), "昭和天皇の大喪の礼",
            LocalDate.of(1993, 6, 9), "皇太子徳仁親王の結婚の儀");

    /**
     * The one-off days of special laws: 平成元年法律第4号 (大喪の礼), 平成2年法律第24号 and 平成30年法律第99号
     * (即位礼正殿の儀, 即位の日), 平成5年法律第32号 (結婚の儀).
     */
    private static final io.vavr.collection.Set<LocalDate> SPECIAL_LAW_DAYS = io.vavr.collection.HashSet.of(
            LocalDate.of(1989, 2, 24), LocalDate.of(1990, 11, 12), LocalDate.of(1993, 6, 9),
            LocalDate.of(2019, 5, 1), LocalDate.of(2019, 10, 22));

    private static Map<LocalDate, String> oracle;

    @BeforeAll
    static void readOracle() throws IOException {
        try (InputStream in = JapaneseHolidaysOracleTest.class.getResourceAsStream("holidays_jp_1970_2050.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            oracle = List.ofAll(r.lines().skip(1).toList()).toMap(line -> LocalDate.parse(line.substring(0, 10)),
                    line -> line.substring(11, line.indexOf(',', 11)));
        }
        assertThat(oracle.size()).as("rows of the list").isEqualTo(1329);
    }

    /** The list's name in the library's naming: 振替休日（X） for 「X 振替休日」, 国民の休日 for 休日. */
    private static String lawName(LocalDate date, String listName) {
        if (LAW_NAMES.containsKey(date)) {
            return LAW_NAMES.get(date).get();
        }
        if (listName.endsWith(" 振替休日")) {
            String substituted = listName.substring(0, listName.length() - " 振替休日".length());
            if (substituted.equals("こどもの日") && date.getDayOfMonth() == 6
                    && date.minusDays(1).getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                LocalDate sunday = date.with(java.time.temporal.TemporalAdjusters.previous(java.time.DayOfWeek.SUNDAY));
                substituted = oracle.get(sunday).get();
            }
            return "振替休日（" + substituted + "）";
        }
        return listName.equals("休日") ? "国民の休日" : listName;
    }

    private static List<LocalDate> everyDay() {
        return List.ofAll(FIRST.datesUntil(LAST.plusDays(1)).toList());
    }

    @Test
    @DisplayName("祝日法: every date of the list is a holiday of the same name, 1970–2050")
    void everyListedDateIsAHolidayOfTheSameName() {
        List<String> mismatches = oracle.toList().sortBy(e -> e._1).flatMap(e -> {
            String expected = lawName(e._1, e._2);
            String actual = JapaneseHolidays.on(e._1).map(Holiday::nameJa).getOrElse("(no holiday)");
            return expected.equals(actual) ? List.empty() : List.of(e._1 + ": list " + e._2 + ", rules " + actual);
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    @DisplayName("祝日法: every holiday of the rules is in the list, checking every day 1970–2050")
    void everyComputedHolidayIsListed() {
        List<LocalDate> days = everyDay();
        assertThat(days.size()).isEqualTo(29_585);
        List<String> extra = days.flatMap(d -> JapaneseHolidays.on(d).filter(h -> !oracle.containsKey(d))
                .map(h -> d + ": rules " + h.nameJa() + ", not in the list"));
        assertThat(extra).isEmpty();
        assertThat(days.count(JapaneseHolidays::isHoliday)).isEqualTo(oracle.size());
    }

    @Test
    @DisplayName("祝日法: inYear lists the same holidays as on(), year by year")
    void inYearAgreesWithOn() {
        for (int year = 1970; year <= 2050; year++) {
            int y = year;
            List<LocalDate> listed = oracle.keySet().filter(d -> d.getYear() == y).toList().sorted();
            assertThat(JapaneseHolidays.inYear(year).map(Holiday::date)).as("year %d", year)
                    .containsExactlyElementsOf(listed);
        }
    }

    /**
     * {@link JapaneseHolidays} computes its table once; this recomputes each year from the rules
     * ({@link HolidayLaw#holidaysOf}) so that a wrong rule cannot hide behind the cached table.
     */
    @Test
    @DisplayName("祝日法第2条・第3条: the rules recomputed year by year give the list's days, names and kinds")
    void theRulesRecomputedYearByYearGiveTheList() {
        for (int year = 1970; year <= 2050; year++) {
            int y = year;
            List<String> expected = oracle.filterKeys(d -> d.getYear() == y).toList().sortBy(e -> e._1)
                    .map(e -> e._1 + " " + lawName(e._1, e._2));
            List<Holiday> computed = HolidayLaw.holidaysOf(year);
            assertThat(computed.map(h -> h.date() + " " + h.nameJa())).as("year %d", year)
                    .containsExactlyElementsOf(expected);
            for (Holiday h : computed) {
                HolidayKind kind = SPECIAL_LAW_DAYS.contains(h.date()) ? HolidayKind.SPECIAL
                        : h.nameJa().startsWith("振替休日") ? HolidayKind.SUBSTITUTE
                        : h.nameJa().equals("国民の休日") ? HolidayKind.CITIZENS : HolidayKind.NATIONAL;
                assertThat(h.kind()).as(h.toString()).isEqualTo(kind);
                // Predicted: an equinox day after the last announcement, and every day derived from one
                // (its 振替休日, or a 国民の休日 next to it).
                boolean equinoxBeside = computed.exists(o -> isEquinox(o)
                        && Math.abs(o.date().toEpochDay() - h.date().toEpochDay()) == 1);
                boolean derivedFromEquinox = isEquinox(h) || h.nameJa().contains("春分の日") || h.nameJa().contains("秋分の日")
                        || h.kind() == HolidayKind.CITIZENS && equinoxBeside;
                assertThat(h.predicted()).as("predicted: %s", h).isEqualTo(
                        year > JapaneseHolidays.lastAnnouncedEquinoxYear() && derivedFromEquinox);
                // A prediction's basis says so and is UNCONFIRMED; an announced or fixed day's is not.
                assertThat(h.basis().note().exists(n -> n.startsWith("predicted: "))).as("basis of %s", h)
                        .isEqualTo(h.predicted());
            }
        }
    }

    private static boolean isEquinox(Holiday h) {
        return h.nameJa().equals("春分の日") || h.nameJa().equals("秋分の日");
    }

    @Test
    @DisplayName("祝日法第3条第3項: 2032-09-21 between 敬老の日 and a predicted 秋分の日 is a predicted 国民の休日")
    void aCitizensHolidayNextToAPredictedEquinoxIsPredicted() {
        // 2032-09-20 is the third Monday (敬老の日); the equinox of 2032 is predicted for 09-22 (Wednesday).
        Holiday h = HolidayLaw.holidaysOf(2032).find(x -> x.date().equals(LocalDate.of(2032, 9, 21))).get();
        assertThat(h.kind()).isEqualTo(HolidayKind.CITIZENS);
        assertThat(h.predicted()).isTrue();
        assertThat(h.basis().note().get()).contains("equinox");
    }
}
