package io.github.kisoku.booking;

import static org.assertj.core.api.Assertions.assertThat;

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
    @DisplayName("an enum value shown as a figure reads as the enum's own names: the labels do not drift from them")
    void labelsAreTheEnumsOwnNames() {
        labels(RuleSet.class, RuleSet::ja, RuleSet::en);
        labels(Method.class, Method::ja, Method::en);
        labels(Status.class, Status::ja, Status::en);
        labels(GroupClass.class, GroupClass::ja, GroupClass::en);
        labels(FeeComponent.class, FeeComponent::ja, FeeComponent::en);
        labels(QuotaPolicy.Counts.class, QuotaPolicy.Counts::ja, QuotaPolicy.Counts::en);
        labels(QuotaPolicy.Period.class, QuotaPolicy.Period::ja, QuotaPolicy.Period::en);
        labels(QuotaPolicy.Scope.class, QuotaPolicy.Scope::ja, QuotaPolicy.Scope::en);
    }

    private static <E extends Enum<E>> void labels(Class<E> type, Function<E, String> ja, Function<E, String> en) {
        MessageBundle words = BookingRule.UNIT.words();
        for (E e : type.getEnumConstants()) {
            String key = "label." + type.getSimpleName() + "." + e.name();
            assertThat(words.raw(Language.JA, key)).as(key).contains(ja.apply(e));
            assertThat(words.raw(Language.EN, key)).as(key).contains(en.apply(e));
        }
    }
}
