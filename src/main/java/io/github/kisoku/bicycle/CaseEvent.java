package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Something that happens to a blue-ticket case after the ticket is handed over (事件の経過).
 * {@link TicketCase#apply(CaseEvent)} accepts an event only where the procedure allows it.
 */
public sealed interface CaseEvent
        permits CaseEvent.Payment, CaseEvent.Notification, CaseEvent.MailedNotification, CaseEvent.Referral {
    /** {@return the day the event happened} */
    LocalDate date();

    /**
     * A payment at a bank or post office (納付): a 仮納付 before any 通告, otherwise payment of
     * the 反則金 (plus the mailing cost after a mailed 通告書).
     *
     * @param date the day paid
     * @param amount the amount paid
     */
    record Payment(LocalDate date, Yen amount) implements CaseEvent {
    }

    /**
     * A 通告 received in person at the appointed place (出頭して通告を受ける), 道路交通法第127条.
     *
     * @param date the day of the 通告
     * @param printedDeadline the payment deadline printed on the slip, if known
     */
    record Notification(LocalDate date, Option<LocalDate> printedDeadline) implements CaseEvent {
    }

    /**
     * A 通告書 sent by post (通告書の郵送), 道路交通法第127条第1項後段 and 施行令第47条: the
     * 通告の日 written on it accounts for the usual delivery time.
     *
     * @param date the 通告の日 written on the 通告書
     * @param printedDeadline the payment deadline printed on it, if known
     */
    record MailedNotification(LocalDate date, Option<LocalDate> printedDeadline) implements CaseEvent {
    }

    /**
     * Referral of the unpaid case (送致) to the public prosecutor or the family court.
     *
     * @param date the day of the referral
     */
    record Referral(LocalDate date) implements CaseEvent {
    }
}
