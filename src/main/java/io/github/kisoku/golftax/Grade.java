package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.InvalidInputException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A course's grade (等級), 1 to 7, which fixes its tax per person per day. The brackets of
 * 熊本県税条例施行規則第23条第1項の表 are not known, so the grade is an input (kisoku ruling 5).
 * Immutable and thread-safe.
 *
 * @param value the grade, 1 to 7
 */
public record Grade(int value) {
    /** The lowest grade. */
    public static final int MIN = 1;
    /** The highest grade. */
    public static final int MAX = 7;

    /**
     * Checks the grade's range.
     *
     * @param value the grade
     */
    public Grade {
        if (value < MIN || value > MAX) {
            throw InvalidInputException.of(List.of(problem("grade", value)));
        }
    }

    /**
     * A grade, validated.
     *
     * @param field the field's name, for the problem
     * @param value the grade
     * @return the grade, or the problem {@code out-of-range}
     */
    public static Validation<Seq<Problem>, Grade> validate(String field, int value) {
        return value < MIN || value > MAX ? Validation.invalid(List.of(problem(field, value)))
                : Validation.valid(new Grade(value));
    }

    private static Problem problem(String field, int value) {
        return Problem.of(GolfProblem.GRADE, field).withFigures("min", MIN, "max", MAX).withFigure("value", value);
    }

    /**
     * A grade.
     *
     * @param value the grade, 1 to 7
     * @return the grade
     * @throws InvalidInputException if out of range
     */
    public static Grade of(int value) {
        return new Grade(value);
    }

    /** {@return the grade as written, e.g. {@code 4級}} */
    @Override
    public String toString() {
        return value + "級";
    }
}
