package io.github.kisoku.calendar;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Phrase;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A deadline as counted (the statutory last day) and as moved off closed days, with the closed
 * days it skipped and the set of closed days used.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class RolledDate {
    RolledDate() {
    }

    /** Every day from {@code counted} up to (not including) {@code rolled} must be closed in {@code closedDays}. */
    static RolledDate of(LocalDate counted, LocalDate rolled, RollDirection direction, ClosedDays closedDays) {
        return ImmutableRolledDate.create(counted, rolled, direction, closedDays);
    }

    /** {@return the deadline as counted, before moving (the statutory last day)} */
    public abstract LocalDate counted();

    /** {@return the deadline after moving off closed days; equal to {@link #counted()} when that was open} */
    public abstract LocalDate rolled();

    /** {@return which way the deadline moves} */
    public abstract RollDirection direction();

    /** {@return the set of closed days used; two rolled dates are equal when their sets have the same name} */
    @Value.Auxiliary
    public abstract ClosedDays closedDays();

    /** The name of the set of closed days, which takes part in equality where the set itself cannot. */
    @Value.Derived
    Message closedDaysName() {
        return closedDays().name();
    }

    /** {@return whether the deadline moved} */
    public boolean moved() {
        return !counted().equals(rolled());
    }

    /** {@return the closed days skipped, each with why it is closed, e.g. {@code 2026-05-03 憲法記念日}} */
    public List<String> skipped() {
        return skippedDays().map(MessageBundle::plain);
    }

    /**
     * The closed days skipped, each a date and, where known, why it is closed (e.g. the date and
     * 憲法記念日 / Constitution Memorial Day), to be shown in either language.
     *
     * @return the days, in the order the roll stepped over them
     */
    public List<Phrase> skippedDays() {
        // Written when asked for: the days between are the closed days the roll stepped over,
        // gathered from the far end back so that each is prepended and the list is never reversed.
        boolean forward = direction() == RollDirection.FORWARD;
        List<Phrase> days = List.empty();
        for (LocalDate d = rolled(); !d.equals(counted());) {
            d = forward ? d.minusDays(1) : d.plusDays(1);
            Option<Message> why = closedDays().whyClosed(d);
            days = days.prepend(why.isDefined() ? Phrase.of(d, why.get()) : Phrase.of(d));
        }
        return days;
    }

    /** {@return the basis of the set of closed days used} */
    public LegalBasis basis() {
        return closedDays().basis();
    }
}
