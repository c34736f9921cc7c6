package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Reasons written when read (issue 7): the same answers as written up front, written at most once. */
class LazyReasonsTest {
    private static final LegalBasis BASIS = LegalBasis.law("民法", "129AC0000000089", "第140条", Confidence.CONFIRMED);

    @Test
    void aLazyMessageIsWrittenOnceWhenFirstReadAndEqualsTheSameTextGivenUpFront() {
        AtomicInteger ja = new AtomicInteger();
        AtomicInteger en = new AtomicInteger();
        LocalDate day = LocalDate.of(2026, 4, 8);
        Message lazy = Message.lazy(() -> {
            ja.incrementAndGet();
            return "末日は " + day;
        }, () -> {
            en.incrementAndGet();
            return "the last day is " + day;
        });
        assertThat(ja.get()).as("nothing written before it is read").isZero();
        assertThat(lazy.ja()).isEqualTo("末日は 2026-04-08");
        assertThat(lazy.ja()).isEqualTo("末日は 2026-04-08");
        assertThat(ja.get()).isEqualTo(1);
        assertThat(en.get()).as("the other language is written only when read").isZero();
        assertThat(lazy.in(Language.EN)).isEqualTo("the last day is 2026-04-08");
        assertThat(en.get()).isEqualTo(1);
        Message eager = Message.of("末日は 2026-04-08", "the last day is 2026-04-08");
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy).isNotEqualTo(Message.of("末日は 2026-04-08", "another text"));
    }

    @Test
    void aLazyMessageThatWritesNothingIsATypedProblemWhenReadAndNoSupplierIsATypedProblemAtOnce() {
        Message blank = Message.lazy(() -> " ", () -> "text");
        assertThatThrownBy(blank::ja).isInstanceOf(InvalidInputException.class).hasMessageContaining("message.ja");
        Message blankEn = Message.lazy(() -> "text", () -> "");
        assertThatThrownBy(blankEn::en).isInstanceOf(InvalidInputException.class).hasMessageContaining("message.en");
        assertThatThrownBy(() -> Message.lazy(null, () -> "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message.ja");
        assertThatThrownBy(() -> Message.lazy(() -> "x", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message.en");
    }

    @Test
    void aLazyReasonRendersAndComparesLikeTheSameReasonWrittenUpFront() {
        int days = 7;
        Reason lazy = Reason.lazy("bicycle.deadline", BASIS, () -> days + " 日以内", () -> "within " + days + " days")
                .withFigure("日数", days).withFigure("末日", LocalDate.of(2026, 4, 8));
        Reason eager = Reason.of("bicycle.deadline", BASIS, "7 日以内", "within 7 days")
                .withFigure("日数", "7").withFigure("末日", "2026-04-08");
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(lazy.render(Language.JA)).isEqualTo(eager.render(Language.JA))
                .isEqualTo("7 日以内 — " + BASIS.cite() + " [確認済み] {日数=7, 末日=2026-04-08}");
        assertThat(lazy.figures().toList().map(f -> f._1)).containsExactly("日数", "末日");
        assertThat(lazy).isNotEqualTo(eager.withFigure("extra", 1));
        assertThat(Reason.of("r", BASIS, Message.of("a", "b")).figures()).isEmpty();
    }

    @Test
    void aFigureGivenTwiceKeepsItsPlaceAndTakesTheLastValue() {
        Reason r = Reason.of("r", BASIS, "a", "b").withFigure("x", 1).withFigure("y", 2).withFigure("x", 3);
        assertThat(r.figures().toList().map(f -> f._1 + "=" + f._2)).containsExactly("x=3", "y=2");
    }

    @Test
    void aReasonNeedsARuleABasisAndAMessage() {
        assertThatThrownBy(() -> Reason.of("r", BASIS, (Message) null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> Reason.lazy(" ", BASIS, () -> "a", () -> "b"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rule");
        assertThatThrownBy(() -> Reason.of("r", BASIS, "a", "b").withFigure("f", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("f");
    }

    @Test
    void aDecisionTakesItsReasonsFromAnyIterableAndRejectsAMissingOneByName() {
        Reason a = Reason.of("a", BASIS, "a", "a");
        Reason b = Reason.of("b", BASIS, "b", "b");
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
