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
        io.github.kisoku.kernel.Labels.check(BicycleRule.bundle(), Alcohol.class, RiderType.class,
                ViolationScope.class, Confidence.class, Place.class, VehicleKind.class, Exclusion.class);
    }

    @Test
    @DisplayName("every maximum penalty of penalties.csv reads from the bundle as the rule book prints it, its fine by a label")
    void maximumPenaltiesReadAsTheRuleBookPrintsThem() {
        assertThat(MaximumPenalty.all()).hasSize(12);
        for (MaximumPenalty p : MaximumPenalty.all()) {
            String fine = String.valueOf(p.fine().amount());
            assertThat(BicycleRule.MAXIMUM_PENALTY.words().raw(Language.JA, "label.MaximumFine." + fine)).as(fine)
                    .contains(p.fine().amount() / 10_000 + "万円");
            assertThat(BicycleRule.MAXIMUM_PENALTY.words().raw(Language.EN, "label.MaximumFine." + fine)).as(fine)
                    .contains(p.fine().toString().replace("円", ""));
            assertThat(p.describe().ja()).as(p.key()).isEqualTo(seedJa(p)).doesNotContain("{", "label.");
            assertThat(p.describe().en()).as(p.key()).isEqualTo(seedEn(p)).doesNotContain("{", "label.");
        }
    }

    // How the rule book words a penalty, as the code wrote it before the words moved to the bundle.
    private static String seedJa(MaximumPenalty p) {
        int m = p.imprisonmentMonths();
        String period = m % 12 == 0 ? m / 12 + "年" : m + "ヵ月";
        return (m > 0 ? period + "以下の拘禁刑または" : "") + p.fine().amount() / 10_000 + "万円以下の罰金"
                + (p.pettyFine() ? "または科料" : "");
    }

    private static String seedEn(MaximumPenalty p) {
        int m = p.imprisonmentMonths();
        String period = m % 12 == 0 ? m / 12 + (m == 12 ? " year" : " years") : m + (m == 1 ? " month" : " months");
        return (m > 0 ? "imprisonment of up to " + period + " or " : "") + "a fine of up to "
                + p.fine().toString().replace("円", "") + " yen" + (p.pettyFine() ? " or a petty fine" : "");
    }

}
