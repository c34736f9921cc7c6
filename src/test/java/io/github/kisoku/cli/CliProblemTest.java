package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.ProblemWords;
import org.junit.jupiter.api.Test;

class CliProblemTest {
    @Test
    void everyKindHasWordsInBothLanguages() {
        ProblemWords.check(CliProblem.values());
    }

    @Test
    void everyExpectedTypeIsNamedInBothLanguages() {
        for (CliProblem.Expected e : CliProblem.Expected.values()) {
            for (Language language : Language.values()) {
                assertThat(CliProblem.WRONG_TYPE.words().raw(language, "label.Expected." + e.name()))
                        .as("%s in %s", e, language).isNotEmpty();
            }
        }
    }
}
