package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;

/**
 * The reduced-rate cases (税率の特例) of 熊本県税条例第69条, as the circular 税第423号 第2 reads
 * them, in the order they are tested.
 */
public enum ReductionCase {
    /** 第69条第1項第1号: aged 65 to 69 using a separate fee at least 1/5 below (第2・1(1), 第2・2). */
    SENIOR_65_TO_69("第69条第1項第1号", "第2・1(1)", "65歳以上70歳未満", "aged 65 to 69", 1),
    /** 第69条第1項第2号: an entrant of a certified competition (第2・1(2)〜第2・6). */
    COMPETITION("第69条第1項第2号", "第2・1(2)", "軽減税率適用対象競技会", "certified competition", 1),
    /** 第69条第2項: early-morning play finishing by 10:00 (第2・7(1)). */
    EARLY_MORNING("第69条第2項", "第2・7(1)", "早朝利用", "early morning", 2),
    /** 第69条第2項: self-bag play on the course's closed day (第2・7(2)). */
    CLOSED_DAY_SELF_BAG("第69条第2項", "第2・7(2)", "休業日のセルフバッグ利用", "closed-day self-bag", 2),
    /** 第69条第2項: a specific course of nine holes or fewer (第2・7(3)). */
    NINE_HOLES_OR_FEWER("第69条第2項", "第2・7(3)", "9ホール以下の特定コース", "nine holes or fewer", 2);

    private final String provision;
    private final LegalBasis basis;
    private final String section;
    private final String ja;
    private final String en;
    private final int paragraph;

    ReductionCase(String provision, String section, String ja, String en, int paragraph) {
        this.provision = provision;
        this.basis = Sources.ordinance(provision, section);
        this.section = section;
        this.ja = ja;
        this.en = en;
        this.paragraph = paragraph;
    }

    /** {@return the provision of the ordinance, e.g. {@code 第69条第1項第1号}} */
    public String provision() {
        return provision;
    }

    /** {@return the section of the circular, e.g. {@code 第2・7(1)}} */
    public String section() {
        return section;
    }

    /** {@return the Japanese name} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
    }

    /** {@return the paragraph of 第69条 (1 or 2), which decides which reduced amount applies} */
    public int paragraph() {
        return paragraph;
    }

    /** {@return the legal basis: the ordinance as the circular reports it} */
    public LegalBasis basis() {
        return basis;
    }
}
