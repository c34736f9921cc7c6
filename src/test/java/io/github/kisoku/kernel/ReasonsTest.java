package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Reasons written when read (issue 7): the same answers as written up front. */
class ReasonsTest {
    private static final LegalBasis BASIS = LegalBasis.law("民法", "129AC0000000089", "第140条", Confidence.CONFIRMED);

    @Test
    void aReasonsWordsAreWrittenWhenRead() {
        Reason r = Reason.of(TestRule.AMOUNT, BASIS).withFigure("amount", Yen.of(6000));
        assertThat(r.message()).isEqualTo(Message.of("反則金は 6,000 円です", "the penalty is 6,000 yen"));
        assertThat(r.withFigure("more", 1).message()).as("a figure the words do not show changes no word")
                .isEqualTo(r.message());
        assertThat(r.words()).isEqualTo(io.vavr.Tuple.of(TestRule.AMOUNT, "test.amount"));
        assertThat(r.variant("5000").words()._2).isEqualTo("test.amount#5000");
    }

    @Test
    void figuresGivenTogetherAreTheSameAsFiguresGivenOneByOne() {
        Reason base = Reason.of(TestRule.REASON, BASIS);
        Reason oneByOne = base.withFigure("x", 1).withFigure("y", 2).withFigure("z", 3).withFigure("w", 4)
                .withFigure("v", 5);
        Reason together = base.withFigures("x", 1, "y", 2, "z", 3).withFigures("w", 4, "v", 5);
        assertThat(together).isEqualTo(oneByOne).hasSameHashCodeAs(oneByOne);
        assertThat(together.render(Language.EN)).isEqualTo(oneByOne.render(Language.EN)).endsWith("{x=1, y=2, z=3, w=4, v=5}");
        assertThat(base.withFigures("x", 1, "y", 2)).isEqualTo(base.withFigure("x", 1).withFigure("y", 2));
        assertThat(base.figures().shown()).as("the reason added to is unchanged").isEmpty();
        assertThatThrownBy(() -> base.withFigures("x", 1, " ", 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("figure name");
        assertThatThrownBy(() -> base.withFigures("x", 1, "y", 2, "z", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("z");
        assertThatThrownBy(() -> base.withFigures(null, 1, "y", 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("figure name");
    }

    @Test
    void aTextIsBlankOnlyWhenEveryCharacterIsWhitespaceWhateverItsFirstCharacter() {
        for (String blank : new String[] {"", " ", "\t\n", "\u3000", "\u3000 \u2003", "\u2028"}) {
            assertThatThrownBy(() -> Require.notBlank(blank, "f")).as("%s", blank.codePoints().boxed().toList())
                    .isInstanceOf(InvalidInputException.class);
        }
        for (String text : new String[] {"a", "~", "\u3001", "和文", " a", "\u3000和", "\u00e9", "\u00a0",
            "\ud842\udfb7", "\u007f"}) {
            assertThat(Require.notBlank(text, "f")).isSameAs(text);
        }
    }

    @Test
    void aFigureGivenTwiceKeepsItsPlaceAndTakesTheLastValue() {
        Reason r = Reason.of(TestRule.REASON, BASIS).withFigure("x", 1).withFigure("y", 2).withFigure("x", 3);
        assertThat(r.figures().shown().toList().map(f -> f._1 + "=" + f._2)).containsExactly("x=3", "y=2");
    }

    @Test
    void aReasonNeedsARuleABasisAndItsFigures() {
        assertThatThrownBy(() -> Reason.of((Rule) null, BASIS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> Reason.of(TestRule.REASON, null, "n", 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("basis");
        assertThatThrownBy(() -> Reason.of(TestRule.REASON, BASIS).withFigure("f", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("f");
    }

    @Test
    void aDecisionTakesItsReasonsFromAnyIterableAndRejectsAMissingOneByName() {
        Reason a = Reason.of(TestRule.A, BASIS);
        Reason b = Reason.of(TestRule.B, BASIS);
        Decision<String> fromVavr = Decision.of("x", List.of(a, b), List.of(b));
        Decision<String> fromJava = Decision.of("x", java.util.List.of(a, b), java.util.List.of(b));
        Iterable<Reason> plain = () -> java.util.List.of(a, b).iterator();
        Decision<String> fromIterable = Decision.of("x", plain, () -> java.util.List.of(b).iterator());
        assertThat(fromJava).isEqualTo(fromVavr).hasSameHashCodeAs(fromVavr);
        assertThat(fromIterable).isEqualTo(fromVavr);
        assertThat(fromIterable.reasons()).containsExactly(a, b).isSameAs(fromIterable.reasons());
        assertThat(fromIterable.notApplied()).containsExactly(b).isSameAs(fromIterable.notApplied());
        assertThat(Decision.of("x", List.empty(), List.empty())).isEqualTo(Decision.of("x"));
        assertThat(fromVavr).isNotEqualTo(Decision.of("x", List.of(a), List.of(b)));
        assertThat(fromVavr).isNotEqualTo(Decision.of("x", List.of(a, b), List.empty()));
        assertThatThrownBy(() -> Decision.of("x", java.util.Arrays.asList(a, null), List.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> Decision.of("x", List.empty(), java.util.Arrays.asList((Reason) null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("notApplied");
    }
}
