package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check for tests of the rules: every reason of a decision, applied or not, reads as text in
 * both languages. Reasons are written only when read (issue 7), so a test that never reads them
 * would not notice a rule whose text is broken.
 */
public final class Texts {
    private Texts() {
    }

    /**
     * Reads every reason of a decision and checks it says something in Japanese and English.
     *
     * @param decision the decision
     * @param <T> the answer's type
     * @return the same decision
     */
    public static <T> Decision<T> readable(Decision<T> decision) {
        for (Reason r : decision.reasons().appendAll(decision.notApplied())) {
            assertThat(r.message().ja()).as(r.id()).isNotBlank();
            assertThat(r.message().en()).as(r.id()).isNotBlank();
            assertThat(isJapanese(r.message().ja())).as("%s in Japanese: %s", r.id(), r.message().ja()).isTrue();
            assertThat(isJapanese(r.message().en())).as("%s in English: %s", r.id(), r.message().en()).isFalse();
            assertThat(r.render(Language.JA)).as(r.id()).startsWith(r.message().ja());
            assertThat(r.render(Language.EN)).as(r.id()).startsWith(r.message().en());
            saysOnlyItsFigures(r);
        }
        assertThat(decision.render(Language.JA)).isNotBlank();
        return decision;
    }

    /**
     * A reason said by its rule's bundle: the bundle has its key in every language, and every
     * figure a text names is a figure the reason gives.
     *
     * @param reason the reason
     * @return the same reason
     */
    public static Reason saysOnlyItsFigures(Reason reason) {
        io.vavr.Tuple2<Rule, String> words = reason.words();
        for (Language language : Language.values()) {
            String raw = words._1.words().raw(language, words._2).getOrElse("");
            assertThat(raw).as("%s has words for %s in %s", words._1.words(), words._2, language).isNotBlank();
            assertThat(MessageBundle.placeholders(raw)).as("figures of %s in %s", words._2, language)
                    .isSubsetOf(reason.figures().names());
            assertThat(reason.message().in(language)).as(words._2).doesNotContain("{");
        }
        return reason;
    }

    /**
     * Whether a text reads as Japanese rather than English: it has more kana and kanji than Latin
     * letters. English texts quote Japanese terms (反則金, 道路交通法) and Japanese texts quote ids
     * and dates, but neither the other way round by much.
     *
     * @param text the text
     * @return true for a Japanese text
     */
    public static boolean isJapanese(String text) {
        long japanese = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
        long latin = text.codePoints().filter(c -> c < 0x80 && Character.isLetter(c)).count();
        return japanese > latin;
    }
}
