package io.github.kisoku.booking;

import io.github.kisoku.kernel.RuleWords;
import org.junit.jupiter.api.Test;

class BookingRuleTest {
    @Test
    void everyRuleHasWordsInBothLanguagesWithTheSameFigures() {
        RuleWords.check(BookingRule.values());
    }
}
