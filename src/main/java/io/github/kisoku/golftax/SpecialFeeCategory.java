package io.github.kisoku.golftax;

/**
 * A separate fee a course publishes beside its normal fees (別に利用料金の定め, circular
 * 税第423号 第2・1(1) and 第2・7), which may entitle its users to a reduced rate under
 * 熊本県税条例第69条.
 */
public enum SpecialFeeCategory {
    /** A fee for 65 to 69 year-olds (高齢者料金), 第69条第1項第1号; must be 1/5 or more below. */
    SENIOR_65_TO_69(1, 5),
    /** An early-morning fee (早朝料金), 第69条第2項, circular 第2・7(1); must be 1/2 or more below. */
    EARLY_MORNING(1, 2),
    /** A closed-day self-bag fee (休業日セルフバッグ料金), circular 第2・7(2); 1/2 or more below. */
    CLOSED_DAY_SELF_BAG(1, 2),
    /** A fee for a specific course of nine holes or fewer, circular 第2・7(3); 1/2 or more below. */
    NINE_HOLES_OR_FEWER(1, 2);

    private final int requiredNumerator;
    private final int requiredDenominator;
    private final String requiredFraction;

    SpecialFeeCategory(int requiredNumerator, int requiredDenominator) {
        this.requiredNumerator = requiredNumerator;
        this.requiredDenominator = requiredDenominator;
        this.requiredFraction = requiredNumerator + "/" + requiredDenominator;
    }

    /** {@return the numerator of the required reduction (1 of 1/5 or 1/2), circular 第2・2} */
    public int requiredNumerator() {
        return requiredNumerator;
    }

    /** {@return the denominator of the required reduction (5 or 2), circular 第2・2} */
    public int requiredDenominator() {
        return requiredDenominator;
    }

    /** {@return the required reduction as shown in reasons, e.g. {@code 1/5}} */
    String requiredFraction() {
        return requiredFraction;
    }
}
