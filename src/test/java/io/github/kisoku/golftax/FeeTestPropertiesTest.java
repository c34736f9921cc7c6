package io.github.kisoku.golftax;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Yen;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

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
    @Test
    void reducedEnoughMeansAtMostTheRemainingFraction() {
        property().forAll(longs(0, 1_000_000), longs(0, 1_000_000), ints(1, 9), ints(2, 10))
                .checkAssert(FeeTestPropertiesTest::reducedEnoughMeansAtMostTheRemainingFraction);
    }

    private static void reducedEnoughMeansAtMostTheRemainingFraction(long fee, long normal, int num, int den) {
        boolean expected = normal > 0 && BigInteger.valueOf(fee).multiply(BigInteger.valueOf(den))
                .compareTo(BigInteger.valueOf(normal).multiply(BigInteger.valueOf(den - num))) <= 0;
        assertThat(GolfTaxRules.reducedEnough(Yen.of(fee), Yen.of(normal), num, den)).isEqualTo(expected);
    }

    /**
     * A fee 1/5 below passes the senior test exactly when it is 20 % or more below, in exact
     * arithmetic (the reasons show the fees and the fraction, never a percentage cut down).
     */
    @Test
    void oneFifthAgreesWithTheStatedPercentage() {
        property().forAll(longs(0, 100_000), longs(1, 100_000))
                .checkAssert(FeeTestPropertiesTest::oneFifthAgreesWithTheStatedPercentage);
    }

    private static void oneFifthAgreesWithTheStatedPercentage(long a, long b) {
        long fee = Math.min(a, b);
        long normal = Math.max(a, b);
        boolean reduced = GolfTaxRules.reducedEnough(Yen.of(fee), Yen.of(normal), 1, 5);
        // a fee 19.99… % below fails: 100 × (normal − fee) ≥ 20 × normal exactly when it passes
        assertThat(reduced).isEqualTo(100 * (normal - fee) >= 20 * normal);
    }

    /**
     * 第2・3: the per-day fee is the course fee plus the participation fees over the days including
     * practice days, rounded up: never less than the exact share, less than one yen above it.
     */
    @Test
    void competitionFeePerDayIsTheShareRoundedUp() {
        property().forAll(longs(0, 50_000), longs(0, 100_000), ints(1, 5), ints(0, 3))
                .checkAssert(FeeTestPropertiesTest::competitionFeePerDayIsTheShareRoundedUp);
    }

    private static void competitionFeePerDayIsTheShareRoundedUp(long courseFee, long participation, int days,
            int practice) {
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
