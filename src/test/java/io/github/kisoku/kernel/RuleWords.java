package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * The bundle checks every domain's rules enum runs (issue 15): a bundle with a missing key, a key
 * without a rule, or a text whose figures differ between languages fails the build, not the user.
 */
public final class RuleWords {
    private RuleWords() {
    }

    /**
     * Checks a rules enum against its bundle.
     *
     * @param rules the enum's constants
     */
    public static void check(Rule[] rules) {
        assertThat(rules).isNotEmpty();
        MessageBundle words = rules[0].words();
        Set<String> ja = words.keys(Language.JA);
        Set<String> en = words.keys(Language.EN);
        assertThat(ja).as("keys in Japanese and in English").containsExactlyInAnyOrderElementsOf(en);
        List<String> ids = List.of(rules).map(Rule::id);
        assertThat(ids).as("rule ids").doesNotHaveDuplicates();
        for (Rule rule : rules) {
            assertThat(rule.words()).as("one bundle per domain").isSameAs(words);
            assertThat(ja.exists(k -> k.equals(rule.id()) || k.startsWith(rule.id() + "#")))
                    .as("%s has words", rule.id()).isTrue();
            assertThat(rule.basis()).as("%s has a basis", rule.id()).isNotNull();
        }
        for (String key : ja) {
            String rule = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
            if (key.startsWith("problem.")) {
                continue; // checked by ProblemWords
            }
            if (!key.startsWith("label.") && !key.startsWith("text.") && !key.equals("list.separator")) {
                assertThat(ids).as("the rule of key %s", key).contains(rule);
            }
            saysTheSameInBothLanguages(words, key);
        }
    }

    /**
     * Checks one key of a bundle: a text in each language, the same figures in both, each in its
     * own language.
     *
     * @param words the bundle
     * @param key the key
     */
    static void saysTheSameInBothLanguages(MessageBundle words, String key) {
        String jaText = words.raw(Language.JA, key).get();
        String enText = words.raw(Language.EN, key).get();
        assertThat(jaText).as(key).isNotBlank();
        assertThat(enText).as(key).isNotBlank();
        assertThat(MessageBundle.placeholders(jaText)).as("the figures %s shows in each language", key)
                .containsExactlyInAnyOrderElementsOf(MessageBundle.placeholders(enText));
        // figures' names are Latin, so the words are judged without them; a text that is only
        // figures and punctuation (e.g. "{policy}: {counts} {after}/{limit}（{period}・{scope}）")
        // has no words to be in the wrong language
        String jaWords = jaText.replaceAll("\\{[^}]*}", "");
        assertThat(Texts.isJapanese(jaWords) || jaWords.codePoints().noneMatch(Character::isLetter))
                .as("%s in Japanese: %s", key, jaText).isTrue();
        assertThat(Texts.isJapanese(enText.replaceAll("\\{[^}]*}", ""))).as("%s in English: %s", key, enText)
                .isFalse();
    }
}
