package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemWords;
import io.github.kisoku.kernel.RuleWords;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BicycleRuleTest {
    @Test
    void everyRuleHasWordsInBothLanguagesWithTheSameFigures() {
        RuleWords.check(BicycleRule.values());
    }

    @Test
    void everyProblemKindHasWordsInBothLanguagesWithTheSameFigures() {
        ProblemWords.check(BicycleProblem.values());
    }

    @Test
    @DisplayName("an enum value shown as a figure reads as the enum's own names: the labels do not drift from them")
    void labelsAreTheEnumsOwnNames() {
        labels(Alcohol.class, Alcohol::ja, Alcohol::en);
        labels(RiderType.class, RiderType::ja, RiderType::en);
        labels(ViolationScope.class, ViolationScope::ja, ViolationScope::en);
        labels(Confidence.class, Confidence::ja, Confidence::en);
    }

    private static <E extends Enum<E>> void labels(Class<E> type, Function<E, String> ja, Function<E, String> en) {
        MessageBundle words = BicycleRule.AMOUNT.words();
        for (E e : type.getEnumConstants()) {
            String key = "label." + type.getSimpleName() + "." + e.name();
            assertThat(words.raw(Language.JA, key)).as(key).contains(ja.apply(e));
            assertThat(words.raw(Language.EN, key)).as(key).contains(en.apply(e));
        }
    }
}
