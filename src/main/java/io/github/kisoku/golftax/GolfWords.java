package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.MessageBundle;

/**
 * The golf-tax texts that are not reasons or problems: the documents of the evidence, the lines
 * of the front-desk display, the names of the deadlines. Their words are in
 * {@code texts_ja.properties} and {@code texts_en.properties} beside this class (the rules' bundle
 * holds only the words of rules and problems), with figures in braces; an enum figure reads as its
 * {@code label.<Type>.<CONSTANT>}, a {@link Message} in the text's language, anything else as
 * {@link String#valueOf}. Static functions only; thread-safe.
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
        // The kernel makes messages from a bundle only for reasons and problems; these texts are
        // neither, so the one message made here is of the bundle's words.
        return Message.of(render(Language.JA, key, figures), render(Language.EN, key, figures));
    }

    private static String render(Language language, String key, Object[] figures) {
        String text = WORDS.raw(language, key).getOrElse(key);
        for (int i = 0; i < figures.length; i += 2) {
            text = text.replace("{" + figures[i] + "}", show(language, figures[i + 1]));
        }
        return text;
    }

    private static String show(Language language, Object value) {
        if (value instanceof Message m) {
            return m.in(language);
        }
        if (value instanceof Enum<?> e) {
            return WORDS.raw(language, "label." + e.getDeclaringClass().getSimpleName() + "." + e.name()).getOrElse(e.name());
        }
        return String.valueOf(value);
    }
}
