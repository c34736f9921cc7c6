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
    void aWrongTypeNamesWhatTheFieldTakes() {
        var p = io.github.kisoku.kernel.Problem.of(CliProblem.WRONG_TYPE, "causedDanger")
                .withFigure("expected", CliProblem.Expected.BOOLEAN);
        assertThat(p.code()).isEqualTo("wrong-type");
        assertThat(p.message().ja()).as("a label may start with a space").isEqualTo("causedDanger は true か falseで指定してください");
        assertThat(p.message().en()).isEqualTo("causedDanger must be true or false");
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
