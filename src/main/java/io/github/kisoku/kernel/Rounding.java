package io.github.kisoku.kernel;

/**
 * How a fraction of a yen is rounded (端数処理). Every division of {@link Yen} names one; there
 * is no default.
 */
public enum Rounding {
    /** Truncate toward zero (切り捨て), as 国税通則法・地方税法 do for tax amounts. */
    DOWN("切り捨て", "round down"),
    /** Round away from zero (切り上げ). */
    UP("切り上げ", "round up"),
    /** Round half away from zero (四捨五入). */
    HALF_UP("四捨五入", "round half up");

    private final String ja;
    private final String en;

    Rounding(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** {@return the Japanese name, e.g. {@code 切り捨て}} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
    }

    long divide(long numerator, long denominator) {
        long q = numerator / denominator;
        long r = numerator % denominator;
        if (r == 0) {
            return q;
        }
        int sign = (numerator < 0) == (denominator < 0) ? 1 : -1;
        switch (this) {
            case DOWN:
                return q;
            case UP:
                return q + sign;
            default:
                return Math.abs(r) * 2 >= Math.abs(denominator) ? q + sign : q;
        }
    }
}
