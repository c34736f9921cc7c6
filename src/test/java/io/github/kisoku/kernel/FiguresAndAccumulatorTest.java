package io.github.kisoku.kernel;

import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.Tuple;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** A reason's figures as a value, and the one accumulator that turns checks into a decision. */
class FiguresAndAccumulatorTest {
    private static final LegalBasis BASIS = LegalBasis.law("民法", "129AC0000000089", "第140条", Confidence.CONFIRMED);

    @Test
    void figuresKeepTheirOrderAndALaterValueOfANameTakesItsPlace() {
        Figures f = Figures.none().and("a", 1).and("b", 2).and("c", 3).and("d", 4).and("e", 5);
        assertThat(f.size()).isEqualTo(5);
        assertThat(f.names()).containsExactly("a", "b", "c", "d", "e");
        assertThat(f.shown().toList()).containsExactly(Tuple.of("a", "1"), Tuple.of("b", "2"), Tuple.of("c", "3"),
                Tuple.of("d", "4"), Tuple.of("e", "5"));
        for (int shape = 0; shape <= 5; shape++) {
            Figures some = Figures.none();
            for (int i = 0; i < shape; i++) {
                some = some.and("n" + i, i);
            }
            Figures replaced = shape == 0 ? some : some.and("n0", "again");
            assertThat(replaced.size()).as("shape %d", shape).isEqualTo(shape);
            if (shape > 0) {
                assertThat(replaced.value(0)).isEqualTo("again");
                assertThat(replaced.name(shape - 1)).isEqualTo("n" + (shape - 1));
                assertThat(replaced.value(shape - 1)).isEqualTo(shape == 1 ? "again" : shape - 1);
                assertThat(replaced.and("last", 9).name(shape)).isEqualTo("last");
            }
            int size = shape;
            Figures s = some;
            assertThatThrownBy(() -> s.name(size)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> s.value(size)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> s.name(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void figuresMadeTogetherEqualFiguresAddedOneByOne() {
        assertThat(Figures.of("a", 1)).isEqualTo(Figures.none().and("a", 1));
        assertThat(Figures.of("a", 1, "b", 2)).isEqualTo(Figures.none().and("a", 1).and("b", 2));
        assertThat(Figures.of("a", 1, "a", 2)).isEqualTo(Figures.of("a", 2));
        assertThat(Figures.of("a", 1, "b", 2, "c", 3)).isEqualTo(Figures.of("a", 1, "b", 2).and("c", 3))
                .isEqualTo(Figures.ofPairs("a", 1, "b", 2, "c", 3)).isNotEqualTo(Figures.of("a", 1, "c", 3, "b", 2));
        assertThat(Figures.of("a", 1, "b", 2, "a", 3)).isEqualTo(Figures.of("a", 3, "b", 2));
        assertThat(Figures.of("a", 1, "b", 2, "b", 3)).isEqualTo(Figures.of("a", 1, "b", 3));
        assertThat(Figures.of("a", 1, "a", 2, "c", 3)).isEqualTo(Figures.of("a", 2, "c", 3));
        assertThat(Figures.ofPairs()).isEqualTo(Figures.none()).matches(Figures::isEmpty);
        assertThat(Figures.of("a", 1).hashCode()).isEqualTo(Figures.none().and("a", 1).hashCode());
    }

    @Test
    void figuresAddedTwoOrThreeAtATimeEqualFiguresAddedOneByOne() {
        property().forAll(integers().between(0, 6), integers().between(0, 3)).checkAssert((given, clash) -> {
            Figures start = Figures.none();
            for (int i = 0; i < given; i++) {
                start = start.and("n" + i, i);
            }
            // clash picks a new name that repeats a given one, or one new name twice
            String a = clash == 1 && given > 0 ? "n0" : "a";
            String b = clash == 2 ? a : "b";
            String c = clash == 3 && given > 1 ? "n1" : "c";
            assertThat(start.and(a, "A", b, "B")).isEqualTo(start.and(a, "A").and(b, "B"));
            assertThat(start.and(a, "A", b, "B", c, "C")).isEqualTo(start.and(a, "A").and(b, "B").and(c, "C"));
        });
        Figures four = Figures.of("a", 1, "b", 2, "c", 3).and("d", 4);
        assertThat(four.size()).isEqualTo(4);
        assertThat(four.and("e", 5, "f", 6, "g", 7).names()).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThatThrownBy(() -> four.and("e", 5, " ", 6)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> four.and("e", 5, "f", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> four.and("e", 5, "f", 6, "g", null)).isInstanceOf(InvalidInputException.class);
        assertThat(four.fresh("e")).isTrue();
        assertThat(four.fresh("a")).isFalse();
    }

    @Test
    void figuresAreLookedUpByName() {
        Figures f = Figures.of("amount", Yen.of(12000), "items", List.of("DOWN", "UP"), "lazy", io.vavr.Lazy.of(() -> 7));
        assertThat(f.get("amount")).contains("12,000円");
        assertThat(f.get("items")).contains("DOWN, UP");
        assertThat(f.get("lazy")).contains("7");
        assertThat(f.get("none")).isEmpty();
        assertThat(f.valueOf("amount")).contains(Yen.of(12000));
        assertThat(f.has("items")).isTrue();
        assertThat(f.has("Items")).isFalse();
        assertThat(f.isEmpty()).isFalse();
    }

    @Test
    void aBadFigureIsATypedProblemNotANullPointer() {
        assertThatThrownBy(() -> Figures.of(" ", 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.of("a", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.of("a", 1, "b", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.of("a", 1, "b", 2, "", 3)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.of("a", 1, "b", 2, "c", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.ofPairs("a")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.ofPairs(1, "a")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("figure name");
        assertThatThrownBy(() -> Figures.of("a", 1, "b", 2, "c", 3).and("d", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Figures.none().and(null, 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theAccumulatorKeepsEachKindInTheOrderAdded() {
        property().forAll(integers().between(0, 40), integers().between(0, 40)).checkAssert((applied, skipped) -> {
            Reasons acc = Reasons.expecting(1, 2);
            List<Reason> why = List.empty();
            List<Reason> whyNot = List.empty();
            // interleaved, as checks run
            for (int i = 0; i < Math.max(applied, skipped); i++) {
                if (i < applied) {
                    Reason r = Reason.of(TestRule.A, BASIS, "i", i);
                    acc.because(r);
                    why = why.append(r);
                }
                if (i < skipped) {
                    Reason r = Reason.of(TestRule.B, BASIS, "i", i);
                    acc.notApplied(r);
                    whyNot = whyNot.append(r);
                }
            }
            assertThat(acc.appliedCount()).isEqualTo(applied);
            Decision<String> d = acc.decide("v");
            assertThat(d.reasons()).containsExactlyElementsOf(why);
            assertThat(d.notApplied()).containsExactlyElementsOf(whyNot);
            assertThat(d).isEqualTo(Decision.of("v", why, whyNot));
            // a buffer handed to the decision is never written again
            acc.because(Reason.of(TestRule.A, BASIS, "after", 1)).notApplied(Reason.of(TestRule.B, BASIS, "after", 1));
            assertThat(d).isEqualTo(Decision.of("v", why, whyNot));
            assertThat(acc.decide("v").reasons()).hasSize(applied + 1);
        });
    }

    @Test
    void reasonsMadeOnceEndTheReasonsAddedAndAreTakenWholeWhenNoneWas() {
        property().forAll(integers().between(0, 12), integers().between(0, 3), integers().between(0, 3))
                .checkAssert((added, last, skipped) -> {
                    Reasons acc = Reasons.expecting(added, skipped);
                    List<Reason> why = List.empty();
                    for (int i = 0; i < added; i++) {
                        Reason r = Reason.of(TestRule.A, BASIS, "i", i);
                        acc.because(r);
                        why = why.append(r);
                    }
                    List<Reason> whyNot = List.range(0, skipped).map(i -> Reason.of(TestRule.B, BASIS, "i", i));
                    whyNot.forEach(acc::notApplied);
                    Array<Reason> madeOnce = Array.range(0, last).map(i -> Reason.of(TestRule.A, BASIS, "once", i));
                    Decision<String> d = acc.decide("v", madeOnce);
                    assertThat(d).isEqualTo(Decision.of("v", why.appendAll(madeOnce), whyNot));
                    assertThat(d.reasons() == madeOnce).as("taken whole").isEqualTo(added == 0);
                });
        assertThatThrownBy(() -> Reasons.expecting(0, 0).decide("v", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void roomMadeLateHoldsTheReasonsAddedAfterInOrder() {
        property().forAll(integers().between(0, 6), integers().between(0, 6), integers().between(0, 6))
                .checkAssert((before, room, after) -> {
                    Reasons acc = Reasons.expecting(before, 0);
                    List<Reason> why = List.range(0, before + after).map(i -> Reason.of(TestRule.A, BASIS, "i", i));
                    why.take(before).forEach(acc::because);
                    assertThat(acc.expectingMore(room)).isSameAs(acc);
                    why.drop(before).forEach(acc::because);
                    assertThat(acc.appliedCount()).isEqualTo(before + after);
                    assertThat(acc.decide("v")).isEqualTo(Decision.of("v", why, List.empty()));
                });
    }

    @Test
    void aDecisionRefusesAMissingReason() {
        assertThatThrownBy(() -> new Decision<>("v", Array.of((Reason) null), Array.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Decision<>("v", Array.empty(), List.of((Reason) null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Reasons.expecting(1, 0).because(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Reasons.expecting(0, 1).notApplied(null)).isInstanceOf(InvalidInputException.class);
        Reason a = Reason.of(TestRule.A, BASIS);
        assertThat(Decision.of("v", java.util.List.of(a), java.util.List.of()).reasons()).containsExactly(a);
        assertThat(Decision.of("v", java.util.Set.of(a), java.util.List.of(a)).notApplied()).containsExactly(a);
        assertThat(Decision.of("v").confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(Decision.of("v", List.of(a, Reason.of(TestRule.B, BASIS.withConfidence(Confidence.UNCONFIRMED))),
                List.empty()).confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(Reasons.expecting(0, 0).because(a).decide("v").confidence()).isEqualTo(Confidence.CONFIRMED);
    }
}
