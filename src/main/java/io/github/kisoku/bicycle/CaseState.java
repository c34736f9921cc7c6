package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Yen;
import java.time.LocalDate;

/**
 * Where a blue-ticket case stands (事件の状態): ticket handed over, notified in person, notified
 * by post, paid, or referred. Paid and referred are final.
 */
public sealed interface CaseState permits CaseState.Noticed, CaseState.Notified, CaseState.NotifiedByMail,
        CaseState.Paid, CaseState.Referred {
    /** {@return whether no further event is possible} */
    default boolean isClosed() {
        return this instanceof Paid || this instanceof Referred;
    }

    /**
     * The ticket has been handed over (告知); 仮納付 is possible until its deadline.
     *
     * @param deadline the 仮納付 deadline
     */
    record Noticed(PaymentDeadline deadline) implements CaseState {
    }

    /**
     * A 通告 was received in person; the 反則金 is due by the deadline.
     *
     * @param deadline the payment deadline
     */
    record Notified(PaymentDeadline deadline) implements CaseState {
    }

    /**
     * A 通告書 was sent by post; the 反則金 plus the mailing cost is due by the deadline.
     *
     * @param deadline the payment deadline
     * @param due the 反則金 plus the mailing cost
     */
    record NotifiedByMail(PaymentDeadline deadline, Yen due) implements CaseState {
    }

    /**
     * Paid; the case ends without prosecution (道路交通法第128条第2項).
     *
     * @param kind which payment
     * @param date the day paid
     * @param amount the amount paid
     */
    record Paid(PaymentKind kind, LocalDate date, Yen amount) implements CaseState {
    }

    /**
     * Referred to the prosecutor or the family court (送致).
     *
     * @param date the day of the referral
     * @param to where the case went
     */
    record Referred(LocalDate date, ReferralDestination to) implements CaseState {
    }

    /** Which payment ended the case. */
    enum PaymentKind {
        /** 仮納付 within 7 days of the ticket (道路交通法第129条). */
        PROVISIONAL,
        /** Payment within 10 days of a 通告 received in person (第128条第1項). */
        AFTER_NOTIFICATION,
        /** Payment of the 反則金 and the mailing cost after a mailed 通告書 (施行令第47条第1項第6号). */
        AFTER_MAILING
    }

    /** Where an unpaid case goes. */
    enum ReferralDestination {
        /** The public prosecutor (検察庁), for an adult. */
        PROSECUTOR,
        /** The family court (家庭裁判所), for a juvenile under 20 (少年法第2条第1項). */
        FAMILY_COURT
    }
}
