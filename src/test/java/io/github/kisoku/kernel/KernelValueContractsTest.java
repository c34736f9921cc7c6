package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of the kernel's immutable types (issue 6, mutation testing): two values are
 * equal exactly when every component is, equal values hash alike, and each type prints what an
 * auditor needs to recognise it. Each "differs" case changes one component only, so a dropped
 * comparison in {@code equals} is caught.
 */
class KernelValueContractsTest {
    private static final LegalBasis LAW = LegalBasis.law("道路交通法", "335AC0000000105", "第125条", Confidence.CONFIRMED);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Equal to its twin and itself, hashes like its twin, unequal to each variant and to strangers. */
    private static void assertValueSemantics(Object value, Object twin, Object... variants) {
        assertThat(value).isEqualTo(value).isEqualTo(twin).hasSameHashCodeAs(twin);
        assertThat(value.equals(null)).isFalse();
        assertThat(value.equals("not a " + value.getClass().getSimpleName())).isFalse();
        for (Object v : variants) {
            assertThat(value).as("differs from %s", v).isNotEqualTo(v);
            assertThat(value.hashCode()).as("hash differs from %s", v).isNotEqualTo(v.hashCode());
        }
    }

    @Test
    void legalBasisEqualityLooksAtEveryComponent() {
        LegalBasis base = LegalBasis.law("道路交通法", "335AC0000000105", "第125条", Confidence.CONFIRMED)
                .withUrl("https://laws.e-gov.go.jp/law/335AC0000000105").withNote("青切符");
        LegalBasis twin = LegalBasis.law("道路交通法", "335AC0000000105", "第125条", Confidence.CONFIRMED)
                .withUrl("https://laws.e-gov.go.jp/law/335AC0000000105").withNote("青切符");
        assertValueSemantics(base, twin,
                LegalBasis.document("道路交通法", "第125条", Confidence.CONFIRMED)
                        .withUrl("https://laws.e-gov.go.jp/law/335AC0000000105").withNote("青切符"),
                LegalBasis.law("道路交通法施行令", "335AC0000000105", "第125条", Confidence.CONFIRMED)
                        .withUrl("https://laws.e-gov.go.jp/law/335AC0000000105").withNote("青切符"),
                LegalBasis.law("道路交通法", "335AC0000000105", "第126条", Confidence.CONFIRMED)
                        .withUrl("https://laws.e-gov.go.jp/law/335AC0000000105").withNote("青切符"),
                LegalBasis.law("道路交通法", "第125条", Confidence.CONFIRMED)
                        .withUrl("https://laws.e-gov.go.jp/law/335AC0000000105").withNote("青切符"),
                LegalBasis.law("道路交通法", "335AC0000000105", "第125条", Confidence.CONFIRMED)
                        .withNote("青切符"),
                base.withConfidence(Confidence.SECONDARY),
                base.withNote("反則行為"));
        assertThat(base.toString()).contains("道路交通法", "第125条", "CONFIRMED");
    }

    @Test
    void messagesAndProblemsCompareBothLanguagesFieldAndCode() {
        Message m = Message.of("必須です", "is required");
        assertValueSemantics(m, Message.of("必須です", "is required"),
                Message.of("必須", "is required"), Message.of("必須です", "required"));
        assertThat(MessageBundle.plain(m)).isEqualTo("必須です / is required");

        Problem p = Problem.of(TestRule.BIRTH_DATE, "birthDate");
        assertValueSemantics(p, Problem.of(TestRule.BIRTH_DATE, "birthDate"),
                Problem.of(TestRule.BIRTH_DATE, "date"),
                Problem.of(InputProblem.INVALID_DATE, "birthDate"),
                Problem.of(TestRule.BIRTH_DATE, "birthDate").variant("birth"));
        assertThat(InvalidInputException.of(io.vavr.collection.List.of(p)).getMessage())
                .isEqualTo("invalid input: birthDate [required]: 生年月日は必須です / birthDate is required");
    }

