package io.github.kisoku.server;

import io.github.kisoku.kernel.ProblemWords;
import org.junit.jupiter.api.Test;

class ServerProblemTest {
    @Test
    void everyKindHasWordsInBothLanguages() {
        ProblemWords.check(ServerProblem.values());
    }
}
