package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
    private static final Reason AMOUNT = Reason.of(TestRule.AMOUNT,
            LegalBasis.law("道路交通法施行令", "335CO0000000270", "別表第6", Confidence.CONFIRMED))
            .withFigure("amount", Yen.of(6000));
    private static final Reason MAILING = Reason.of(TestRule.MAILING,
            LegalBasis.document("reference NOTES", "通告書の送付費用", Confidence.UNCONFIRMED));
    private static final Reason UNDER_16 = Reason.of(TestRule.UNDER_16,
            LegalBasis.ruling("kisoku ruling 1 (docs/rulings.md)", "age at the moment of the act"));

    @Test
    void confidenceIsTheWeakestOfTheAppliedReasons() {
        assertThat(Decision.of("x").confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(Decision.of("x").because(AMOUNT).confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(Decision.of("x").because(AMOUNT).because(MAILING).confidence())
                .isEqualTo(Confidence.UNCONFIRMED);
        assertThat(Decision.of("x").because(AMOUNT).notApplied(UNDER_16).confidence())
                .as("rules that did not apply do not weaken the answer").isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void reasonsKeepTheirOrderAndDecisionsAreImmutable() {
        Decision<String> base = Decision.of("blue ticket");
        Decision<String> d = base.because(AMOUNT).because(MAILING).notApplied(UNDER_16);
        assertThat(d.reasons()).containsExactly(AMOUNT, MAILING);
        assertThat(d.notApplied()).containsExactly(UNDER_16);
        assertThat(base.reasons()).isEmpty();
        assertThat(d).isEqualTo(Decision.of("blue ticket", List.of(AMOUNT, MAILING), List.of(UNDER_16)));
        assertThat(d.hashCode()).isEqualTo(Decision.of("blue ticket", List.of(AMOUNT, MAILING), List.of(UNDER_16))
                .hashCode());
        Decision<Integer> mapped = d.map(String::length);
        assertThat(mapped.value()).isEqualTo(11);
        assertThat(mapped.reasons()).isEqualTo(d.reasons());
        assertThat(mapped.notApplied()).isEqualTo(d.notApplied());
    }

    @Test
    void rendersInJapaneseWithReasonsAndRulesNotApplied() {
        String ja = Decision.of("青切符").because(AMOUNT).because(MAILING).notApplied(UNDER_16).render(Language.JA);
        assertThat(ja).contains("判断: 青切符", "確度: 未確認", "理由:", "反則金は 6,000 円です",
                "道路交通法施行令 別表第6 [確認済み]", "amount=6,000円", "適用しなかった規定:",
                "16 歳以上のため少年の扱いは適用しません", "[解釈]");
        assertThat(ja.indexOf("反則金は")).isLessThan(ja.indexOf("送付費用"));
        assertThat(ja.indexOf("理由:")).isLessThan(ja.indexOf("適用しなかった規定:"));
    }

    @Test
    void rendersInEnglishWithReasonsAndRulesNotApplied() {
        String en = Decision.of("blue ticket").because(AMOUNT).notApplied(UNDER_16).render(Language.EN);
        assertThat(en).contains("Decision: blue ticket", "Confidence: confirmed", "Reasons:",
                "the penalty is 6,000 yen", "Not applied:", "not under 16", "[interpretation]");
        assertThat(Decision.of("x").render(Language.EN)).doesNotContain("Reasons:").doesNotContain("Not applied:");
    }

    @Test
    void missingPartsAreInvalidInput() {
        assertThatThrownBy(() -> Decision.of(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Decision.of("x").because(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Decision.of("x").notApplied(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Decision.of("x").map(v -> null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Reason.of(TestRule.A, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Reason.of((Rule) null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AMOUNT.withFigure("rate", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reasonsRenderTheirFiguresInOrder() {
        Reason r = Reason.of(TestRule.RATE, LegalBasis.law("熊本県税条例", "第69条第1項", Confidence.CONFIRMED))
                .withFigure("grade", 3).withFigure("tax", Yen.of(400));
        assertThat(r.figures().names().toList()).containsExactly("grade", "tax");
        assertThat(r.render(Language.EN)).isEqualTo("half the rate — 熊本県税条例 第69条第1項 [confirmed] {grade=3, tax=400円}");
        assertThat(r.id()).isEqualTo("test.rate");
    }

    @Test
    void confidenceIsTheWeakestAmongTheReasons() {
        property().forAll(listsOf(anyOf(Confidence.class), 0, 6))
                .checkAssert(DecisionTest::confidenceIsTheWeakestAmongTheReasons);
    }

    private static void confidenceIsTheWeakestAmongTheReasons(java.util.List<Confidence> confidences) {
        Decision<String> d = Decision.of("x");
        for (Confidence c : confidences) {
            d = d.because(Reason.of(TestRule.REASON, LegalBasis.document("doc", "s", c)));
        }
        Confidence weakest = confidences.stream().max(Enum::compareTo).orElse(Confidence.CONFIRMED);
        assertThat(d.confidence()).isEqualTo(weakest);
        assertThat(d.render(Language.EN)).contains("Confidence: " + MessageBundle.kernel().label(weakest).en());
    }
}
