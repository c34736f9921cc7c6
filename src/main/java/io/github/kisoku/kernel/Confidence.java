package io.github.kisoku.kernel;

/**
 * How sure a source is (確度). Carried as data by every {@link LegalBasis}, so an auditor can see
 * when an answer rests on a weak figure or on an interpretation.
 *
 * <p>The constants are ordered from strongest to weakest; {@link #weakest(Confidence)} picks the
 * weaker of two.
 */
public enum Confidence {
    /** Read in the law, an official notice or the seed document itself (確認済み). */
    CONFIRMED("確認済み", "confirmed"),
    /** Reported by a reliable secondary source, not read in the primary text (二次資料). */
    SECONDARY("二次資料", "secondary source"),
    /** Not confirmed by any source read; used, but every answer that depends on it says so (未確認). */
    UNCONFIRMED("未確認", "unconfirmed"),
    /** A ruling of this library on a question the sources leave open (解釈). */
    INTERPRETATION("解釈", "interpretation");

    private final String ja;
    private final String en;

    Confidence(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** {@return the Japanese label, e.g. {@code 未確認}} */
    public String ja() {
        return ja;
    }

    /** {@return the English label, e.g. {@code unconfirmed}} */
    public String en() {
        return en;
    }

    /**
     * The weaker of this confidence and another.
     *
     * @param other the other confidence
     * @return whichever is weaker; this one when they are equal
     */
    public Confidence weakest(Confidence other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
