package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;

/**
 * The reduced-rate cases (税率の特例) of 熊本県税条例第69条, as the circular 税第423号 第2 reads
 * them, in the order they are tested.
 */
public enum ReductionCase {
    /** 第69条第1項第1号: aged 65 to 69 using a separate fee at least 1/5 below (第2・1(1), 第2・2). */
    SENIOR_65_TO_69("第69条第1項第1号", "第2・1(1)", 1),
    /** 第69条第1項第2号: an entrant of a certified competition (第2・1(2)〜第2・6). */
    COMPETITION("第69条第1項第2号", "第2・1(2)", 1),
    /** 第69条第2項: early-morning play finishing by 10:00 (第2・7(1)). */
    EARLY_MORNING("第69条第2項", "第2・7(1)", 2),
    /** 第69条第2項: self-bag play on the course's closed day (第2・7(2)). */
    CLOSED_DAY_SELF_BAG("第69条第2項", "第2・7(2)", 2),
    /** 第69条第2項: a specific course of nine holes or fewer (第2・7(3)). */
    NINE_HOLES_OR_FEWER("第69条第2項", "第2・7(3)", 2);

    private final String provision;
    private final LegalBasis basis;
    private final String section;
    private final int paragraph;

    ReductionCase(String provision, String section, int paragraph) {
        this.provision = provision;
        this.basis = Sources.ordinance(provision, section);
        this.section = section;
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

    /** {@return the paragraph of 第69条 (1 or 2), which decides which reduced amount applies} */
    public int paragraph() {
        return paragraph;
    }

    /** {@return the legal basis: the ordinance as the circular reports it} */
    public LegalBasis basis() {
        return basis;
    }
}
