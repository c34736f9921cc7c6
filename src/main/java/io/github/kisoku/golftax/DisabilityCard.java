package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;

/**
 * A disability card shown at the front desk (障害者手帳等), with its number for the 手帳番号 column
 * of 別記第1号様式. Immutable and thread-safe.
 *
 * @param kind the kind of card
 * @param number its number as printed, e.g. {@code 熊本県 12345}
 */
public record DisabilityCard(DisabilityCardKind kind, String number) {
    /**
     * Checks that both parts are given.
     *
     * @param kind the kind of card
     * @param number its number
     */
    public DisabilityCard {
        Require.nonNull(kind, "kind");
        Require.notBlank(number, "number");
    }

    /** {@return the kind of card only: its number is personal data and is not printed} */
    @Override
    public String toString() {
        return "DisabilityCard[" + kind + ", number withheld]";
    }
}
