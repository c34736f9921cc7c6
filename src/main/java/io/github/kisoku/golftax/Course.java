package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A golf course (ゴルフ場) as the tax sees it: its name, grade (等級, an input — kisoku ruling 5),
 * number of holes, whether it has members, whether it allows only self-play (セルフプレーのみ), its
 * cart fee per person when four share a cart (circular 第3・2) and its published fee table
 * (県税条例第73条). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Course {
    Course() {
    }

    /**
     * A course, validated: every problem at once.
     *
     * @param name the course's name
     * @param grade the grade number, 1 to 7
     * @param holes the number of holes, 1 to 72
     * @param type member or public course
     * @param selfPlayOnly whether only self-play (no caddie) is allowed
     * @param cartFeePerPerson the main cart's fee per person when four share it, if any
     * @param fees the published fee table
     * @return the course, or every problem
     */
    public static Validation<Seq<Problem>, Course> validate(String name, int grade, int holes, CourseType type,
            boolean selfPlayOnly, Option<Yen> cartFeePerPerson, CourseFeeTable fees) {
        return validate(name, grade, holes, type, selfPlayOnly, cartFeePerPerson, fees == null ? null : Option.of(fees));
    }

    /**
     * A course whose fee table may be unknown, validated: every problem at once. A visit at a
     * course without its fee table is answered wherever no rule that could apply reads the fees.
     *
     * @param name the course's name
     * @param grade the grade number, 1 to 7
     * @param holes the number of holes, 1 to 72
     * @param type member or public course
     * @param selfPlayOnly whether only self-play (no caddie) is allowed
     * @param cartFeePerPerson the main cart's fee per person when four share it, if any
     * @param fees the published fee table, if known
     * @return the course, or every problem
     */
    public static Validation<Seq<Problem>, Course> validate(String name, int grade, int holes, CourseType type,
            boolean selfPlayOnly, Option<Yen> cartFeePerPerson, @Nullable Option<CourseFeeTable> fees) {
        Validation<Problem, Option<CourseFeeTable>> table = Validations.required("fees", fees);
        List<Problem> problems = List.<Problem>empty()
                .appendAll(Validations.notBlank("name", name).fold(List::of, v -> List.empty()))
                .appendAll(Grade.validate("grade", grade).fold(List::ofAll, v -> List.empty()))
                .appendAll(Validations.between("holes", holes, 1, 72).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("type", type).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("cartFeePerPerson", cartFeePerPerson).fold(List::of, v -> List.empty()))
                .appendAll(table.fold(List::of, v -> List.empty()));
        return problems.isEmpty()
                ? Validation.valid(ImmutableCourse.create(name.strip(), Grade.of(grade), holes, type, selfPlayOnly,
                        cartFeePerPerson, table.getOrElse(Option.none())))
                : Validation.invalid(problems);
    }

    /**
     * A course.
     *
     * @param name the course's name
     * @param grade the grade number, 1 to 7
     * @param holes the number of holes, 1 to 72
     * @param type member or public course
     * @param selfPlayOnly whether only self-play is allowed
     * @param cartFeePerPerson the main cart's fee per person when four share it, if any
     * @param fees the published fee table
     * @return the course
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Course of(String name, int grade, int holes, CourseType type, boolean selfPlayOnly,
            Option<Yen> cartFeePerPerson, CourseFeeTable fees) {
        return Validations.orThrow(validate(name, grade, holes, type, selfPlayOnly, cartFeePerPerson, fees));
    }

    /** {@return the course's name} */
    public abstract String name();

    /** {@return the grade (等級)} */
    public abstract Grade grade();

    /** {@return the number of holes} */
    public abstract int holes();

    /** {@return member or public course} */
    public abstract CourseType type();

    /** {@return whether only self-play is allowed (セルフプレー以外のプレーを認めていない)} */
    public abstract boolean selfPlayOnly();

    /** {@return the main cart's published fee per person when four share it (circular 第3・2), if any} */
    public abstract Option<Yen> cartFeePerPerson();

    /** {@return the published fee table, if known} */
    public abstract Option<CourseFeeTable> fees();
}
