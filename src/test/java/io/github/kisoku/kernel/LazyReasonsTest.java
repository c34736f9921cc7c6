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
        Message lazy = Message.lazy(lang -> {
            if (lang == Language.JA) {
                ja.incrementAndGet();
                return "末日は " + day;
            }
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
    void aLazyMessageThatWritesNothingIsATypedProblemWhenReadAndNoFunctionIsATypedProblemAtOnce() {
        Message blank = Message.lazy(lang -> lang == Language.JA ? " " : "text");
        assertThatThrownBy(blank::ja).isInstanceOf(InvalidInputException.class).hasMessageContaining("message.ja");
        assertThat(blank.en()).isEqualTo("text");
        Message blankEn = Message.lazy(lang -> lang == Language.JA ? "text" : "");
        assertThatThrownBy(blankEn::en).isInstanceOf(InvalidInputException.class).hasMessageContaining("message.en");
        Message unwritten = Message.lazy(lang -> null);
        assertThatThrownBy(unwritten::ja).isInstanceOf(InvalidInputException.class).hasMessageContaining("message.ja");
        assertThatThrownBy(() -> Message.lazy(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> Reason.lazy("r", BASIS, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message");
    }

    @Test
    void aLazyReasonWritesItsTextOnlyWhenReadAndOnceHoweverOftenRead() {
        AtomicInteger calls = new AtomicInteger();
        Reason lazy = Reason.lazy("r", BASIS, lang -> {
            calls.incrementAndGet();
            return lang == Language.JA ? "和文" : "English";
        }).withFigure("x", 1);
        assertThat(calls.get()).as("nothing written before it is read").isZero();
        assertThat(lazy.message().ja()).isEqualTo("和文");
        assertThat(lazy.render(Language.JA)).startsWith("和文 — ");
        assertThat(lazy.message()).isSameAs(lazy.message());
        assertThat(calls.get()).isEqualTo(1);
        assertThat(lazy.toString()).isEqualTo("r: English — " + BASIS.cite() + " [confirmed] {x=1}");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aLazyReasonRendersAndComparesLikeTheSameReasonWrittenUpFront() {
        int days = 7;
        Reason lazy = Reason.lazy("bicycle.deadline", BASIS,
                lang -> lang == Language.JA ? days + " 日以内" : "within " + days + " days")
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
    void figuresGivenTogetherAreTheSameAsFiguresGivenOneByOne() {
        Reason base = Reason.of("r", BASIS, "a", "b");
        Reason oneByOne = base.withFigure("x", 1).withFigure("y", 2).withFigure("z", 3).withFigure("w", 4)
                .withFigure("v", 5);
        Reason together = base.withFigures("x", 1, "y", 2, "z", 3).withFigures("w", 4, "v", 5);
        assertThat(together).isEqualTo(oneByOne).hasSameHashCodeAs(oneByOne);
        assertThat(together.render(Language.EN)).isEqualTo(oneByOne.render(Language.EN)).endsWith("{x=1, y=2, z=3, w=4, v=5}");
        assertThat(base.withFigures("x", 1, "y", 2)).isEqualTo(base.withFigure("x", 1).withFigure("y", 2));
        assertThat(base.figures()).as("the reason added to is unchanged").isEmpty();
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
        Reason r = Reason.of("r", BASIS, "a", "b").withFigure("x", 1).withFigure("y", 2).withFigure("x", 3);
        assertThat(r.figures().toList().map(f -> f._1 + "=" + f._2)).containsExactly("x=3", "y=2");
    }

    @Test
    void aReasonNeedsARuleABasisAndAMessage() {
        assertThatThrownBy(() -> Reason.of("r", BASIS, (Message) null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> Reason.lazy(" ", BASIS, lang -> "a"))
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
