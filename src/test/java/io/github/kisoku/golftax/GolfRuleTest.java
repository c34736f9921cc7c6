package io.github.kisoku.golftax;

import io.github.kisoku.kernel.ProblemWords;
import io.github.kisoku.kernel.RuleWords;
import org.junit.jupiter.api.Test;

class GolfRuleTest {
    @Test
    void everyRuleHasWordsInBothLanguagesWithTheSameFigures() {
        RuleWords.check(GolfRule.values());
    }

    @Test
    void everyProblemHasWordsInBothLanguagesWithTheSameFigures() {
        ProblemWords.check(GolfProblem.values());
    }
}
