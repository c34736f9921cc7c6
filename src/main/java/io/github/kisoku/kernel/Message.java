package io.github.kisoku.kernel;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A short text in Japanese and English (和文・英文), as shown to a clerk or an auditor.
 *
 * <p>A message is either given as text ({@link #of(String, String)}) or as a way to write it
 * ({@link #lazy(Function)}): a decision carries a dozen reasons, and most callers read
 * only the answer, so the rules write their texts only when someone reads them. Either way the
 * message is immutable and thread-safe, and two messages are equal when their texts are.
 */
public final class Message {
    private final @Nullable Function<Language, String> text;
    // Written at most once with the text the function gives; a race writes the same text twice.
    private @Nullable String ja;
    private @Nullable String en;

    private Message(String ja, String en) {
        this.text = null;
        this.ja = ja;
        this.en = en;
    }

    private Message(Function<Language, String> text) {
        this.text = text;
    }

    /**
     * A message in both languages.
     *
     * @param ja the Japanese text, not blank
     * @param en the English text, not blank
     * @return the message
     * @throws InvalidInputException if either text is missing or blank
     */
    public static Message of(String ja, String en) {
        Require.notBlank(ja, "message.ja");
        Require.notBlank(en, "message.en");
        return new Message(ja, en);
    }

    /**
     * A message whose texts are written when first read, each at most once: one function for
     * both languages, e.g. {@code lang -> lang == Language.JA ? "…" : "…"}. The function must be
     * pure (the same text every time) and must not return a blank text.
     *
     * @param text writes the text in the language asked for
     * @return the message
     * @throws InvalidInputException if the function is missing (when created), or returns a blank
     *     text (when read)
     */
    public static Message lazy(Function<Language, String> text) {
        return new Message(Require.nonNull(text, "message"));
    }

    /** {@return the Japanese text} */
    public String ja() {
        String shown = ja;
        if (shown == null) {
            shown = Require.notBlank(java.util.Objects.requireNonNull(text).apply(Language.JA), "message.ja");
            ja = shown;
        }
        return shown;
    }

    /** {@return the English text} */
    public String en() {
        String shown = en;
        if (shown == null) {
            shown = Require.notBlank(java.util.Objects.requireNonNull(text).apply(Language.EN), "message.en");
            en = shown;
        }
        return shown;
    }

    /**
     * The text in one language.
     *
     * @param language the language wanted
     * @return the text in that language
     */
    public String in(Language language) {
        return language == Language.JA ? ja() : en();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message && ((Message) o).ja().equals(ja()) && ((Message) o).en().equals(en());
    }

    @Override
    public int hashCode() {
        return 31 * ja().hashCode() + en().hashCode();
    }

    @Override
    public String toString() {
        return ja() + " / " + en();
    }
}
