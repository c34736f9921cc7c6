package io.github.kisoku.kernel;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.github.kisoku.kernel.data.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One version of a figure or rule with the dates it is in force (施行期間): from an inclusive
 * start date to an optional inclusive end date, and its legal basis.
 *
 * @param <T> the figure's or rule's type
 *     <p>Immutable and thread-safe when the value is.
 */
@Value.Immutable
@ValueStyle
public abstract class Effective<T> {
    Effective() {
    }

    /**
     * A version in force from a date on, with no end yet.
     *
     * @param value the figure or rule
     * @param from the first day in force
     * @param basis where it comes from
     * @param <T> the value's type
     * @return the version
     */
    public static <T> Effective<T> from(LocalDate from, T value, LegalBasis basis) {
        return ImmutableEffective.create(Require.nonNull(value, "value"), Require.nonNull(from, "from"), Option.none(),
                Require.nonNull(basis, "basis"));
    }

    /**
     * A version in force between two dates, both included.
     *
     * @param from the first day in force
     * @param until the last day in force, not before {@code from}
     * @param value the figure or rule
     * @param basis where it comes from
     * @param <T> the value's type
     * @return the version
     * @throws InvalidInputException if {@code until} is before {@code from}
     */
    public static <T> Effective<T> between(LocalDate from, LocalDate until, T value, LegalBasis basis) {
        Require.nonNull(from, "from");
        Require.nonNull(until, "until");
        if (until.isBefore(from)) {
            throw InvalidInputException.of(List.of(Problem.of(InputProblem.UNTIL_BEFORE_FROM, "until")
                    .withFigures("until", until, "from", from)));
        }
        return ImmutableEffective.create(Require.nonNull(value, "value"), from, Option.of(until),
                Require.nonNull(basis, "basis"));
    }

    /** {@return the figure or rule} */
    public abstract T value();

    /** {@return the first day in force} */
    public abstract LocalDate from();

    /** {@return the last day in force, if it has ended or an end is known} */
    public abstract Option<LocalDate> until();

    /** {@return where this version comes from} */
    public abstract LegalBasis basis();

    /**
     * Whether this version is in force on a date.
     *
     * @param date the date
     * @return true if {@code from ≤ date ≤ until}
     */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(from()) && (until().isEmpty() || !date.isAfter(until().get()));
    }

    boolean overlaps(Effective<?> other) {
        boolean thisEndsBefore = until().exists(u -> u.isBefore(other.from()));
        boolean otherEndsBefore = other.until().exists(u -> u.isBefore(from()));
        return !thisEndsBefore && !otherEndsBefore;
    }
}
