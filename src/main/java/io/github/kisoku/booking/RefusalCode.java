package io.github.kisoku.booking;

/**
 * Why a request or an operation on the ledger was refused, as a stable code. Each comes with a
 * {@link io.github.kisoku.kernel.Reason} citing its rule (see {@link BrokenRule}).
 */
public enum RefusalCode {
    /** The unit is not in the catalogue. */
    UNKNOWN_UNIT,
    /** A slot is not one of the facility's slots. */
    UNKNOWN_SLOT,
    /** No slot was asked for. */
    NO_SLOT,
    /** The slots are not back to back. */
    SLOTS_NOT_CONSECUTIVE,
    /** 3 or more consecutive slots in the new system (manual §1). */
    TOO_MANY_SLOTS,
    /** Headcount missing, below 1 or above the capacity (manual §5). */
    HEADCOUNT,
    /** No purpose of use (利用目的, manual §5). */
    PURPOSE_MISSING,
    /** The room's notes were not agreed to (manual §5 注意事項). */
    CONSENT_MISSING,
    /** The group's registration has expired (manual §1 有効期限). */
    REGISTRATION_EXPIRED,
    /** A guest group asked online; guests book at the counter (manual §2). */
    GUEST_ONLINE,
    /** The unit is not bookable online. */
    COUNTER_ONLY,
    /** The request is outside every booking window for the group's class and method. */
    OUTSIDE_WINDOW,
    /** The date of use has passed. */
    DATE_PASSED,
    /** A block-slot is already held. */
    TAKEN,
    /** A quota would be exceeded. */
    QUOTA_EXCEEDED,
    /** No such reservation in the ledger. */
    UNKNOWN_RESERVATION,
    /** The reservation is not a 仮予約 (only those may change or be paid). */
    NOT_TENTATIVE,
    /** The reservation is not live (cancelled, expired or used). */
    NOT_LIVE,
    /** The cancellation deadline has passed (manual §7). */
    CANCELLATION_CLOSED,
    /** The payment deadline has passed; the hold is expired. */
    PAYMENT_DEADLINE_PASSED,
    /** The change asks for neither purpose nor headcount. */
    NOTHING_TO_CHANGE
}
