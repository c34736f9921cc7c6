package io.github.kisoku.golftax;

/**
 * Where a fee item belongs for grading and for the front-desk display (circular 第4, 第6(1)):
 * the fee that grading is based on, public-interest contributions, and other fees, each shown
 * separately.
 */
public enum FeeGroup {
    /** Counts in the fee for grading (利用料金, 施行規則第23条第2項; 第4・1). */
    GRADING_FEE,
    /** A public-interest contribution, not counted (第4・2). */
    PUBLIC_INTEREST,
    /** An optional fee, not counted and shown apart (第4・3). */
    OTHER;
}
