package io.github.kisoku.golftax;

/**
 * Who runs a competition, as 熊本県税条例第69条第1項第2号 and circular 第2・4, 第2・5 distinguish.
 */
public enum CompetitionOrganizer {
    /** 日本ゴルフ協会 (JGA), a championship of 第2・4(1) or an equivalent. */
    JAPAN_GOLF_ASSOCIATION("日本ゴルフ協会", "Japan Golf Association", true),
    /** A regional federation of the JGA (九州ゴルフ連盟), a qualifier of 第2・4(2). */
    REGIONAL_FEDERATION("日本ゴルフ協会に加盟する地区連盟", "regional federation of the JGA", true),
    /** A youth competition the governor designated under 第2・5. */
    DESIGNATED_YOUTH_COMPETITION("知事が認定した青少年の競技会", "youth competition designated by the governor", true),
    /** Any other organiser: no reduced rate. */
    OTHER("その他の主催者", "other organiser", false);

    private final String ja;
    private final String en;
    private final boolean qualifies;

    CompetitionOrganizer(String ja, String en, boolean qualifies) {
        this.ja = ja;
        this.en = en;
        this.qualifies = qualifies;
    }

    /** {@return the Japanese name} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
    }

    /** {@return whether 第69条第1項第2号 can apply to its competitions} */
    public boolean qualifies() {
        return qualifies;
    }
}
