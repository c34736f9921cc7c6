package io.github.kisoku.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static String name(LocalDate date) {
        return JapaneseHolidays.on(date).map(Holiday::nameJa).getOrElse("-");
    }

    private static Holiday holiday(LocalDate date) {
        return JapaneseHolidays.on(date).getOrElseThrow(() -> new AssertionError("no holiday on " + date));
    }

    @Test
    @DisplayName("祝日法第2条, 第3条: the holidays of 2026, Golden Week and the September 国民の休日 included")
    void holidaysOf2026() {
        assertThat(JapaneseHolidays.inYear(2026).map(h -> h.date() + " " + h.nameJa())).containsExactly(
                "2026-01-01 元日", "2026-01-12 成人の日", "2026-02-11 建国記念の日", "2026-02-23 天皇誕生日",
                "2026-03-20 春分の日", "2026-04-29 昭和の日", "2026-05-03 憲法記念日", "2026-05-04 みどりの日",
                "2026-05-05 こどもの日", "2026-05-06 振替休日（憲法記念日）", "2026-07-20 海の日", "2026-08-11 山の日",
                "2026-09-21 敬老の日", "2026-09-22 国民の休日", "2026-09-23 秋分の日", "2026-10-12 スポーツの日",
                "2026-11-03 文化の日", "2026-11-23 勤労感謝の日");
        assertThat(holiday(d(2026, 5, 6)).kind()).isEqualTo(HolidayKind.SUBSTITUTE);
        assertThat(holiday(d(2026, 5, 6)).basis().provision()).contains("第3条第2項").contains("平成17年法律第43号");
        assertThat(holiday(d(2026, 9, 22)).kind()).isEqualTo(HolidayKind.CITIZENS);
        assertThat(holiday(d(2026, 9, 22)).basis().provision()).contains("第3条第3項");
        assertThat(holiday(d(2026, 1, 1)).basis().eGovLawId().get()).isEqualTo("323AC1000000178");
    }

    @Test
    @DisplayName("第2条 成人の日: 1月15日 until 1999, 1月の第2月曜日 from 2000 (平成10年法律第141号)")
    void comingOfAgeDay() {
        assertThat(name(d(1999, 1, 15))).isEqualTo("成人の日");
        assertThat(name(d(2000, 1, 15))).isEqualTo("-");
        assertThat(name(d(2000, 1, 10))).isEqualTo("成人の日");
        assertThat(holiday(d(2000, 1, 10)).basis().provision()).contains("平成10年法律第141号");
    }

    @Test
    @DisplayName("第2条 天皇誕生日: 4/29 until 1988, 12/23 1989–2018, none in 2019, 2/23 from 2020")
    void emperorsBirthday() {
        assertThat(name(d(1988, 4, 29))).isEqualTo("天皇誕生日");
        assertThat(name(d(1989, 4, 29))).isEqualTo("みどりの日");
        assertThat(name(d(1989, 12, 23))).isEqualTo("天皇誕生日");
        assertThat(name(d(2018, 12, 23))).isEqualTo("天皇誕生日");
        assertThat(name(d(2019, 2, 23))).isEqualTo("-");
        assertThat(name(d(2019, 12, 23))).isEqualTo("-");
        assertThat(JapaneseHolidays.inYear(2019).map(Holiday::nameJa)).doesNotContain("天皇誕生日");
        assertThat(name(d(2020, 2, 23))).isEqualTo("天皇誕生日");
        assertThat(holiday(d(2020, 2, 23)).basis().provision()).contains("平成29年法律第63号");
    }

    @Test
    @DisplayName("第2条 みどりの日 4/29 (1989–2006) → 5/4 (2007–), 昭和の日 from 2007; 5/4 was 国民の休日 before")
    void greeneryDayAndShowaDay() {
        assertThat(name(d(2006, 4, 29))).isEqualTo("みどりの日");
        assertThat(name(d(2006, 5, 4))).isEqualTo("国民の休日");
        assertThat(name(d(2007, 4, 29))).isEqualTo("昭和の日");
        assertThat(name(d(2007, 5, 4))).isEqualTo("みどりの日");
    }

    @Test
    @DisplayName("第2条 海の日 7/20 from 1996, 7月の第3月曜日 from 2003; 山の日 from 2016; 敬老の日 9/15 → 第3月曜日")
    void marineMountainAndAgedDays() {
        assertThat(name(d(1995, 7, 20))).isEqualTo("-");
        assertThat(name(d(1996, 7, 20))).isEqualTo("海の日");
        assertThat(name(d(2003, 7, 21))).isEqualTo("海の日");
        assertThat(name(d(2015, 8, 11))).isEqualTo("-");
        assertThat(name(d(2016, 8, 11))).isEqualTo("山の日");
        assertThat(name(d(2002, 9, 15))).isEqualTo("敬老の日");
        assertThat(name(d(2003, 9, 15))).isEqualTo("敬老の日");
        assertThat(name(d(2004, 9, 20))).isEqualTo("敬老の日");
        assertThat(name(d(2004, 9, 15))).isEqualTo("-");
    }

    @Test
    @DisplayName("第2条 体育の日 10/10 → 第2月曜日 (2000–2019), スポーツの日 from 2020 (平成30年法律第57号)")
    void sportsDay() {
        assertThat(name(d(1999, 10, 10))).isEqualTo("体育の日");
        assertThat(name(d(2019, 10, 14))).isEqualTo("体育の日");
        assertThat(name(d(2022, 10, 10))).isEqualTo("スポーツの日");
        assertThat(holiday(d(2022, 10, 10)).basis().provision()).contains("平成30年法律第57号");
    }

    @Test
    @DisplayName("Olympic special laws: 2020 (平成30年法律第55号) and 2021 (令和2年法律第68号) moves")
    void olympicMoves() {
        assertThat(name(d(2020, 7, 23))).isEqualTo("海の日");
        assertThat(name(d(2020, 7, 24))).isEqualTo("スポーツの日");
        assertThat(name(d(2020, 8, 10))).isEqualTo("山の日");
        assertThat(name(d(2020, 7, 20))).isEqualTo("-");
        assertThat(name(d(2020, 8, 11))).isEqualTo("-");
        assertThat(name(d(2020, 10, 12))).isEqualTo("-");
        assertThat(holiday(d(2020, 7, 24)).basis().provision()).contains("平成30年法律第55号");
        assertThat(name(d(2021, 7, 22))).isEqualTo("海の日");
        assertThat(name(d(2021, 7, 23))).isEqualTo("スポーツの日");
        assertThat(name(d(2021, 8, 8))).isEqualTo("山の日");
        assertThat(name(d(2021, 8, 9))).isEqualTo("振替休日（山の日）");
        assertThat(name(d(2021, 7, 19))).isEqualTo("-");
        assertThat(name(d(2021, 10, 11))).isEqualTo("-");
        assertThat(holiday(d(2021, 7, 22)).basis().provision()).contains("令和2年法律第68号");
        assertThat(name(d(2022, 7, 18))).isEqualTo("海の日");
    }

    @Test
    @DisplayName("第3条第2項 振替休日: none before 1973-04-12, the Monday until 2006, the next non-祝日 from 2007")
    void substituteHolidays() {
        assertThat(d(1973, 2, 11).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(name(d(1973, 2, 12))).isEqualTo("-");
        assertThat(name(d(1973, 4, 30))).isEqualTo("振替休日（天皇誕生日）");
        assertThat(holiday(d(1973, 4, 30)).basis().provision()).contains("昭和48年法律第10号");
        assertThat(name(d(1987, 5, 4))).isEqualTo("振替休日（憲法記念日）");
        assertThat(name(d(2008, 5, 6))).isEqualTo("振替休日（みどりの日）");
        assertThat(name(d(2027, 3, 22))).isEqualTo("振替休日（春分の日）");
    }

    @Test
    @DisplayName("第3条第3項 国民の休日: from 1985-12-27, never a Sunday nor a 振替休日 before 2007")
    void citizensHolidays() {
        assertThat(name(d(1985, 5, 4))).isEqualTo("-");
        assertThat(d(1986, 5, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(name(d(1986, 5, 4))).isEqualTo("-");
        assertThat(name(d(1988, 5, 4))).isEqualTo("国民の休日");
        assertThat(holiday(d(1988, 5, 4)).basis().provision()).contains("昭和60年法律第103号");
        assertThat(name(d(2009, 9, 22))).isEqualTo("国民の休日");
    }

    @Test
    @DisplayName("special laws: 1989 大喪の礼, 1990 即位礼正殿の儀, 1993 結婚の儀, 2019 即位の日 with 4/30 and 5/2")
    void specialLawHolidays() {
        assertThat(holiday(d(1989, 2, 24)).kind()).isEqualTo(HolidayKind.SPECIAL);
        assertThat(holiday(d(1989, 2, 24)).basis().source()).contains("平成元年法律第4号");
        assertThat(name(d(1990, 11, 12))).isEqualTo("即位礼正殿の儀");
        assertThat(name(d(1993, 6, 9))).isEqualTo("皇太子徳仁親王の結婚の儀");
        assertThat(name(d(2019, 5, 1))).isEqualTo("天皇の即位の日");
        assertThat(holiday(d(2019, 5, 1)).basis().source()).contains("平成30年法律第99号");
        assertThat(name(d(2019, 4, 30))).isEqualTo("国民の休日");
        assertThat(name(d(2019, 5, 2))).isEqualTo("国民の休日");
        assertThat(name(d(2019, 5, 6))).isEqualTo("振替休日（こどもの日）");
        assertThat(name(d(2019, 10, 22))).isEqualTo("即位礼正殿の儀");
    }

    @Test
    @DisplayName("春分の日・秋分の日: announced through 2027, predicted (UNCONFIRMED) from 2028")
    void equinoxDaysAnnouncedAndPredicted() {
        assertThat(JapaneseHolidays.lastAnnouncedEquinoxYear()).isEqualTo(2027);
        Holiday announced = holiday(d(2027, 9, 23));
        assertThat(announced.predicted()).isFalse();
        assertThat(announced.basis().confidence()).isEqualTo(Confidence.SECONDARY);
        Holiday predicted = holiday(d(2028, 3, 20));
        assertThat(predicted.nameJa()).isEqualTo("春分の日");
        assertThat(predicted.predicted()).isTrue();
        assertThat(predicted.basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(predicted.basis().note().get()).contains("predicted");
        assertThat(predicted.toString()).contains("predicted=true");
        Holiday dependsOnPrediction = holiday(d(2032, 9, 21));
        assertThat(dependsOnPrediction.nameJa()).isEqualTo("国民の休日");
        assertThat(dependsOnPrediction.predicted()).isTrue();
        assertThat(holiday(d(2028, 1, 1)).predicted()).isFalse();
    }

    @Test
    @DisplayName("the approximation formula reproduces every announced equinox day from 1980 to 2027")
    void formulaReproducesAnnouncedDays() {
        for (int year = 1980; year <= EquinoxDays.LAST_ANNOUNCED_YEAR; year++) {
            assertThat(EquinoxDays.predicted(year, true)).isEqualTo(EquinoxDays.announced(year, true).get());
            assertThat(EquinoxDays.predicted(year, false)).isEqualTo(EquinoxDays.announced(year, false).get());
        }
        assertThat(EquinoxDays.FIRST_ANNOUNCED_YEAR).isEqualTo(1970);
    }

    @Test
    @DisplayName("supported range 1970-01-01..2099-12-31: outside it a typed problem, never a silent 'no holiday'")
    void outsideTheSupportedRange() {
        assertThat(JapaneseHolidays.isSupported(d(1970, 1, 1))).isTrue();
        assertThat(JapaneseHolidays.isSupported(d(2099, 12, 31))).isTrue();
        assertThat(JapaneseHolidays.isHoliday(d(2099, 12, 31))).isFalse();
        assertThat(JapaneseHolidays.lookup(d(1970, 1, 1)).get().get().nameJa()).isEqualTo("元日");
        Problem before = JapaneseHolidays.lookup(d(1969, 12, 31)).getLeft();
        assertThat(before.code()).isEqualTo("holidays-out-of-range");
        assertThat(before.field()).isEqualTo("date");
        assertThat(before.message().en()).contains("1969-12-31");
        assertThat(JapaneseHolidays.lookup(d(2100, 1, 1)).isLeft()).isTrue();
        assertThatThrownBy(() -> JapaneseHolidays.on(d(2100, 1, 1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holidays-out-of-range");
        assertThatThrownBy(() -> JapaneseHolidays.isHoliday(d(1959, 4, 10)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JapaneseHolidays.inYear(1969)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().head().field()).isEqualTo("year"));
        assertThatThrownBy(() -> JapaneseHolidays.on(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyYearHasOneOfEachEquinoxDayAndOrderedDistinctDates() {
        forEveryYear(JapaneseHolidaysTest::everyYearHasOneOfEachEquinoxDayAndOrderedDistinctDates);
    }

    private static void everyYearHasOneOfEachEquinoxDayAndOrderedDistinctDates(int year) {
        List<Holiday> holidays = JapaneseHolidays.inYear(year);
        assertThat(holidays.filter(h -> h.nameJa().equals("春分の日")).map(h -> h.date().getMonthValue()))
                .containsExactly(3);
        assertThat(holidays.filter(h -> h.nameJa().equals("秋分の日")).map(h -> h.date().getMonthValue()))
                .containsExactly(9);
        assertThat(holidays.map(Holiday::date).toJavaList()).isSorted().doesNotHaveDuplicates()
                .allMatch(date -> date.getYear() == year);
        assertThat(holidays).allMatch(h -> h.predicted() == (h.basis().confidence() == Confidence.UNCONFIRMED));
        assertThat(holidays.filter(Holiday::predicted)).allMatch(h -> year > JapaneseHolidays.lastAnnouncedEquinoxYear());
    }

    @Test
    void substituteHolidaysFollowASundayHolidayThroughHolidaysOnly() {
        forEveryYear(JapaneseHolidaysTest::substituteHolidaysFollowASundayHolidayThroughHolidaysOnly);
    }

    private static void substituteHolidaysFollowASundayHolidayThroughHolidaysOnly(int year) {
        for (Holiday h : JapaneseHolidays.inYear(year).filter(x -> x.kind() == HolidayKind.SUBSTITUTE)) {
            assertThat(h.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            LocalDate before = h.date().minusDays(1);
            while (before.getDayOfWeek() != DayOfWeek.SUNDAY) {
                assertThat(JapaneseHolidays.on(before).map(Holiday::kind)).contains(HolidayKind.NATIONAL);
                before = before.minusDays(1);
            }
            assertThat(JapaneseHolidays.on(before).map(Holiday::kind)).contains(HolidayKind.NATIONAL);
        }
    }

    @Test
    void citizensHolidaysLieBetweenTwoNationalHolidays() {
        forEveryYear(JapaneseHolidaysTest::citizensHolidaysLieBetweenTwoNationalHolidays);
    }

    private static void citizensHolidaysLieBetweenTwoNationalHolidays(int year) {
        for (Holiday h : JapaneseHolidays.inYear(year).filter(x -> x.kind() == HolidayKind.CITIZENS)) {
            assertThat(h.date()).isAfterOrEqualTo(d(1985, 12, 27));
            assertThat(JapaneseHolidays.on(h.date().minusDays(1)).map(Holiday::kind))
                    .containsAnyOf(HolidayKind.NATIONAL, HolidayKind.SPECIAL);
            assertThat(JapaneseHolidays.on(h.date().plusDays(1)).map(Holiday::kind))
                    .containsAnyOf(HolidayKind.NATIONAL, HolidayKind.SPECIAL);
        }
    }

    /**
     * Checks a property of a year for every year of the table, 1970 to 2099. The domain is small,
     * so it is exhausted rather than sampled: a sample of a thousand draws would miss some year
     * in about one run in eight.
     */
    private static void forEveryYear(java.util.function.IntConsumer property) {
        int last = JapaneseHolidays.LAST_SUPPORTED_DATE.getYear();
        for (int year = JapaneseHolidays.FIRST_SUPPORTED_DATE.getYear(); year <= last; year++) {
            try {
                property.accept(year);
            } catch (AssertionError e) {
                throw new AssertionError("Counter-example: the year " + year + "\n" + e.getMessage(), e);
            }
        }
    }
}
