package io.github.kisoku.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.RuleWords;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BookingRuleTest {
    @Test
    void everyRuleHasWordsInBothLanguagesWithTheSameFigures() {
        RuleWords.check(BookingRule.values());
    }

    @Test
    void everyProblemHasWordsInBothLanguagesWithTheSameFigures() {
        io.github.kisoku.kernel.ProblemWords.check(BookingProblem.values());
    }

    @Test
    @DisplayName("every enum of booking has its words in the bundle, in both languages, each its own")
    void everyEnumIsLabelled() {
        io.github.kisoku.kernel.Labels.check(BookingRule.UNIT.words(), RuleSet.class, Method.class, Status.class,
                GroupClass.class, FeeComponent.class, Channel.class, Verdict.class, QuotaPolicy.Counts.class,
                QuotaPolicy.Period.class, QuotaPolicy.Scope.class, io.github.kisoku.kernel.Rounding.class);
        assertThat(BookingRule.UNIT.words().label(Method.PRIORITY)).isEqualTo(Message.of("優先予約", "priority booking"));
    }
}