    @Test
    void aProblemWithABlankCodeBecomesAnInternalProblemKeepingItsField() {
        Problem nullKind = Problem.of((ProblemKind) null, "amount");
        assertThat(nullKind.field()).isEqualTo("amount");
        assertThat(nullKind.code()).isEqualTo("internal");
        Problem blankField = Problem.of(TestRule.BIRTH_DATE, "  ");
        assertThat(blankField.field()).isEqualTo("(field)");
        assertThat(blankField.code()).isEqualTo("internal");
        assertThat(Problem.of(TestRule.BIRTH_DATE, null).field()).isEqualTo("(field)");
    }

    @Test
    void reasonEqualityLooksAtRuleBasisMessageAndFigures() {
        Reason r = Reason.of(TestRule.AMOUNT, LAW).withFigure("amount", Yen.of(6000));
        assertValueSemantics(r,
                Reason.of(TestRule.AMOUNT, LAW, "amount", Yen.of(6000)),
                Reason.of(TestRule.FEE, LAW).withFigure("amount", Yen.of(6000)),
                Reason.of(TestRule.AMOUNT, LAW.withConfidence(Confidence.UNCONFIRMED)).withFigure("amount", Yen.of(6000)),
                Reason.of(TestRule.AMOUNT, LAW).variant("5000").withFigure("amount", Yen.of(6000)),
                Reason.of(TestRule.AMOUNT, LAW).withFigure("amount", Yen.of(5000)));
        assertThat(r.message()).isEqualTo(Message.of("反則金は 6,000 円です", "the penalty is 6,000 yen"));
        assertThat(r.render(Language.EN))
                .isEqualTo("the penalty is 6,000 yen — 道路交通法 第125条 [confirmed] {amount=6,000円}");
    }

    @Test
    void decisionEqualityLooksAtValueReasonsAndRulesNotApplied() {
        Reason a = Reason.of(TestRule.A, LAW);
        Reason b = Reason.of(TestRule.B, LAW);
        Decision<String> dec = Decision.of("blue", List.of(a), List.of(b));
        assertValueSemantics(dec, Decision.of("blue").because(a).notApplied(b),
                Decision.of("red", List.of(a), List.of(b)),
                Decision.of("blue", List.of(b), List.of(b)),
                Decision.of("blue", List.of(a), List.of(a)));
    }

    @Test
    void effectiveEqualityLooksAtValueDatesAndBasis() {
        Effective<Yen> e = Effective.between(d(2024, 4, 1), d(2025, 3, 31), Yen.of(1000), LAW);
        assertValueSemantics(e, Effective.between(d(2024, 4, 1), d(2025, 3, 31), Yen.of(1000), LAW),
                Effective.between(d(2024, 4, 1), d(2025, 3, 31), Yen.of(1200), LAW),
                Effective.between(d(2024, 4, 2), d(2025, 3, 31), Yen.of(1000), LAW),
                Effective.from(d(2024, 4, 1), Yen.of(1000), LAW),
                Effective.between(d(2024, 4, 1), d(2025, 3, 31), Yen.of(1000),
                        LAW.withConfidence(Confidence.SECONDARY)));
        assertThat(e.toString()).contains("1,000円", "2024-04-01", "2025-03-31", "道路交通法", "第125条");
        assertThat(Effective.from(d(2026, 4, 1), Yen.of(1200), LAW).toString())
                .contains("1,200円", "2026-04-01", "until=None");
    }

