package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.RolledDate;
import io.github.kisoku.kernel.Message;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * A payment deadline (納付期限) with everything an auditor needs to check it: the day its period
 * starts from, the statutory last day (法定の末日), the same day moved to the next bank business
 * day (an UNCONFIRMED interpretation, kisoku ruling 3, docs/rulings.md), and the deadline printed on the
 * ticket or slip, which wins when given. Immutable and thread-safe.
 */
public final class PaymentDeadline {
    private final Message step;
    private final LocalDate from;
    private final RolledDate rolled;
    private final Option<LocalDate> printed;

    private PaymentDeadline(Message step, LocalDate from, RolledDate rolled, Option<LocalDate> printed) {
        this.step = step;
        this.from = from;
        this.rolled = rolled;
        this.printed = printed;
    }

    static PaymentDeadline of(Message step, LocalDate from, RolledDate rolled, Option<LocalDate> printed) {
        return new PaymentDeadline(step, from, rolled, printed);
    }

    /** {@return which step the deadline belongs to, e.g. 仮納付} */
    public Message step() {
        return step;
    }

    /** {@return the day of the event the period counts from (告知日, 通告日); not itself counted} */
    public LocalDate from() {
        return from;
    }

    /** {@return the statutory last day, before any move off a closed day} */
    public LocalDate statutoryLastDay() {
        return rolled.counted();
    }

    /** {@return the last day moved to the next bank business day, with the days skipped} */
    public RolledDate rolled() {
        return rolled;
    }

    /** {@return the deadline printed on the ticket or slip, if given} */
    public Option<LocalDate> printed() {
        return printed;
    }

    /** {@return the deadline that counts: the printed one when given, else the rolled one} */
    public LocalDate operative() {
        return printed.getOrElse(rolled.rolled());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentDeadline && ((PaymentDeadline) o).step.equals(step) && ((PaymentDeadline) o).from.equals(from)
                && ((PaymentDeadline) o).rolled.equals(rolled) && ((PaymentDeadline) o).printed.equals(printed);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(step, from, rolled.counted(), printed);
    }

    @Override
    public String toString() {
        return step.ja() + " / " + step.en() + ": " + operative() + " (法定の末日 / statutory last day "
                + statutoryLastDay() + (rolled.moved() ? ", 繰越し / rolled " + rolled.rolled() : "")
                + printed.map(p -> ", 印字 / printed " + p).getOrElse("") + ")";
    }
}
