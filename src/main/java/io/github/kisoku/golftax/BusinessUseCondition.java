package io.github.kisoku.golftax;

/**
 * A condition of business use (circular 第5) that a use failed; a figure of the reason why a
 * business use does not qualify, read by its label in the golf-tax bundle.
 */
enum BusinessUseCondition {
    /** The user paid a fee: business use is free of charge. */
    NOT_FREE,
    /** Not entered in the business-use register (form 3). */
    NOT_REGISTERED,
    /** An opening invitation not notified by the day before (第5(3)ア). */
    NOT_NOTIFIED,
    /** An opening invitation without a list of the invitees (第5(3)イ). */
    NO_INVITEE_LIST,
    /** An opening invitation while the course was open to other users (第5(3)ウ). */
    OPEN_TO_PUBLIC
}