    @Test
    void versionsTouchingOnOneDayOverlapButAdjacentOnesDoNot() {
        Effective<String> open = Effective.from(d(2026, 4, 1), "new", LAW);
        Effective<String> endsTheDayBefore = Effective.between(d(2020, 1, 1), d(2026, 3, 31), "old", LAW);
        Effective<String> endsThatDay = Effective.between(d(2020, 1, 1), d(2026, 4, 1), "old", LAW);
        Effective<String> startsAfterwards = Effective.from(d(2027, 1, 1), "later", LAW);
        assertThat(open.overlaps(endsTheDayBefore)).isFalse();
        assertThat(endsTheDayBefore.overlaps(open)).isFalse();
        assertThat(open.overlaps(endsThatDay)).isTrue();
        assertThat(endsThatDay.overlaps(open)).isTrue();
        assertThat(open.overlaps(startsAfterwards)).as("two open-ended versions always overlap").isTrue();
    }

    @Test
    void timelinesCompareNameAndVersionsAndPrintThem() {
        Effective<Yen> v = Effective.from(d(2026, 4, 1), Yen.of(1200), LAW);
        EffectiveTimeline<Yen> t = EffectiveTimeline.of("mailing-cost", v);
        assertThat(t.name()).isEqualTo("mailing-cost");
        assertValueSemantics(t, EffectiveTimeline.of("mailing-cost", v), EffectiveTimeline.of("mailing", v),
                EffectiveTimeline.of("mailing-cost", Effective.from(d(2026, 4, 1), Yen.of(1300), LAW)));
        assertThat(t.toString()).contains("mailing-cost", "1,200円", "2026-04-01", "道路交通法", "第125条");
    }

    @Test
    void aTimelineWithoutANameOrWithNullVersionsIsInvalidInput() {
        Effective<Yen> v = Effective.from(d(2026, 4, 1), Yen.of(1200), LAW);
        assertThat(EffectiveTimeline.validate(null, List.of(v)).getError().head().field()).isEqualTo("name");
        assertThat(EffectiveTimeline.validate(" ", List.of(v)).getError().head().field()).isEqualTo("name");
        assertThatThrownBy(() -> EffectiveTimeline.of("fee", (Effective<Yen>[]) null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().map(Problem::field)).containsExactly("fee.versions"));
    }

    @Test
    void notInForceComparesEveryComponentAndPrintsInEnglish() {
        NotInForce n = NotInForce.of("fee", d(2025, 1, 1), d(2026, 4, 1), Option.none());
        assertValueSemantics(n, NotInForce.of("fee", d(2025, 1, 1), d(2026, 4, 1), Option.none()),
                NotInForce.of("cost", d(2025, 1, 1), d(2026, 4, 1), Option.none()),
                NotInForce.of("fee", d(2025, 1, 2), d(2026, 4, 1), Option.none()),
                NotInForce.of("fee", d(2025, 1, 1), d(2026, 4, 2), Option.none()),
                NotInForce.of("fee", d(2025, 1, 1), d(2026, 4, 1), Option.of(d(2030, 3, 31))));
        assertThat(n.message().en()).isEqualTo("fee is not in force on 2025-01-01 (in force 2026-04-01 to now)");
        assertThat(n.toString()).contains("fee", "2025-01-01", "2026-04-01");
        NotInForce ended = NotInForce.of("fee", d(2031, 1, 1), d(2026, 4, 1), Option.of(d(2030, 3, 31)));
        assertThat(ended.message().en()).endsWith("(in force 2026-04-01 to 2030-03-31)");
        assertThat(ended.message().ja()).endsWith("（施行期間: 2026-04-01 〜 2030-03-31）");
    }

    @Test
    void roundingNamesItsMethodInBothLanguages() {
        assertThat(MessageBundle.kernel().label(Rounding.DOWN)).isEqualTo(Message.of("切り捨て", "round down"));
        assertThat(MessageBundle.kernel().label(Rounding.UP).en()).isEqualTo("round up");
        assertThat(MessageBundle.kernel().label(Rounding.HALF_UP).en()).isEqualTo("round half up");
        Labels.check(MessageBundle.kernel(), Rounding.class, Confidence.class, Heading.class);
    }

