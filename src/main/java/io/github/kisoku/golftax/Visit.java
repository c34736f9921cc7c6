package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One use of a course by one person on one day (ゴルフ場の利用, 地方税法第75条: the tax is per user
 * per day of use): the course's receipt id, the course, the use date, the person, what the play
 * was, and the fee actually charged (利用料金). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Visit {
    Visit() {
    }

    /**
     * A visit whose fee charged is known and whose membership is not said, validated: every
     * problem at once.
     *
     * @param id the course's id for the visit, e.g. its receipt number
     * @param course the course
     * @param useDate the use date (利用日)
     * @param person the user
     * @param play what the play was
     * @param feeCharged the fee actually charged for the day
     * @return the visit, or every problem
     */
    public static Validation<Seq<Problem>, Visit> validate(String id, Course course, LocalDate useDate, Person person,
            Play play, Yen feeCharged) {
        return validate(id, course, useDate, person, play, feeCharged == null ? null : Option.of(feeCharged),
                Option.none());
    }

    /**
     * A visit with only the facts the caller knows, validated: every problem at once. A fact
     * left out ({@code Option.none()}) is asked for only when a rule that could apply reads it:
     * the answer then names it in {@link VisitAssessment#missing()}.
     *
     * @param id the course's id for the visit, e.g. its receipt number
     * @param course the course
     * @param useDate the use date (利用日)
     * @param person the user
     * @param play what the play was
     * @param feeCharged the fee actually charged for the day, if known
     * @param feeClass whether the user pays as a member or a non-member, if known
     * @return the visit, or every problem
     */
    public static Validation<Seq<Problem>, Visit> validate(String id, Course course, LocalDate useDate, Person person,
            Play play, @Nullable Option<Yen> feeCharged, @Nullable Option<FeeClass> feeClass) {
        // One check per field, no Validation object each: an audit reads millions of rows.
        List<Problem> problems = List.empty();
        if (id == null || id.isBlank()) {
            problems = problems.append(Problem.required("id"));
        }
        if (course == null) {
            problems = problems.append(Problem.required("course"));
        }
        if (useDate == null) {
            problems = problems.append(Problem.required("useDate"));
        }
        if (person == null) {
            problems = problems.append(Problem.required("person"));
        }
        if (play == null) {
            problems = problems.append(Problem.required("play"));
        }
        Validation<Problem, Option<Yen>> fee = Validations.required("feeCharged", feeCharged);
        Validation<Problem, Option<FeeClass>> fc = Validations.required("feeClass", feeClass);
        problems = problems.appendAll(fee.fold(List::of, x -> List.empty())).appendAll(fc.fold(List::of, x -> List.empty()));
        if (useDate != null && person != null && useDate.isBefore(person.birthDate())) {
            problems = problems.append(Problem.of(GolfProblem.BEFORE_BIRTH, "useDate")
                    .withFigures("useDate", useDate, "birthDate", person.birthDate()));
        }
        return problems.isEmpty()
                ? Validation.valid(ImmutableVisit.create(id.strip(), course, useDate, person, play,
                        fee.getOrElse(Option.none()), fc.getOrElse(Option.none())))
                : Validation.invalid(problems);
    }

    /**
     * A visit whose fee charged is known.
     *
     * @param id the course's id for the visit
     * @param course the course
     * @param useDate the use date
     * @param person the user
     * @param play what the play was
     * @param feeCharged the fee actually charged
     * @return the visit
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Visit of(String id, Course course, LocalDate useDate, Person person, Play play, Yen feeCharged) {
        return Validations.orThrow(validate(id, course, useDate, person, play, feeCharged));
    }

    /**
     * A visit with only the facts the caller knows.
     *
     * @param id the course's id for the visit
     * @param course the course
     * @param useDate the use date
     * @param person the user
     * @param play what the play was
     * @param feeCharged the fee actually charged, if known
     * @param feeClass whether the user pays as a member or a non-member, if known
     * @return the visit
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public static Visit of(String id, Course course, LocalDate useDate, Person person, Play play,
            Option<Yen> feeCharged, Option<FeeClass> feeClass) {
        return Validations.orThrow(validate(id, course, useDate, person, play, feeCharged, feeClass));
    }

    /** {@return the course's id for the visit} */
    public abstract String id();

    /** {@return the course} */
    public abstract Course course();

    /** {@return the use date (利用日)} */
    public abstract LocalDate useDate();

    /** {@return the user} */
    public abstract Person person();

    /** {@return what the play was} */
    public abstract Play play();

    /** {@return the fee actually charged for the day, if known} */
    public abstract Option<Yen> feeCharged();

    /**
     * {@return whether the user pays as a member or a non-member (会員・非会員), if known: the
     * reductions' fee test compares the fee charged with the separate fee of the user's class}
     */
    public abstract Option<FeeClass> feeClass();

    /** {@return the day type of the use date in the course's fee table} */
    public DayType dayType() {
        return DayType.of(useDate());
    }
}
