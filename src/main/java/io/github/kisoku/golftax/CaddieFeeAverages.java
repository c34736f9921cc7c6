package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;

/**
 * The average caddie fee of Kumamoto's courses with caddies (キャディーフィーの平均額), circular
 * 税第423号 第3・1, 第3・3: the displayed caddie fee per person for four sharing 18 holes, averaged
 * over every course in the prefecture that allows caddies, as of 1 March of the previous fiscal
 * year, computed by the 県央広域本部 by the end of that fiscal year. The average measured on
 * 1 March of year Y applies to fiscal year Y (1 April Y to 31 March Y+1).
 *
 * <p>The library ships no average (none was published in a source read): the caller supplies
 * each year's figure with its source. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class CaddieFeeAverages {
    CaddieFeeAverages() {
    }

    private static final MonthDay MEASURED_ON = MonthDay.of(3, 1);

    /**
     * No averages yet.
     *
     * @return the empty set
     */
    public static CaddieFeeAverages none() {
        return ImmutableCaddieFeeAverages.create(List.empty());
    }

    /**
     * The same averages with one more, validated: it must be measured on 1 March, and two
     * averages may not be measured on the same day.
     *
     * @param measuredOn the day of the fees averaged, 1 March
     * @param average the average per person
     * @param basis where the figure comes from
     * @return the averages, or every problem
     */
    public Validation<Seq<Problem>, CaddieFeeAverages> validateWith(LocalDate measuredOn, Yen average,
            LegalBasis basis) {
        List<Problem> problems = List.<Problem>empty()
                .appendAll(Validations.required("measuredOn", measuredOn).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("average", average).fold(List::of, v -> List.empty()))
                .appendAll(Validations.required("basis", basis).fold(List::of, v -> List.empty()));
        if (measuredOn != null && !MonthDay.from(measuredOn).equals(MEASURED_ON)) {
            problems = problems.append(Problem.of(GolfProblem.NOT_MARCH_FIRST, "measuredOn")
                    .withFigure("value", measuredOn));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        LocalDate from = LocalDate.of(measuredOn.getYear(), 4, 1);
        List<Effective<Yen>> next = versions().append(Effective.between(from, from.plusYears(1).minusDays(1), average,
                basis.withNote("前年度3月1日現在（" + measuredOn + "）の平均額、" + from.getYear() + "年度に適用")));
        return EffectiveTimeline.validate("golftax.average-caddie-fee", next)
                .map(t -> ImmutableCaddieFeeAverages.create(next));
    }

    /**
     * The same averages with one more.
     *
     * @param measuredOn the day of the fees averaged, 1 March
     * @param average the average per person
     * @param basis where the figure comes from
     * @return the averages
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem
     */
    public CaddieFeeAverages with(LocalDate measuredOn, Yen average, LegalBasis basis) {
        return Validations.orThrow(validateWith(measuredOn, average, basis));
    }

    /**
     * The average that applies on a date.
     *
     * @param date the date of the test
     * @return the average with its fiscal year, or the problem {@code no-caddie-fee-average}
     */
    public Either<Problem, Effective<Yen>> on(LocalDate date) {
        return versions().find(v -> v.isInForceOn(date)).toEither(() -> Problem.of(GolfProblem.NO_CADDIE_FEE_AVERAGE, "date")
                .withFigure("date", date));
    }

    /** {@return every average with its fiscal year, oldest first} */
    abstract List<Effective<Yen>> versions();
}
