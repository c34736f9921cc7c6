package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectiveTimelineTest {
    private static final LegalBasis OLD = LegalBasis.law("道路交通法施行令", "第1条", Confidence.CONFIRMED);
    private static final LegalBasis NEW = LegalBasis.law("道路交通法施行令", "第1条（改正後）", Confidence.SECONDARY);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** 1,000 yen from 2024-04-01 to 2025-03-31, a gap, then 1,200 yen from 2026-04-01 on. */
    private static EffectiveTimeline<Yen> fee() {
        return EffectiveTimeline.of("mailing-cost",
                Effective.from(d(2026, 4, 1), Yen.of(1200), NEW),
                Effective.between(d(2024, 4, 1), d(2025, 3, 31), Yen.of(1000), OLD));
    }

    @Test
    void theVersionInForceIsFoundWithItsBasis() {
        Effective<Yen> v = fee().at(d(2024, 4, 1)).get();
        assertThat(v.value()).isEqualTo(Yen.of(1000));
        assertThat(v.basis()).isEqualTo(OLD);
        assertThat(fee().at(d(2025, 3, 31)).get().value()).isEqualTo(Yen.of(1000));
        assertThat(fee().at(d(2026, 4, 1)).get().value()).isEqualTo(Yen.of(1200));
        assertThat(fee().at(d(2099, 1, 1)).get().basis()).isEqualTo(NEW);
        assertThat(fee().versions().map(Effective::from)).containsExactly(d(2024, 4, 1), d(2026, 4, 1));
    }

    @Test
    void notInForceBeforeTheFirstVersionNeverTheNearestValue() {
        NotInForce n = fee().at(d(2024, 3, 31)).getLeft();
        assertThat(n.name()).isEqualTo("mailing-cost");
        assertThat(n.date()).isEqualTo(d(2024, 3, 31));
        assertThat(n.firstInForce()).isEqualTo(d(2024, 4, 1));
        assertThat(n.lastInForce().isEmpty()).isTrue();
        assertThat(n.message().ja()).contains("2024-03-31").contains("施行されていません");
        assertThat(n.message().en()).contains("not in force on 2024-03-31").contains("to now");
    }

    @Test
    void notInForceInAGap() {
        assertThat(fee().at(d(2025, 4, 1)).isLeft()).isTrue();
        assertThat(fee().at(d(2026, 3, 31)).isLeft()).isTrue();
        Problem p = fee().at(d(2025, 10, 1)).getLeft().asProblem("mailedOn");
        assertThat(p.field()).isEqualTo("mailedOn");
        assertThat(p.code()).isEqualTo("not-in-force");
        assertThat(p.message().en()).contains("2025-10-01");
    }

    @Test
    void notInForceAfterTheLastVersionEnded() {
        EffectiveTimeline<String> ended = EffectiveTimeline.of("old-rule",
                Effective.between(d(2000, 1, 1), d(2009, 12, 31), "v1", OLD));
        NotInForce n = ended.at(d(2010, 1, 1)).getLeft();
        assertThat(n.lastInForce().get()).isEqualTo(d(2009, 12, 31));
        assertThat(n.message().en()).contains("2000-01-01 to 2009-12-31");
        assertThat(ended.at(d(2009, 12, 31)).get().value()).isEqualTo("v1");
    }

    @Test
    void overlappingVersionsAreRejectedWithATypedProblem() {
        Validation<Seq<Problem>, EffectiveTimeline<String>> v = EffectiveTimeline.validate("rate", List.of(
                Effective.between(d(2020, 1, 1), d(2021, 1, 1), "a", OLD),
                Effective.from(d(2021, 1, 1), "b", NEW),
                Effective.from(d(2022, 1, 1), "c", NEW)));
        assertThat(v.isInvalid()).isTrue();
        assertThat(v.getError().map(Problem::code)).containsExactly("overlapping-versions", "overlapping-versions");
        assertThat(v.getError().map(Problem::field)).containsOnly("rate");
        assertThatThrownBy(() -> EffectiveTimeline.of("rate", Effective.from(d(2020, 1, 1), "a", OLD),
                Effective.from(d(2020, 1, 1), "b", NEW))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("overlapping-versions");
        assertThat(EffectiveTimeline.validate("rate", List.of(
                Effective.between(d(2020, 1, 1), d(2020, 12, 31), "a", OLD),
                Effective.from(d(2021, 1, 1), "b", NEW))).isValid()).isTrue();
    }

    @Test
    void missingPartsAreProblemsNotNullPointers() {
        assertThat(EffectiveTimeline.validate("rate", List.<Effective<String>>empty()).getError().head().code())
                .isEqualTo("no-versions");
        assertThat(EffectiveTimeline.validate(" ", List.<Effective<String>>empty()).getError().head().field())
                .isEqualTo("name");
        assertThat(EffectiveTimeline.<String>validate("rate", null).getError().head().code()).isEqualTo("required");
        java.util.List<Effective<String>> withNull = new java.util.ArrayList<>();
        withNull.add(Effective.from(d(2020, 1, 1), "a", OLD));
        withNull.add(null);
        assertThat(EffectiveTimeline.validate("rate", withNull).getError().head().field())
                .isEqualTo("rate.versions[1]");
        assertThatThrownBy(() -> Effective.between(d(2020, 1, 2), d(2020, 1, 1), "a", OLD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("until-before-from");
        assertThatThrownBy(() -> Effective.from(null, "a", OLD)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Effective.from(d(2020, 1, 1), "a", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fee().at(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void effectiveBoundsAreInclusive() {
        Effective<String> v = Effective.between(d(2020, 1, 1), d(2020, 1, 31), "a", OLD);
        assertThat(v.isInForceOn(d(2020, 1, 1))).isTrue();
        assertThat(v.isInForceOn(d(2020, 1, 31))).isTrue();
        assertThat(v.isInForceOn(d(2019, 12, 31))).isFalse();
        assertThat(v.isInForceOn(d(2020, 2, 1))).isFalse();
        assertThat(Effective.from(d(2020, 1, 1), "a", OLD).until().isEmpty()).isTrue();
        assertThat(v).isEqualTo(Effective.between(d(2020, 1, 1), d(2020, 1, 31), "a", OLD));
    }

    /**
     * Versions cut at increasing days, with a gap after every odd one: a date is in force exactly
     * when it lies in a version, and then gets that version's value.
     */
    @Test
    void aDateGetsTheValueOfTheVersionContainingItOrNotInForce() {
        property().forAll(listsOf(ints(1, 400), 2, 12), ints(-100, 5000))
                .checkAssert(EffectiveTimelineTest::aDateGetsTheValueOfTheVersionContainingItOrNotInForce);
    }

    private static void aDateGetsTheValueOfTheVersionContainingItOrNotInForce(java.util.List<Integer> lengths,
            int probe) {
        LocalDate start = d(2000, 1, 1);
        List<Effective<Integer>> versions = List.empty();
        LocalDate from = start;
        for (int i = 0; i < lengths.size(); i++) {
            LocalDate until = from.plusDays(lengths.get(i) - 1L);
            if (i % 2 == 0) {
                versions = versions.append(Effective.between(from, until, i, OLD));
            }
            from = until.plusDays(1);
        }
        EffectiveTimeline<Integer> timeline = Validations.orThrow(EffectiveTimeline.validate("x", versions));
        LocalDate date = start.plusDays(probe);
        List<Effective<Integer>> containing = versions.filter(v -> v.isInForceOn(date));
        assertThat(containing.size()).isLessThanOrEqualTo(1);
        if (containing.isEmpty()) {
            assertThat(timeline.at(date).isLeft()).isTrue();
            assertThat(timeline.at(date).getLeft().date()).isEqualTo(date);
        } else {
            assertThat(timeline.at(date).get().value()).isEqualTo(containing.head().value());
        }
    }
}
