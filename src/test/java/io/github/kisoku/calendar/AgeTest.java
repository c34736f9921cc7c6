package io.github.kisoku.calendar;

import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgeTest {
    private static final LocalDate LEAP_BIRTH = LocalDate.of(2008, 2, 29);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    @DisplayName("ruling 1: on the eve of the 16th birthday the rider is 15 at the moment, 16 as of the date")
    void eveOfBirthday() {
        LocalDate birth = d(2010, 4, 1);
        assertThat(Age.of(birth, d(2026, 3, 30), AgeReading.AT_MOMENT)).isEqualTo(15);
        assertThat(Age.of(birth, d(2026, 3, 31), AgeReading.AT_MOMENT)).isEqualTo(15);
        assertThat(Age.of(birth, d(2026, 4, 1), AgeReading.AT_MOMENT)).isEqualTo(16);
        assertThat(Age.of(birth, d(2026, 3, 30), AgeReading.AS_OF_DATE)).isEqualTo(15);
        assertThat(Age.of(birth, d(2026, 3, 31), AgeReading.AS_OF_DATE)).isEqualTo(16);
        assertThat(Age.of(birth, d(2026, 4, 1), AgeReading.AS_OF_DATE)).isEqualTo(16);
    }

    @Test
    @DisplayName("29 February birth in a leap year: the birthday exists; the eve is 28 February")
    void leapDayBirthInALeapYear() {
        assertThat(Age.of(LEAP_BIRTH, d(2024, 2, 28), AgeReading.AT_MOMENT)).isEqualTo(15);
        assertThat(Age.of(LEAP_BIRTH, d(2024, 2, 29), AgeReading.AT_MOMENT)).isEqualTo(16);
        assertThat(Age.of(LEAP_BIRTH, d(2024, 2, 27), AgeReading.AS_OF_DATE)).isEqualTo(15);
        assertThat(Age.of(LEAP_BIRTH, d(2024, 2, 28), AgeReading.AS_OF_DATE)).isEqualTo(16);
        assertThat(Age.firstDateAged(LEAP_BIRTH, 16, AgeReading.AT_MOMENT)).isEqualTo(d(2024, 2, 29));
        assertThat(Age.firstDateAged(LEAP_BIRTH, 16, AgeReading.AS_OF_DATE)).isEqualTo(d(2024, 2, 28));
    }

    @Test
    @DisplayName("29 February birth in a common year: age reached at the end of 28 February, held at the moment from 1 March")
    void leapDayBirthInACommonYear() {
        assertThat(Age.of(LEAP_BIRTH, d(2025, 2, 28), AgeReading.AT_MOMENT)).isEqualTo(16);
        assertThat(Age.of(LEAP_BIRTH, d(2025, 3, 1), AgeReading.AT_MOMENT)).isEqualTo(17);
        assertThat(Age.of(LEAP_BIRTH, d(2025, 2, 27), AgeReading.AS_OF_DATE)).isEqualTo(16);
        assertThat(Age.of(LEAP_BIRTH, d(2025, 2, 28), AgeReading.AS_OF_DATE)).isEqualTo(17);
        assertThat(Age.firstDateAged(LEAP_BIRTH, 17, AgeReading.AT_MOMENT)).isEqualTo(d(2025, 3, 1));
        assertThat(Age.firstDateAged(LEAP_BIRTH, 17, AgeReading.AS_OF_DATE)).isEqualTo(d(2025, 2, 28));
    }

    @Test
    @DisplayName("age N is reached on the eve of the N-th birthday: across a month end, a leap February and a year end")
    void eveAcrossMonthAndYearEnds() {
        assertThat(Age.firstDateAged(d(2008, 3, 1), 16, AgeReading.AS_OF_DATE)).isEqualTo(d(2024, 2, 29));
        assertThat(Age.firstDateAged(d(2008, 3, 1), 17, AgeReading.AS_OF_DATE)).isEqualTo(d(2025, 2, 28));
        assertThat(Age.firstDateAged(d(2008, 5, 1), 18, AgeReading.AS_OF_DATE)).isEqualTo(d(2026, 4, 30));
        assertThat(Age.firstDateAged(d(2008, 1, 1), 18, AgeReading.AS_OF_DATE)).isEqualTo(d(2025, 12, 31));
        assertThat(Age.firstDateAged(d(2008, 8, 16), 70, AgeReading.AS_OF_DATE)).isEqualTo(d(2078, 8, 15));
        // the birthday beyond the last year java.time holds is a typed problem, though its eve is not
        assertThatThrownBy(() -> Age.firstDateAged(d(java.time.Year.MAX_VALUE - 10, 1, 1), 11, AgeReading.AS_OF_DATE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("age 0 from birth; before birth the documented answer is 0; a negative age is bad input")
    void birthAndBeforeBirth() {
        LocalDate birth = d(2026, 4, 1);
        assertThat(Age.of(birth, birth, AgeReading.AT_MOMENT)).isZero();
        assertThat(Age.of(birth, birth.minusDays(1), AgeReading.AT_MOMENT)).isZero();
        assertThat(Age.of(birth, d(2020, 1, 1), AgeReading.AS_OF_DATE)).isZero();
        assertThat(Age.firstDateAged(birth, 0, AgeReading.AS_OF_DATE)).isEqualTo(birth);
        assertThatThrownBy(() -> Age.firstDateAged(birth, -1, AgeReading.AT_MOMENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("age");
        assertThatThrownBy(() -> Age.of(birth, d(2030, 1, 1), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Age.of(null, d(2030, 1, 1), AgeReading.AT_MOMENT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readingsCarryTheirBasis() {
        assertThat(AgeReading.AT_MOMENT.basis().confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(AgeReading.AT_MOMENT.basis().source()).isEqualTo("年齢計算ニ関スル法律");
        assertThat(AgeReading.AS_OF_DATE.basis().confidence()).isEqualTo(Confidence.INTERPRETATION);
    }

    @Test
    void ageIsMonotoneAndGrowsByAtMostOnePerDay() {
        property().forAll(CalendarGenerators.datesAroundBirthdays(40_000), anyOf(AgeReading.class))
                .checkAssert((life, reading) -> {
                    LocalDate birth = life.birth();
                    LocalDate date = life.date();
                    int step = Age.of(birth, date.plusDays(1), reading) - Age.of(birth, date, reading);
                    assertThat(step).isBetween(0, 1);
                });
    }

    @Test
    void readingsDifferOnlyOnTheEveOfABirthday() {
        property().forAll(CalendarGenerators.datesAroundBirthdays(40_000)).checkAssert(life -> {
            LocalDate birth = life.birth();
            LocalDate date = life.date();
            int atMoment = Age.of(birth, date, AgeReading.AT_MOMENT);
            int asOfDate = Age.of(birth, date, AgeReading.AS_OF_DATE);
            boolean eve = Age.of(birth, date.plusDays(1), AgeReading.AT_MOMENT) > atMoment;
            assertThat(asOfDate).isEqualTo(eve ? atMoment + 1 : atMoment);
        });
    }

    @Test
    void firstDateAgedIsWhereTheAgeIsFirstReached() {
        property().forAll(CalendarGenerators.birthDates(), ints(1, 110), anyOf(AgeReading.class))
                .checkAssert((birth, age, reading) -> {
                    LocalDate first = Age.firstDateAged(birth, age, reading);
                    assertThat(Age.of(birth, first, reading)).isEqualTo(age);
                    assertThat(Age.of(birth, first.minusDays(1), reading)).isEqualTo(age - 1);
                });
    }

    @Test
    @DisplayName("the age read from year, month and day is the age read from the dates: the next day, the birthday of the year")
    void ageByFieldsIsAgeByDates() {
        property().forAll(CalendarGenerators.datesAroundBirthdays(40_000), ints(-2, 2), anyOf(AgeReading.class))
                .checkAssert((life, before, reading) -> {
                    // before birth too: the age is 0 there
                    LocalDate date = life.date().plusDays(before);
                    assertThat(Age.of(life.birth(), date, reading)).isEqualTo(byDates(life.birth(), date, reading));
                });
    }

    @Test
    @DisplayName("the last dates java.time can hold: the age at the moment, and as of the last day a typed problem")
    void lastDates() {
        LocalDate birth = d(2000, 2, 29);
        assertThat(Age.of(birth, LocalDate.MAX, AgeReading.AT_MOMENT)).isEqualTo(byDates(birth, LocalDate.MAX,
                AgeReading.AT_MOMENT));
        assertThat(Age.of(birth, LocalDate.MAX.minusDays(1), AgeReading.AS_OF_DATE)).isEqualTo(byDates(birth,
                LocalDate.MAX.minusDays(1), AgeReading.AS_OF_DATE));
        assertThatThrownBy(() -> Age.of(birth, LocalDate.MAX, AgeReading.AS_OF_DATE))
                .isInstanceOf(InvalidInputException.class);
    }

    /** The age as it was read before, from dates: the oracle of the reading by fields. */
    private static int byDates(LocalDate birth, LocalDate date, AgeReading reading) {
        LocalDate d = reading == AgeReading.AS_OF_DATE ? date.plusDays(1) : date;
        if (d.isBefore(birth)) {
            return 0;
        }
        int years = d.getYear() - birth.getYear();
        LocalDate birthday = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29
                && !java.time.Year.isLeap(d.getYear()) ? LocalDate.of(d.getYear(), 3, 1)
                : LocalDate.of(d.getYear(), birth.getMonth(), birth.getDayOfMonth());
        return d.isBefore(birthday) ? years - 1 : years;
    }
}
