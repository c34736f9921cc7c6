package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;

/**
 * One step of the payment procedure (納付手続の段階): what happens, the amount due and the
 * deadline where they are known, and the step's legal basis. Immutable and thread-safe.
 */
public final class TimelineStep {
    /** The four steps of the procedure, in order (seed: 反則金の納付手続きについて). */
    public enum Kind {
        /** 仮納付 within 7 days of the ticket (道路交通法第129条第1項). */
        PROVISIONAL_PAYMENT,
        /** 通告 in person and payment within 10 days (第127条, 第128条第1項). */
        NOTIFICATION,
        /** 通告書 by post; 反則金 plus mailing cost (第127条第1項後段, 施行令第47条). */
        MAILED_NOTIFICATION,
        /** Referral to the prosecutor or the family court (送致). */
        REFERRAL
    }

    private final Kind kind;
    // The step's words (its rule's timeline variant) and its basis: written when first read.
    private final Reason said;
    private final Option<Yen> due;
    private final Option<PaymentDeadline> deadline;

    private TimelineStep(Kind kind, Reason said, Option<Yen> due, Option<PaymentDeadline> deadline) {
        this.kind = kind;
        this.said = said;
        this.due = due;
        this.deadline = deadline;
    }

    static TimelineStep of(Kind kind, Reason said, Option<Yen> due, Option<PaymentDeadline> deadline) {
        return new TimelineStep(kind, said, due, deadline);
    }

    /** {@return which step} */
    public Kind kind() {
        return kind;
    }

    /** {@return what happens at this step} */
    public Message description() {
        return said.message();
    }

    /** {@return the amount due at this step, if any} */
    public Option<Yen> due() {
        return due;
    }

    /** {@return the deadline, once the event it counts from is known} */
    public Option<PaymentDeadline> deadline() {
        return deadline;
    }

    /** {@return the step's legal basis} */
    public LegalBasis basis() {
        return said.basis();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineStep && ((TimelineStep) o).kind == kind
                && ((TimelineStep) o).description().equals(description()) && ((TimelineStep) o).due.equals(due)
                && ((TimelineStep) o).deadline.equals(deadline);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, description(), due, deadline);
    }

    @Override
    public String toString() {
        return description().ja() + " / " + description().en() + due.map(d -> " [" + d + "]").getOrElse("")
                + deadline.map(d -> " → " + d.operative() + " (法定の末日 / statutory last day " + d.statutoryLastDay()
                        + (d.rolled().moved() ? "; 銀行休業日の繰越し / rolled past bank holidays " + d.rolled().rolled() : "")
                        + d.printed().map(p -> "; 印字 / printed " + p).getOrElse("") + ")").getOrElse("");
    }
}
