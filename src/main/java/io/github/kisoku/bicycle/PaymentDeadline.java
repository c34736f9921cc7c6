package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.RolledDate;
import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A payment deadline (納付期限) with everything an auditor needs to check it: the day its period
 * starts from, the statutory last day (法定の末日), the same day moved to the next bank business
 * day (an UNCONFIRMED interpretation, kisoku ruling 3, docs/rulings.md), and the deadline printed on the
 * ticket or slip, which wins when given. Immutable and thread-safe; equal by step, start,
 * rolled date and printed date.
 */
@Value.Immutable
@ValueStyle
public abstract class PaymentDeadline implements Described {
    PaymentDeadline() {
    }

    static PaymentDeadline of(Message step, LocalDate from, RolledDate rolled, Option<LocalDate> printed) {
        return ImmutablePaymentDeadline.create(step, from, rolled, printed);
    }

    /** {@return which step the deadline belongs to, e.g. 仮納付} */
    public abstract Message step();

    /** {@return the day of the event the period counts from (告知日, 通告日); not itself counted} */
    public abstract LocalDate from();

    /** {@return the statutory last day, before any move off a closed day} */
    public LocalDate statutoryLastDay() {
        return rolled().counted();
    }

    /** {@return the last day moved to the next bank business day, with the days skipped} */
    public abstract RolledDate rolled();

    /** {@return the deadline printed on the ticket or slip, if given} */
    public abstract Option<LocalDate> printed();

    /** {@return the deadline that counts: the printed one when given, else the rolled one} */
    public LocalDate operative() {
        return printed().getOrElse(rolled().rolled());
    }

    /**
     * The deadline as a clerk reads it: the step, the day to pay by, the statutory last day, and
     * where they differ the day it rolled to and the day printed on the form.
     *
     * @return the words, from the bicycle bundle ({@code text.bicycle.deadline})
     */
    @Override
    public Message describe() {
        String variant = (rolled().moved() ? "rolled" : "") + (printed().isDefined() ? (rolled().moved() ? "-" : "") + "printed" : "");
        String key = variant.isEmpty() ? "text.bicycle.deadline" : "text.bicycle.deadline#" + variant;
        return BicycleRule.bundle().message(key, "step", step(), "deadline", operative(), "last", statutoryLastDay(),
                "rolled", rolled().rolled(), "printed", printed().getOrElse(operative()));
    }
}
