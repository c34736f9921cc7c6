package io.github.kisoku.calendar;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoField;

/**
 * Age in whole years (年齢) under 年齢計算ニ関スル法律, in either {@link AgeReading}.
 *
 * <p>Static functions only; thread-safe.
 */
public final class Age {
    private Age() {
    }

    /**
     * A person's age on a date, in a reading.
     *
     * @param birthDate the date of birth
     * @param date the date of the act, or the reference date
     * @param reading which reading the rule uses
     * @return the age in whole years; 0 before the first birthday (and on dates before birth)
     * @throws InvalidInputException if the date is beyond what java.time can compute (year 999,999,999)
     */
    public static int of(LocalDate birthDate, LocalDate date, AgeReading reading) {
        Require.nonNull(birthDate, "birthDate");
        Require.nonNull(date, "date");
        AgeReading r = Require.nonNull(reading, "reading");
        // Compared as year, month and day rather than as dates: a decision asks for an age every
        // time, and the next day and the birthday of the year would be two dates made and dropped.
        int year = date.getYear();
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (r == AgeReading.AS_OF_DATE) {
            if (date.equals(LocalDate.MAX)) {
                throw outOfRange("date", date);
            }
            if (day < date.lengthOfMonth()) {
                day++;
            } else if (month < 12) {
                month++;
                day = 1;
            } else {
                year++;
                month = 1;
                day = 1;
            }
        }
        int years = year - birthDate.getYear();
        int birthMonth = birthDate.getMonthValue();
        int birthDay = birthDate.getDayOfMonth();
        if (years < 0 || (years == 0 && (month < birthMonth || (month == birthMonth && day < birthDay)))) {
            return 0;
        }
        // the day from whose 00:00 the age holds: 1 March for 29 February in a common year
        if (birthMonth == 2 && birthDay == 29 && !Year.isLeap(year)) {
            birthMonth = 3;
            birthDay = 1;
        }
        return month < birthMonth || (month == birthMonth && day < birthDay) ? years - 1 : years;
    }

    /**
     * The first date on which a person has reached an age, in a reading: the N-th birthday for
     * {@link AgeReading#AT_MOMENT}, its eve for {@link AgeReading#AS_OF_DATE}.
     *
     * @param birthDate the date of birth
     * @param age the age, zero or more
     * @param reading which reading the rule uses
     * @return the first date with that age
     * @throws InvalidInputException if the age is negative, or the date would be beyond what
     *     java.time can compute
     */
    public static LocalDate firstDateAged(LocalDate birthDate, int age, AgeReading reading) {
        Require.nonNull(birthDate, "birthDate");
        if (age < 0) {
            throw InvalidInputException.of(List.of(Problem.of(CalendarProblem.NEGATIVE_AGE, "age").withFigure("value", age)));
        }
        AgeReading r = Require.nonNull(reading, "reading");
        try {
            int year = Math.addExact(birthDate.getYear(), age);
            return r == AgeReading.AS_OF_DATE && age > 0 ? eve(birthDate, year) : birthday(birthDate, year);
        } catch (DateTimeException | ArithmeticException e) {
            throw outOfRange("age", age);
        }
    }

    /**
     * The eve of the birthday of a year, made as one date: a golf decision asks for two of them
     * (the day the user turns 18 and 70), and the birthday and the day before would be two.
     */
    private static LocalDate eve(LocalDate birthDate, int year) {
        // the birthday itself must be a date java.time can hold, as when the eve was counted back from it
        ChronoField.YEAR.checkValidValue(year);
        int month = birthDate.getMonthValue();
        int day = birthDate.getDayOfMonth();
        // 29 February in a common year: the birthday is 1 March, and its eve is 28 February as well
        if (day > 1) {
            return LocalDate.of(year, month, day - 1);
        }
        if (month > 1) {
            Month before = Month.of(month - 1);
            return LocalDate.of(year, before, before.length(Year.isLeap(year)));
        }
        return LocalDate.of(year - 1, 12, 31);
    }

    /** Beyond the dates java.time can represent: a typed problem, not a DateTimeException. */
    static InvalidInputException outOfRange(String field, Object value) {
        return InvalidInputException.of(List.of(Problem.of(CalendarProblem.BEYOND_DATES, field).withFigure("value", value)));
    }

    /** The day from whose 00:00 the age holds at the moment of an act: 1 March for 29 February in a common year. */
    private static LocalDate birthday(LocalDate birthDate, int year) {
        if (birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29
                && !Year.isLeap(year)) {
            return LocalDate.of(year, 3, 1);
        }
        return LocalDate.of(year, birthDate.getMonth(), birthDate.getDayOfMonth());
    }
}
