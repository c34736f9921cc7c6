package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    private static final LegalBasis BASIS = LegalBasis.document("test", "§1", Confidence.CONFIRMED);
    private static final MessageBundle WORDS = MessageBundle.load(MessageBundleTest.class, "testwords");

    /** Rules of a made-up domain whose words are in testwords_*.properties. */
    enum DemoRule implements Rule {
        AMOUNT("demo.amount"), MISSING_FIGURE("demo.missing-figure"), UNWORDED("demo.unworded"), LEADING("demo.leading"),
        LIST("demo.list");

        private final String id;

        DemoRule(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public LegalBasis basis() {
            return BASIS;
        }

        @Override
        public MessageBundle words() {
            return WORDS;
        }
    }

    @Test
    @DisplayName("a reason of a rule is said by the bundle, its figures in place, yen grouped and enum values labelled")
    void saysTheRuleWithItsFigures() {
        Reason r = Reason.of(DemoRule.AMOUNT).withFigures("amount", Yen.of(12000), "rounding", Rounding.DOWN);
        assertThat(r.id()).isEqualTo("demo.amount");
        assertThat(r.basis()).isEqualTo(BASIS);
        assertThat(r.message().ja()).isEqualTo("金額 12,000円（切り捨て）");
        assertThat(r.message().en()).as("no English label: the constant's name").isEqualTo("amount 12,000円 (DOWN)");
        assertThat(r.figures().shown().toJavaMap()).containsEntry("amount", "12,000円").containsEntry("rounding", "DOWN");
        assertThat(r.words()._2).isEqualTo("demo.amount");
    }

    @Test
    @DisplayName("a variant is said under id#variant; figures added after the text was read are said too")
    void variantsAndLateFigures() {
        Reason none = Reason.of(DemoRule.AMOUNT).variant("none");
        assertThat(none.message().en()).isEqualTo("no amount");
        assertThat(none.words()._2).isEqualTo("demo.amount#none");
        Reason bare = Reason.of(DemoRule.MISSING_FIGURE, BASIS.withConfidence(Confidence.UNCONFIRMED));
        assertThat(bare.message().en()).as("a missing figure stays as written").isEqualTo("until {deadline}");
        Reason full = bare.withFigure("deadline", LocalDate.of(2026, 12, 31));
        assertThat(full.message().en()).isEqualTo("until 2026-12-31");
        assertThat(full.message().ja()).isEqualTo("期限 2026-12-31 まで");
        assertThat(full.basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    }

    @Test
    @DisplayName("a figure that is a message, words that came with the data, is shown in the text's language")
    void messageFiguresAreShownInTheTextsLanguage() {
        Reason r = Reason.of(DemoRule.AMOUNT).withFigures("amount", Yen.of(500), "rounding",
                Message.of("五割減免", "half off"));
        assertThat(r.message().ja()).isEqualTo("金額 500円（五割減免）");
        assertThat(r.message().en()).isEqualTo("amount 500円 (half off)");
        assertThat(r.figures().shown().toJavaMap()).containsEntry("rounding", "五割減免 / half off");
    }

    /** A value that is not an enum, shown by a label of its own where the bundle has one. */
    record Level(int n) {
        @Override
        public String toString() {
            return "L" + n;
        }
    }

    @Test
    @DisplayName("a list is shown item by item joined by the language's separator; a value by its label if it has one")
    void listsAndValueLabels() {
        Reason r = Reason.of(DemoRule.LIST).withFigures("items", io.vavr.collection.List.of(Rounding.DOWN, Rounding.UP),
                "level", new Level(1));
        assertThat(r.message().ja()).isEqualTo("項目 切り捨て・UP（レベル一）");
        assertThat(r.message().en()).as("no separator in English: a comma").isEqualTo("items DOWN, UP (level one)");
        assertThat(r.figures().shown().toJavaMap()).containsEntry("items", "DOWN, UP").containsEntry("level", "L1");
        Reason other = Reason.of(DemoRule.LIST).withFigures("items", io.vavr.collection.List.empty(), "level",
                new Level(2));
        assertThat(other.message().en()).as("a value without a label: as it is shown").isEqualTo("items  (L2)");
    }

    @Test
    @DisplayName("a text that is neither a reason nor a problem is a message of the bundle, figures shown alike")
    void messagesOfTheBundle() {
        Message m = WORDS.message("demo.amount", "amount", Yen.of(12000), "rounding", Rounding.DOWN);
        assertThat(m.ja()).isEqualTo("金額 12,000円（切り捨て）");
        assertThat(m.en()).isEqualTo("amount 12,000円 (DOWN)");
        assertThat(WORDS.message("nothing").en()).isEqualTo("nothing");
        assertThatThrownBy(() -> WORDS.message(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("a key missing from the bundle shows the key and the figures, never fails the caller")
    void missingKeyShowsTheKeyAndFigures() {
        Reason r = Reason.of(DemoRule.UNWORDED).withFigures("a", 1, "b", Rounding.UP);
        assertThat(r.message().en()).isEqualTo("demo.unworded a=1, b=UP");
        assertThat(Reason.of(DemoRule.UNWORDED).message().ja()).isEqualTo("demo.unworded");
    }

    @Test
    @DisplayName("equal reasons: same rule, basis, words and figures")
    void equality() {
        Reason a = Reason.of(DemoRule.AMOUNT).withFigures("amount", Yen.of(1), "rounding", Rounding.UP);
        assertThat(a).isEqualTo(Reason.of(DemoRule.AMOUNT).withFigures("amount", Yen.of(1), "rounding", Rounding.UP))
                .hasSameHashCodeAs(Reason.of(DemoRule.AMOUNT).withFigures("amount", Yen.of(1), "rounding",
                        Rounding.UP));
        assertThat(a).isNotEqualTo(Reason.of(DemoRule.AMOUNT).withFigures("amount", Yen.of(2), "rounding",
                Rounding.UP));
        assertThat(a).isNotEqualTo(Reason.of(DemoRule.AMOUNT).variant("none"));
    }

    @Test
    @DisplayName("the bundle lists its keys and a text's placeholders")
    void theBundleListsItsKeys() {
        assertThatThrownBy(() -> Reason.of(DemoRule.AMOUNT).variant(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(WORDS.keys(Language.EN)).contains("demo.amount", "demo.amount#none");
        assertThat(WORDS.raw(Language.JA, "label.Rounding.DOWN")).contains("切り捨て");
        assertThat(MessageBundle.placeholders("a {x} b {y} {x} {unclosed")).containsExactly("x", "y");
        assertThat(WORDS.name()).isEqualTo("io.github.kisoku.kernel.testwords");
        assertThatThrownBy(() -> MessageBundle.load(MessageBundleTest.class, "nowords"))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("nowords_ja.properties");
    }

    @Test
    @DisplayName("a bundle loaded afresh reads both files; a text may start with a figure")
    void loadsAndSaysAFigureFirst() {
        MessageBundle fresh = MessageBundle.load(MessageBundleTest.class, "testwords");
        assertThat(fresh.raw(Language.JA, "demo.amount")).contains("金額 {amount}（{rounding}）");
        assertThat(fresh.raw(Language.EN, "demo.amount#none")).contains("no amount");
        assertThat(fresh.keys(Language.JA)).contains("label.Rounding.DOWN").doesNotContain("nothing");
        assertThat(fresh).hasToString("MessageBundle(io.github.kisoku.kernel.testwords)");
        assertThat(MessageBundle.placeholders("{amount} first")).containsExactly("amount");
        Reason leading = Reason.of(DemoRule.LEADING).withFigure("amount", Yen.of(500));
        assertThat(leading.message().ja()).isEqualTo("500円 が金額");
        assertThat(leading.message().en()).isEqualTo("500円 is the amount");
    }
}
