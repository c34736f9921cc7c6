package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;

/**
 * A fact of a visit that the caller may leave out: it is asked for only when a rule that could
 * apply reads it (issue 16), and then named in {@link VisitAssessment#missing()} with that rule.
 * Its words are the bundle's {@code label.GolfFact.<CONSTANT>}.
 */
public enum GolfFact {
    /** The fee actually charged for the day (利用料金): business use must be free; a reduction's user pays no more than the separate fee. */
    FEE_CHARGED,
    /** The course's published fee table (県税条例第73条): the separate fees and the normal fees they are measured against. */
    FEE_TABLE,
    /** Whether the user pays as a member or a non-member (会員・非会員): which separate fee the fee charged is compared with. */
    FEE_CLASS,
    /** The competition's per-day course fee of its 大会要綱 (circular 第2・1(2), 第2・3). */
    COMPETITION_COURSE_FEE;

    /** {@return the fact's name in both languages, from the bundle} */
    public Message label() {
        return GolfRule.STANDARD.words().message("label.GolfFact." + name());
    }
}
