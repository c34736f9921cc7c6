package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Phrase;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One step of the payment procedure (納付手続の段階): what happens, the amount due and the
 * deadline where they are known, and the step's legal basis. Immutable and thread-safe; equal by
 * kind, description, amount and deadline.
 */
@Value.Immutable
@ValueStyle
public abstract class TimelineStep implements Described {
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

    TimelineStep() {
    }

    static TimelineStep of(Kind kind, Reason said, Option<Yen> due, Option<PaymentDeadline> deadline) {
        return ImmutableTimelineStep.create(kind, said, due, deadline);
    }

    /** {@return which step} */
    public abstract Kind kind();

    /** The step's words (its rule's timeline variant) and its basis. */
    @Value.Auxiliary
    abstract Reason said();

    /** {@return what happens at this step} */
    @Value.Derived
    public Message description() {
        return said().message();
    }

    /** {@return the amount due at this step, if any} */
    public abstract Option<Yen> due();

    /** {@return the deadline, once the event it counts from is known} */
    public abstract Option<PaymentDeadline> deadline();

    /** {@return the step's legal basis} */
    public LegalBasis basis() {
        return said().basis();
    }

    /**
     * The step as the payment timeline shows it: what happens, the amount due and the deadline
     * with its statutory last day, e.g. {@code 仮納付: … [6,000円] → 2026-04-08（法定の末日 …）}.
     *
     * @return the words, from the bicycle bundle ({@code text.bicycle.step.*})
     */
    @Override
    public Message describe() {
        Phrase line = Phrase.of(description());
        for (Yen d : due()) {
            line = Phrase.of(line, BicycleRule.bundle().message("text.bicycle.step.due", "due", d));
        }
        for (PaymentDeadline d : deadline()) {
            String variant = (d.rolled().moved() ? "rolled" : "")
                    + (d.printed().isDefined() ? (d.rolled().moved() ? "-" : "") + "printed" : "");
            String key = variant.isEmpty() ? "text.bicycle.step.deadline" : "text.bicycle.step.deadline#" + variant;
            line = Phrase.of(line, BicycleRule.bundle().message(key, "deadline", d.operative(), "last", d.statutoryLastDay(),
                    "rolled", d.rolled().rolled(), "printed", d.printed().getOrElse(d.operative())));
        }
        return BicycleRule.bundle().message("text.bicycle.step", "line", line);
    }
}
