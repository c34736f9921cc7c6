package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemWords;
import io.github.kisoku.kernel.RuleWords;
import org.junit.jupiter.api.DisplayName;
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

    @Test
    @DisplayName("a treatment that applied first reads as the treatment says itself; an organiser as its own names")
    void labelsAreTheTreatmentsOwnWords() {
        for (ExemptionItem i : ExemptionItem.values()) {
            label("ExemptionItem." + i.name(), new Treatment.Exempt(i));
        }
        for (ReductionCase r : ReductionCase.values()) {
            label("ReductionCase." + r.name(), new Treatment.Reduced(r));
        }
        for (BusinessUseItem b : BusinessUseItem.values()) {
            label("BusinessUseItem." + b.name(), new Treatment.NotTaxableUse(b));
        }
    }

    private static void label(String name, Treatment t) {
        MessageBundle words = GolfRule.STANDARD.words();
        assertThat(words.raw(Language.JA, "label." + name)).as(name).contains(t.describe().ja());
        assertThat(words.raw(Language.EN, "label." + name)).as(name).contains(t.describe().en());
    }
}
