package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Yen;

/**
 * A count of users and their tax (利用人員と税額). Immutable and thread-safe.
 *
 * @param count the number of users
 * @param tax their tax
 */
public record Tally(int count, Yen tax) {
    /** Nothing counted. */
    public static final Tally ZERO = new Tally(0, Yen.ZERO);

    /**
     * This tally plus one user.
     *
     * @param userTax the user's tax
     * @return the new tally
     */
    public Tally plus(Yen userTax) {
        return new Tally(count + 1, tax.plus(userTax));
    }
}
