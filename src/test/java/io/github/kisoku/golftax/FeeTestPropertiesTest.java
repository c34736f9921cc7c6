package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Yen;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the fee comparisons of circular 第2・2 (「通常の利用料金に比較して5分の1以上（第2項にあって
 * は2分の1以上）軽減されている」) and of the competition's per-day fee of 第2・3, checked against an
 * independent formulation in exact arithmetic.
 */
class FeeTestPropertiesTest {

    /**
     * "Reduced by at least num/den" means the fee is at most (den − num)/den of the normal fee:
     * fee × den ≤ normal × (den − num), for a positive normal fee.
     */
    @Property
    void reducedEnoughMeansAtMostTheRemainingFraction(@ForAll @LongRange(min = 0, max = 1_000_000) long fee,
            @ForAll @LongRange(min = 0, max = 1_000_000) long normal, @ForAll @IntRange(min = 1, max = 9) int num,
            @ForAll @IntRange(min = 2, max = 10) int den) {
        boolean expected = normal > 0 && BigInteger.valueOf(fee).multiply(BigInteger.valueOf(den))
                .compareTo(BigInteger.valueOf(normal).multiply(BigInteger.valueOf(den - num))) <= 0;
        assertThat(GolfTaxRules.reducedEnough(Yen.of(fee), Yen.of(normal), num, den)).isEqualTo(expected);
    }

    /** For a fee at or below the normal fee, the percentage in the reasons is the reduction rounded down. */
    @Property
    void percentBelowIsTheReductionRoundedDown(@ForAll @LongRange(min = 0, max = 1_000_000) long a,
            @ForAll @LongRange(min = 1, max = 1_000_000) long b) {
        long fee = Math.min(a, b);
        long normal = Math.max(a, b);
        long pct = GolfTaxRules.percentBelow(Yen.of(fee), Yen.of(normal));
        // pct ≤ 100 × (normal − fee) / normal < pct + 1
        assertThat(pct * normal).isLessThanOrEqualTo(100 * (normal - fee));
        assertThat((pct + 1) * normal).isGreaterThan(100 * (normal - fee));
    }

    /** A fee 1/5 below passes the senior test exactly when its percentage is 20 or more. */
    @Property
    void oneFifthAgreesWithTheStatedPercentage(@ForAll @LongRange(min = 0, max = 100_000) long a,
            @ForAll @LongRange(min = 1, max = 100_000) long b) {
        long fee = Math.min(a, b);
        long normal = Math.max(a, b);
        boolean reduced = GolfTaxRules.reducedEnough(Yen.of(fee), Yen.of(normal), 1, 5);
        if (reduced) {
            assertThat(GolfTaxRules.percentBelow(Yen.of(fee), Yen.of(normal))).isGreaterThanOrEqualTo(20);
        } else {
            // a fee can be 19.99… % below and still say 19 %: never 20 % or more while failing
            assertThat(GolfTaxRules.percentBelow(Yen.of(fee), Yen.of(normal))).isLessThan(20);
        }
    }

    /**
     * 第2・3: the per-day fee is the course fee plus the participation fees over the days including
     * practice days, rounded up: never less than the exact share, less than one yen above it.
     */
    @Property
    void competitionFeePerDayIsTheShareRoundedUp(@ForAll @LongRange(min = 0, max = 50_000) long courseFee,
            @ForAll @LongRange(min = 0, max = 100_000) long participation, @ForAll @IntRange(min = 1, max = 5) int days,
            @ForAll @IntRange(min = 0, max = 3) int practice) {
        java.time.LocalDate first = java.time.LocalDate.of(2026, 5, 10);
        io.vavr.collection.List<java.time.LocalDate> practiceDays = io.vavr.collection.List.range(1, practice + 1)
                .map(first::minusDays);
        Competition c = Competition.of("大会", CompetitionOrganizer.REGIONAL_FEDERATION, first,
                first.plusDays(days - 1L), practiceDays, Yen.of(participation), io.vavr.control.Option.of(Yen.of(courseFee)),
                true);
        int n = days + practice;
        assertThat(c.daysIncludingPractice()).isEqualTo(n);
        long perDay = c.feePerDay().get().amount() - courseFee;
        assertThat(perDay * n).isGreaterThanOrEqualTo(participation);
        assertThat((perDay - 1) * n).isLessThan(participation);
    }
}
