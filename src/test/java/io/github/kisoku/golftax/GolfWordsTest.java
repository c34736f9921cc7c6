package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.MessageBundle;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GolfWordsTest {
    private static final MessageBundle TEXTS = MessageBundle.load(GolfWords.class, "texts");
    private static final MessageBundle RULES = GolfRule.STANDARD.words();

    @Test
    @DisplayName("every text is in both languages with the same figures, Japanese in Japanese")
    void everyTextInBothLanguages() {
        assertThat(TEXTS.keys(Language.JA)).isNotEmpty().containsExactlyInAnyOrderElementsOf(TEXTS.keys(Language.EN));
        for (String key : TEXTS.keys(Language.JA)) {
            String ja = TEXTS.raw(Language.JA, key).get();
            String en = TEXTS.raw(Language.EN, key).get();
            assertThat(MessageBundle.placeholders(ja)).as(key).containsExactlyInAnyOrderElementsOf(
                    MessageBundle.placeholders(en));
            assertThat(ja.replaceAll("\\{[^}]*}", "")).as(key).isNotEqualTo(en.replaceAll("\\{[^}]*}", ""));
        }
    }

    @Test
    @DisplayName("a text shows its figures: enums by their labels, messages in the language, the rest as written")
    void figures() {
        Message m = GolfWords.text("evidence.festival-certificate", "certifier", Play.Certifier.GOVERNOR, "name",
                GolfWords.text("festival.kokutai"));
        assertThat(m.ja()).isEqualTo("知事が発行する国民体育大会の証明書");
        assertThat(m.en()).isEqualTo("National Sports Festival (Kokutai) certificate issued by the governor");
        assertThat(GolfWords.text("deadline.business-annex", "month", YearMonth.of(2026, 4)).en())
                .isEqualTo("business-use annex (form 4) for 2026-04");
        assertThat(GolfWords.text("no.such.key").ja()).isEqualTo("no.such.key");
    }

    @Test
    @DisplayName("an enum shown as a figure reads as the enum's own names: the labels do not drift from them")
    void labelsAreTheEnumsOwnNames() {
        io.github.kisoku.kernel.Labels.check(TEXTS, Play.Certifier.class, Play.SchoolSigner.class, DayType.class);
        io.github.kisoku.kernel.Labels.check(RULES, DayType.class);
        // the names both bundles give a fee category are the same words
        for (SpecialFeeCategory c : SpecialFeeCategory.values()) {
            assertThat(RULES.label(c)).as(c.name()).isEqualTo(TEXTS.label(c));
        }
        // a card kind shown as a figure by its Japanese name reads in English as the kind's own label
        for (DisabilityCardKind k : DisabilityCardKind.values()) {
            assertThat(RULES.raw(Language.EN, "label.String." + k.document().ja())).as(k.name()).contains(k.document().en());
        }
        for (BusinessUseCondition c : BusinessUseCondition.values()) {
            assertThat(RULES.raw(Language.JA, "label.BusinessUseCondition." + c.name())).as(c.name()).isNotEmpty();
            assertThat(RULES.raw(Language.EN, "label.BusinessUseCondition." + c.name())).as(c.name()).isNotEmpty();
        }
    }
}
