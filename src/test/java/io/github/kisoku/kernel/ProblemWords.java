package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * The bundle checks every domain's problem kinds run (issue 15): each kind has words in both
 * languages, every {@code problem.} key of the bundle belongs to a kind, and a text shows the
 * same figures in each language.
 */
public final class ProblemWords {
    private ProblemWords() {
    }

    /**
     * Checks a problem-kinds enum against its bundle.
     *
     * @param kinds the enum's constants
     */
    public static void check(ProblemKind[] kinds) {
        assertThat(kinds).isNotEmpty();
        MessageBundle words = kinds[0].words();
        Set<String> ja = words.keys(Language.JA).filter(k -> k.startsWith("problem."));
        Set<String> en = words.keys(Language.EN).filter(k -> k.startsWith("problem."));
        assertThat(ja).as("problem keys in Japanese and in English").containsExactlyInAnyOrderElementsOf(en);
        List<String> keys = List.of(kinds).map(ProblemKind::key);
        assertThat(keys).as("keys").doesNotHaveDuplicates();
        for (ProblemKind kind : kinds) {
            assertThat(kind.words()).as("one bundle per domain").isSameAs(words);
            assertThat(kind.key()).as("%s's key", kind).startsWith("problem.");
            assertThat(kind.code()).as("%s's code", kind).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(ja.exists(k -> k.equals(kind.key()) || k.startsWith(kind.key() + "#")))
                    .as("%s has words", kind.key()).isTrue();
        }
        for (String key : ja) {
            String base = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
            assertThat(keys).as("the kind of key %s", key).contains(base);
            RuleWords.saysTheSameInBothLanguages(words, key);
        }
    }
}
