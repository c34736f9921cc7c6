package io.github.kisoku.kernel;

import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * All versions of one figure or rule over time (改正履歴), none overlapping. Asking for a date
 * outside every version gives {@link NotInForce}, never the nearest value.
 *
 * @param <T> the figure's or rule's type
 *     <p>Immutable and thread-safe when the values are.
 */
@Value.Immutable
@ValueStyle
public abstract class EffectiveTimeline<T> {
    EffectiveTimeline() {
    }

    /**
     * A timeline, validated: at least one version and no two versions in force on the same day.
     *
     * @param name the figure's name, e.g. {@code bicycle.mailing-cost}
     * @param versions the versions, in any order
     * @param <T> the value's type
     * @return the timeline, or every problem found
     */
    public static <T> Validation<Seq<Problem>, EffectiveTimeline<T>> validate(String name,
            @Nullable Iterable<Effective<T>> versions) {
        if (name == null || name.isBlank()) {
            return Validation.invalid(List.of(Problem.required("name")));
        }
        if (versions == null) {
            return Validation.invalid(List.of(Problem.required(name + ".versions")));
        }
        List<Effective<T>> given = List.ofAll(versions);
        List<Problem> missing = given.zipWithIndex().filter(v -> v._1 == null)
                .map(v -> Problem.required(name + ".versions[" + v._2 + "]"));
        if (!missing.isEmpty()) {
            return Validation.invalid(missing);
        }
        List<Effective<T>> sorted = given.sortBy(Effective::from);
        if (sorted.isEmpty()) {
            return Validation.invalid(List.of(Problem.of(InputProblem.NO_VERSIONS, name)));
        }
        List<Problem> overlaps = sorted.zip(sorted.tail())
                .filter(pair -> pair._1.overlaps(pair._2))
                .map(pair -> Problem.of(InputProblem.OVERLAPPING_VERSIONS, name)
                        .withFigures("first", pair._1.from(), "second", pair._2.from()));
        return overlaps.isEmpty() ? Validation.valid(ImmutableEffectiveTimeline.create(name, sorted))
                : Validation.invalid(overlaps);
    }

    /**
     * A timeline of the given versions.
     *
     * @param name the figure's name
     * @param versions the versions
     * @param <T> the value's type
     * @return the timeline
     * @throws InvalidInputException if there is no version or two overlap
     */
    @SafeVarargs
    public static <T> EffectiveTimeline<T> of(String name, Effective<T>... versions) {
        if (versions == null) {
            return Validations.orThrow(validate(name, null));
        }
        List<Effective<T>> list = List.empty();
        for (Effective<T> v : versions) {
            list = list.append(v);
        }
        return Validations.orThrow(validate(name, list));
    }

    /** {@return the figure's name} */
    public abstract String name();

    /** {@return the versions, oldest first} */
    public abstract List<Effective<T>> versions();

    /** The answer for each version, built once: asking for a date is on every rule's hot path. */
    @Value.Derived
    @Value.Auxiliary
    Array<Either<NotInForce, Effective<T>>> answers() {
        return versions().toArray().map(Either::right);
    }

    /**
     * The version in force on a date.
     *
     * @param date the date
     * @return the version, or why none is in force
     */
    public Either<NotInForce, Effective<T>> at(LocalDate date) {
        Require.nonNull(date, "date");
        Array<Either<NotInForce, Effective<T>>> answers = answers();
        for (int i = answers.length() - 1; i >= 0; i--) {
            if (answers.get(i).get().isInForceOn(date)) {
                return answers.get(i);
            }
        }
        return Either.left(NotInForce.of(name(), date, versions().head().from(), versions().last().until()));
    }
}
