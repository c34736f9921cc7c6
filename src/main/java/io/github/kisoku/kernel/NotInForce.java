package io.github.kisoku.kernel;

import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The answer when a figure or rule is asked for on a date when no version of it is in force
 * (施行期間外): before it started, after it ended, or in a gap.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class NotInForce {
    NotInForce() {
    }

    static NotInForce of(String name, LocalDate date, LocalDate firstInForce, Option<LocalDate> lastInForce) {
        return ImmutableNotInForce.create(name, date, firstInForce, lastInForce);
    }

    /** {@return the figure's or rule's name} */
    public abstract String name();

    /** {@return the date asked for} */
    public abstract LocalDate date();

    /** {@return the first day any version is in force} */
    public abstract LocalDate firstInForce();

    /** {@return the last day any version is in force, if the last version has an end} */
    public abstract Option<LocalDate> lastInForce();

    /** {@return why there is no value, in Japanese and English} */
    public Message message() {
        return asProblem("date").message();
    }

    /**
     * The same answer as an input problem of a field.
     *
     * @param field the field that held the date
     * @return a problem with code {@code not-in-force}
     */
    public Problem asProblem(String field) {
        Problem p = Problem.of(InputProblem.NOT_IN_FORCE, field).withFigures("name", name(), "date", date())
                .withFigure("firstInForce", firstInForce());
        return lastInForce().isEmpty() ? p.variant("open") : p.withFigure("lastInForce", lastInForce().get());
    }
}
