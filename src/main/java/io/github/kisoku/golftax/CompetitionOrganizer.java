package io.github.kisoku.golftax;

/**
 * Who runs a competition, as 熊本県税条例第69条第1項第2号 and circular 第2・4, 第2・5 distinguish.
 */
public enum CompetitionOrganizer {
    /** 日本ゴルフ協会 (JGA), a championship of 第2・4(1) or an equivalent. */
    JAPAN_GOLF_ASSOCIATION(true),
    /** A regional federation of the JGA (九州ゴルフ連盟), a qualifier of 第2・4(2). */
    REGIONAL_FEDERATION(true),
    /** A youth competition the governor designated under 第2・5. */
    DESIGNATED_YOUTH_COMPETITION(true),
    /** Any other organiser: no reduced rate. */
    OTHER(false);

    private final boolean qualifies;

    CompetitionOrganizer(boolean qualifies) {
        this.qualifies = qualifies;
    }

    /** {@return whether 第69条第1項第2号 can apply to its competitions} */
    public boolean qualifies() {
        return qualifies;
    }
}
