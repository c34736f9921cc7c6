package io.github.kisoku.kernel;

/**
 * A short text in Japanese and English (和文・英文), as shown to a clerk or an auditor: the words
 * of a bundle written out for one reason, problem or name. Immutable and thread-safe; two
 * messages are equal when their texts are.
 *
 * @param ja the Japanese text, not blank
 * @param en the English text, not blank
 */
public record Message(String ja, String en) {
    /**
     * Checks both texts are there.
     *
     * @param ja the Japanese text
     * @param en the English text
     * @throws InvalidInputException if either text is missing or blank
     */
    public Message {
        Require.notBlank(ja, "message.ja");
        Require.notBlank(en, "message.en");
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
        return new Message(ja, en);
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

    /**
     * Messages written one after another, in each language: the lines of a timeline, the parts of
     * a list whose words each come from a bundle.
     *
     * @param parts the messages, in order; at least one
     * @return one message
     */
    public static Message join(Iterable<Message> parts) {
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Message m : Require.nonNull(parts, "parts")) {
            ja.append(Require.nonNull(m, "parts").ja);
            en.append(m.en);
        }
        return of(ja.toString(), en.toString());
    }
}
