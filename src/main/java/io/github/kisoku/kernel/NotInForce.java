package io.github.kisoku.kernel;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The answer when a figure or rule is asked for on a date when no version of it is in force
 * (施行期間外): before it started, after it ended, or in a gap.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotInForce {
    private final String name;
    private final LocalDate date;
    private final LocalDate firstInForce;
    private final Option<LocalDate> lastInForce;

    private NotInForce(String name, LocalDate date, LocalDate firstInForce, Option<LocalDate> lastInForce) {
        this.name = name;
        this.date = date;
        this.firstInForce = firstInForce;
        this.lastInForce = lastInForce;
    }

    static NotInForce of(String name, LocalDate date, LocalDate firstInForce, Option<LocalDate> lastInForce) {
        return new NotInForce(name, date, firstInForce, lastInForce);
    }

    /** {@return the figure's or rule's name} */
    public String name() {
        return name;
    }

    /** {@return the date asked for} */
    public LocalDate date() {
        return date;
    }

    /** {@return the first day any version is in force} */
    public LocalDate firstInForce() {
        return firstInForce;
    }

    /** {@return the last day any version is in force, if the last version has an end} */
    public Option<LocalDate> lastInForce() {
        return lastInForce;
    }

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
        Problem p = Problem.of(InputProblem.NOT_IN_FORCE, field).withFigures("name", name, "date", date)
                .withFigure("firstInForce", firstInForce);
        return lastInForce.isEmpty() ? p.variant("open") : p.withFigure("lastInForce", lastInForce.get());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NotInForce)) {
            return false;
        }
        NotInForce n = (NotInForce) o;
        return n.name.equals(name) && n.date.equals(date) && n.firstInForce.equals(firstInForce)
                && n.lastInForce.equals(lastInForce);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, date, firstInForce, lastInForce);
    }

    @Override
    public String toString() {
        return message().en();
    }
}
