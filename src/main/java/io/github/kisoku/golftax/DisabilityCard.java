package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import org.immutables.value.Value;

/**
 * A disability card shown at the front desk (障害者手帳等), with its number for the 手帳番号 column
 * of 別記第1号様式. Its number is personal data and is left out of {@code toString} (issue 6).
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class DisabilityCard {
    DisabilityCard() {
    }

    /**
     * A disability card.
     *
     * @param kind the kind of card
     * @param number its number as printed, e.g. {@code 熊本県 12345}
     * @return the card
     * @throws io.github.kisoku.kernel.InvalidInputException if a part is missing
     */
    public static DisabilityCard of(DisabilityCardKind kind, String number) {
        return ImmutableDisabilityCard.create(Require.nonNull(kind, "kind"), Require.notBlank(number, "number"));
    }

    /** {@return the kind of card} */
    public abstract DisabilityCardKind kind();

    /** {@return its number as printed: personal data, left out of {@code toString}} */
    @Value.Redacted
    public abstract String number();
}
