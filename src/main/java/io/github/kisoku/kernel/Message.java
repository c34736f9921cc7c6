package io.github.kisoku.kernel;

/**
 * A short text in Japanese and English (和文・英文), as shown to a clerk or an auditor.
 *
 * <p>Immutable and thread-safe.
 */
public final class Message {
    private final String ja;
    private final String en;

    private Message(String ja, String en) {
        this.ja = ja;
        this.en = en;
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

    /** {@return the Japanese text} */
    public String ja() {
        return ja;
    }

    /** {@return the English text} */
    public String en() {
        return en;
    }

    /**
     * The text in one language.
     *
     * @param language the language wanted
     * @return the text in that language
     */
    public String in(Language language) {
        return language == Language.JA ? ja : en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message && ((Message) o).ja.equals(ja) && ((Message) o).en.equals(en);
    }

    @Override
    public int hashCode() {
        return 31 * ja.hashCode() + en.hashCode();
    }

    @Override
    public String toString() {
        return ja + " / " + en;
    }
}
