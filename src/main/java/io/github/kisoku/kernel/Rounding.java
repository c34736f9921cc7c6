package io.github.kisoku.kernel;

/**
 * How a fraction of a yen is rounded (端数処理). Every division of {@link Yen} names one; there
 * is no default.
 */
public enum Rounding {
    /** Truncate toward zero (切り捨て), as 国税通則法・地方税法 do for tax amounts. */
    DOWN,
    /** Round away from zero (切り上げ). */
    UP,
    /** Round half away from zero (四捨五入). */
    HALF_UP;

    // Yen.times is the only caller and passes a numerator ≥ 0 and a denominator > 0, so the
    // quotient and remainder are never negative and no sign handling is needed.
    long divide(long numerator, long denominator) {
        long q = numerator / denominator;
        long r = numerator % denominator;
        if (r == 0) {
            return q;
        }
        switch (this) {
            case DOWN:
                return q;
            case UP:
                return q + 1;
            default:
                return r >= denominator - r ? q + 1 : q;
        }
    }
}
