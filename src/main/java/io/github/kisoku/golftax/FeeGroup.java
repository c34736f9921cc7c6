package io.github.kisoku.golftax;

/**
 * Where a fee item belongs for grading and for the front-desk display (circular 第4, 第6(1)):
 * the fee that grading is based on, public-interest contributions, and other fees, each shown
 * separately.
 */
public enum FeeGroup {
    /** Counts in the fee for grading (利用料金, 施行規則第23条第2項; 第4・1). */
    GRADING_FEE("等級決定の利用料金に算入", "counts for grading"),
    /** A public-interest contribution, not counted (第4・2). */
    PUBLIC_INTEREST("公益上の費用（算入しない）", "public-interest contribution, not counted"),
    /** An optional fee, not counted and shown apart (第4・3). */
    OTHER("その他の料金（算入しない）", "other fee, not counted");

    private final String ja;
    private final String en;

    FeeGroup(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** {@return the Japanese name} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
    }
}
