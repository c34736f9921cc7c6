package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.MessageBundle;

/**
 * The golf-tax texts that are not reasons or problems: the documents of the evidence, the lines
 * of the front-desk display, the names of the deadlines. Their words are in
 * {@code texts_ja.properties} and {@code texts_en.properties} beside this class (the rules' bundle
 * holds only the words of rules and problems), with figures in braces, shown as in a reason's text
 * (see {@link MessageBundle}). Static functions only; thread-safe.
 */
final class GolfWords {
    private static final MessageBundle WORDS = MessageBundle.load(GolfWords.class, "texts");

    private GolfWords() {
    }

    /**
     * A text of the bundle with its figures.
     *
     * @param key the key, e.g. {@code evidence.request-form}
     * @param figures names and values, alternating
     * @return the text in both languages
     */
    static Message text(String key, Object... figures) {
        return WORDS.message(key, figures);
    }
}
