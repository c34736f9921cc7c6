package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A rider's record of dangerous acts (危険行為の履歴) with the rider's date of birth, for the
 * riders' course. Immutable and thread-safe; equal by birth date and acts. Its {@code toString}
 * does not show the date of birth.
 */
@Value.Immutable
@ValueStyle
public abstract class RidingHistory {
    RidingHistory() {
    }

    /**
     * A history, validated: the birth date is required and no act is before it.
     *
     * @param birthDate the rider's date of birth
     * @param acts the acts, in any order
     * @return the history (acts sorted by date), or every problem found
     */
    public static Validation<Seq<Problem>, RidingHistory> validate(LocalDate birthDate,
            Iterable<DangerousActRecord> acts) {
        if (birthDate == null || acts == null) {
            return Validation.invalid(List.of(birthDate == null ? Problem.required("birthDate")
                    : Problem.required("acts")));
        }
        List<DangerousActRecord> list = List.ofAll(acts);
        List<Problem> problems = list.zipWithIndex().flatMap(a -> a._1 == null
                ? List.of(Problem.required("acts[" + a._2 + "]"))
                : a._1.date().isBefore(birthDate)
                        ? List.of(Problem.of(BicycleProblem.ACT_BEFORE_BIRTH, "acts[" + a._2 + "].date")
                                .withFigures("actDate", a._1.date(), "birthDate", birthDate))
                        : List.empty());
        return problems.isEmpty()
                ? Validation.valid(ImmutableRidingHistory.create(birthDate, list.sortBy(DangerousActRecord::date)))
                : Validation.invalid(problems);
    }

    /**
     * A history.
     *
     * @param birthDate the rider's date of birth
     * @param acts the acts
     * @return the history
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem, if invalid
     */
    public static RidingHistory of(LocalDate birthDate, Iterable<DangerousActRecord> acts) {
        return Validations.orThrow(validate(birthDate, acts));
    }

    /**
     * The same history with one more act.
     *
     * @param act the act
     * @return the new history, or the problem if the act is before the birth
     */
    public Validation<Seq<Problem>, RidingHistory> with(DangerousActRecord act) {
        return validate(birthDate(), acts().append(act));
    }

    /** {@return the rider's date of birth; personal data, not shown by {@code toString}} */
    @Value.Redacted
    public abstract LocalDate birthDate();

    /** {@return the acts, oldest first} */
    public abstract List<DangerousActRecord> acts();
}
