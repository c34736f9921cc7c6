package io.github.kisoku.kernel;

import io.vavr.collection.List;

/**
 * A figure made of parts, each shown as a figure is, joined by spaces: a date and why it is
 * closed ({@code 2026-04-11 土曜日} in Japanese, {@code 2026-04-11 Saturday} in English), without
 * a sentence written in code. As plain text (in {@link Reason#figures()}) a {@link Message} part
 * is shown in Japanese.
 *
 * @param parts the parts, in order
 */
public record Phrase(List<Object> parts) {
    /**
     * Checks the parts are there.
     *
     * @param parts the parts, in order
     */
    public Phrase {
        Require.nonNull(parts, "parts");
    }

    /**
     * A phrase of parts.
     *
     * @param parts the parts, in order: dates, numbers, enum values, messages…
     * @return the phrase
     */
    public static Phrase of(Object... parts) {
        return new Phrase(List.of(Require.nonNull(parts, "parts")));
    }
}