    @Test
    void halfUpRoundsAnExactHalfUpAndLessThanAHalfDown() {
        // 四捨五入: 1,001円 × 1/2 = 500.5 → 501; 1,001円 × 1/3 = 333.67 → 334; 1,000円 × 1/3 = 333.33 → 333.
        assertThat(Yen.of(1001).times(1, 2, Rounding.HALF_UP)).isEqualTo(Yen.of(501));
        assertThat(Yen.of(1001).times(1, 3, Rounding.HALF_UP)).isEqualTo(Yen.of(334));
        assertThat(Yen.of(1000).times(1, 3, Rounding.HALF_UP)).isEqualTo(Yen.of(333));
        assertThat(Yen.of(1000).times(1, 3, Rounding.UP)).isEqualTo(Yen.of(334));
        assertThat(Yen.of(1000).times(1, 3, Rounding.DOWN)).isEqualTo(Yen.of(333));
        assertThat(Yen.of(999).times(1, 3, Rounding.UP)).as("exact: no rounding").isEqualTo(Yen.of(333));
        // (2^63 − 2) / (2^63 − 1) is just under 1: doubling the remainder must not overflow into "round down".
        assertThat(Yen.of(Long.MAX_VALUE - 1).times(1, Long.MAX_VALUE, Rounding.HALF_UP))
                .as("a remainder near the denominator does not overflow").isEqualTo(Yen.of(1));
    }

    @Test
    void aZeroOrNegativeDenominatorIsAnInvalidFraction() {
        assertThatThrownBy(() -> Yen.of(100).times(1, 0, Rounding.DOWN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().head().code()).isEqualTo("invalid-fraction"));
        assertThatThrownBy(() -> Yen.of(100).times(1, -2, Rounding.DOWN))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Yen.of(100).times(-1, 2, Rounding.DOWN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Yen.of(100).times(0, 1, Rounding.DOWN)).isEqualTo(Yen.ZERO);
        assertThat(Yen.of(100).times(1, 1, Rounding.DOWN)).as("a denominator of one is allowed").isEqualTo(Yen.of(100));
        assertThat(Yen.of(100).times(0)).as("zero times is allowed").isEqualTo(Yen.ZERO);
    }

    @Test
    void onlyZeroYenIsZeroAndYenEqualsOnlyYen() {
        assertThat(Yen.of(1).isZero()).isFalse();
        assertThat(Yen.of(0).isZero()).isTrue();
        assertValueSemantics(Yen.of(500), Yen.of(500), Yen.of(501));
        assertThat(Yen.of(500).equals(500L)).isFalse();
    }

    @Test
    void aBlankTextIsRequiredButPaddedTextIsKept() {
        assertThat(Validations.notBlank("name", "").getError().code()).isEqualTo("required");
        assertThat(Validations.notBlank("name", " \t").getError().code()).isEqualTo("required");
        assertThat(Validations.notBlank("name", null).getError().code()).isEqualTo("required");
        assertThat(Validations.notBlank("name", " 川口 ").get()).isEqualTo(" 川口 ");
    }

    @Test
    void upIsDownPlusOneExactlyWhenThereIsARemainder() {
        property().forAll(KernelGenerators.yenAmounts(), longs(1, 1_000), longs(1, 1_000))
                .checkAssert(KernelValueContractsTest::upIsDownPlusOneExactlyWhenThereIsARemainder);
    }

    private static void upIsDownPlusOneExactlyWhenThereIsARemainder(long amount, long num, long den) {
        long down = Yen.of(amount).times(num, den, Rounding.DOWN).amount();
        long up = Yen.of(amount).times(num, den, Rounding.UP).amount();
        long half = Yen.of(amount).times(num, den, Rounding.HALF_UP).amount();
        boolean exact = amount * num % den == 0;
        assertThat(up - down).isEqualTo(exact ? 0 : 1);
        assertThat(down).isEqualTo(amount * num / den);
        // HALF_UP is UP exactly when the remainder is at least half of the denominator.
        assertThat(half).isEqualTo(2 * (amount * num % den) >= den ? up : down);
    }
}
