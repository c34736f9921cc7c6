package io.github.kisoku.golftax;

/**
 * A separate fee a course publishes beside its normal fees (別に利用料金の定め, circular
 * 税第423号 第2・1(1) and 第2・7), which may entitle its users to a reduced rate under
 * 熊本県税条例第69条.
 */
public enum SpecialFeeCategory {
    /** A fee for 65 to 69 year-olds (高齢者料金), 第69条第1項第1号; must be 1/5 or more below. */
    SENIOR_65_TO_69("65歳以上70歳未満の者の料金", "fee for ages 65 to 69", 1, 5),
    /** An early-morning fee (早朝料金), 第69条第2項, circular 第2・7(1); must be 1/2 or more below. */
    EARLY_MORNING("早朝利用料金", "early-morning fee", 1, 2),
    /** A closed-day self-bag fee (休業日セルフバッグ料金), circular 第2・7(2); 1/2 or more below. */
    CLOSED_DAY_SELF_BAG("休業日セルフバッグ利用料金", "closed-day self-bag fee", 1, 2),
    /** A fee for a specific course of nine holes or fewer, circular 第2・7(3); 1/2 or more below. */
    NINE_HOLES_OR_FEWER("9ホール以下の特定コース利用料金", "fee for a course of nine holes or fewer", 1, 2);

    private final String ja;
    private final String en;
    private final int requiredNumerator;
    private final int requiredDenominator;
    private final String requiredFraction;

    SpecialFeeCategory(String ja, String en, int requiredNumerator, int requiredDenominator) {
        this.ja = ja;
        this.en = en;
        this.requiredNumerator = requiredNumerator;
        this.requiredDenominator = requiredDenominator;
        this.requiredFraction = requiredNumerator + "/" + requiredDenominator;
    }

    /** {@return the Japanese name} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
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
