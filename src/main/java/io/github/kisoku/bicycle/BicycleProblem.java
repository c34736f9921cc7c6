package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemKind;

/**
 * The problems a bicycle input or case event can have, beyond those of any input
 * ({@link io.github.kisoku.kernel.InputProblem}): each with its stable code (the JSON contract)
 * and the key of its words in the bicycle rules' bundle ({@code problem.bicycle.*}), which show
 * the figures named below in braces.
 */
public enum BicycleProblem implements ProblemKind {
    /** A date of birth after the offence date (figures {@code birthDate}, {@code date}). */
    BORN_AFTER_OFFENCE("born-after-offence", "problem.bicycle.born-after-offence"),
    /** 'Caused traffic danger' given for a violation other than phone use (figure {@code violation}). */
    DANGER_WITHOUT_PHONE("danger-without-phone", "problem.bicycle.danger-without-phone"),
    /** Drink riding without the finding: over the limit or drunk. */
    ALCOHOL_REQUIRED("alcohol-required", "problem.bicycle.alcohol-required"),
    /** A dangerous-act number that is not 1 to 16 (figure {@code value}). */
    DANGEROUS_ACT_NUMBER("out-of-range", "problem.bicycle.dangerous-act-number"),
    /** A dangerous act before the rider's date of birth (figures {@code actDate}, {@code birthDate}). */
    ACT_BEFORE_BIRTH("act-before-birth", "problem.bicycle.act-before-birth"),
    /** Passenger rules asked of a vehicle that is not a bicycle. */
    NOT_A_BICYCLE("not-a-bicycle", "problem.bicycle.not-a-bicycle"),
    /** An ordinary bicycle on a sidewalk without a sign and without the rider's date of birth. */
    BIRTH_DATE_NEEDED("birth-date-needed", "problem.bicycle.birth-date-needed"),
    /** A rider's date of birth after the date of riding. */
    BORN_AFTER_DATE("born-after-date", "problem.bicycle.born-after-date"),
    /** A course period that ends after its 3-month limit (figures {@code end}, {@code max}). */
    PERIOD_OVER_3_MONTHS("period-over-3-months", "problem.bicycle.period-over-3-months"),
    /** A course period that ends on or before the order (figures {@code end}, {@code orderDate}). */
    PERIOD_BEFORE_ORDER("period-before-order", "problem.bicycle.period-before-order"),
    /** A printed deadline before the day it counts from (figures {@code printed}, {@code from}). */
    PRINTED_BEFORE_EVENT("printed-before-event", "problem.bicycle.printed-before-event"),
    /** A blue ticket for another violation than the offence. */
    TICKET_FOR_OTHER_VIOLATION("ticket-for-other-violation", "problem.bicycle.ticket-for-other-violation"),
    /** A notice date before the offence date (figures {@code noticeDate}, {@code offenceDate}). */
    NOTICE_BEFORE_OFFENCE("notice-before-offence", "problem.bicycle.notice-before-offence"),
    /** A violation id that is not in the catalogue (figures {@code id}, {@code known}: the ids of the table). */
    UNKNOWN_VIOLATION("unknown-id", "problem.bicycle.unknown-violation"),

    // the refusals of a case's events (CaseError)
    /** An event, or its date, or a payment's amount, is missing. Variants: {@code event}, {@code amount}. */
    EVENT_REQUIRED("required", "problem.bicycle.event-required"),
    /** An event for a closed case (figure {@code state}). */
    CASE_CLOSED("case-closed", "problem.bicycle.case-closed"),
    /** An event dated before the previous one (figures {@code date}, {@code last}). */
    OUT_OF_ORDER("out-of-order", "problem.bicycle.out-of-order"),
    /**
     * An event the procedure does not allow in the case's state (figure {@code state}). Variants:
     * {@code notification}, {@code mailed-notification}, {@code referral}.
     */
    NOT_ALLOWED_IN_STATE("not-allowed-in-state", "problem.bicycle.not-allowed-in-state"),
    /** A notification on the day of the ticket. */
    NOTIFICATION_ON_NOTICE_DAY("notification-on-notice-day", "problem.bicycle.notification-on-notice-day"),
    /** A notification whose payment deadline cannot be computed (figure {@code problems}). */
    INVALID_NOTIFICATION("invalid-notification", "problem.bicycle.invalid-notification"),
    /** A mailed notification on a day without a mailing cost in force (figure {@code notInForce}). */
    NOT_IN_FORCE("not-in-force", "problem.bicycle.not-in-force"),
    /** A payment after its deadline (figures {@code step}, {@code deadline}, {@code paid}). */
    DEADLINE_PASSED("deadline-passed", "problem.bicycle.deadline-passed"),
    /** A payment of another amount than the one due (figures {@code amount}, {@code due}). */
    WRONG_AMOUNT("wrong-amount", "problem.bicycle.wrong-amount"),
    /** A referral on or before the payment deadline (figure {@code deadline}). */
    REFERRAL_BEFORE_DEADLINE("referral-before-deadline", "problem.bicycle.referral-before-deadline");

    private final String code;
    private final String key;

    BicycleProblem(String code, String key) {
        this.code = code;
        this.key = key;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public MessageBundle words() {
        return BicycleRule.bundle();
    }
}
