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
    CONFIRMED,
    /** Reported by a reliable secondary source, not read in the primary text (二次資料). */
    SECONDARY,
    /** Not confirmed by any source read; used, but every answer that depends on it says so (未確認). */
    UNCONFIRMED,
    /** A ruling of this library on a question the sources leave open (解釈). */
    INTERPRETATION;

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
