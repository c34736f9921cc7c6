package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.PropertyCheck.property;

import org.junit.jupiter.api.Test;

class YenTest {
    @Test
    void rejectsNegativeAmountsWithTypedProblem() {
        assertThat(Yen.validate("fee", -1).getError().code()).isEqualTo("negative-amount");
        assertThat(Yen.validate("fee", -1).getError().field()).isEqualTo("fee");
        assertThatThrownBy(() -> Yen.of(-5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void halvesWithNamedRounding() {
        assertThat(Yen.of(325).times(1, 2, Rounding.DOWN)).isEqualTo(Yen.of(162));
        assertThat(Yen.of(325).times(1, 2, Rounding.UP)).isEqualTo(Yen.of(163));
        assertThat(Yen.of(325).times(1, 2, Rounding.HALF_UP)).isEqualTo(Yen.of(163));
        assertThat(Yen.of(324).times(1, 2, Rounding.HALF_UP)).isEqualTo(Yen.of(162));
        assertThat(Yen.of(10).times(1, 3, Rounding.HALF_UP)).isEqualTo(Yen.of(3));
    }

    @Test
    void printsAsJapaneseAmount() {
        assertThat(Yen.of(12000)).hasToString("12,000円");
    }

    @Test
    void differenceIsSigned() {
        assertThat(Yen.of(100).differenceFrom(Yen.of(250))).isEqualTo(-150);
        assertThat(Yen.of(100).minusOrZero(Yen.of(250))).isEqualTo(Yen.ZERO);
        assertThat(Yen.of(300).minusOrZero(Yen.of(250))).isEqualTo(Yen.of(50));
    }

    @Test
    void roundingDownNeverExceedsUp() {
        property().forAll(KernelGenerators.yenAmounts(), longs(1, 1000), longs(1, 1000))
                .checkAssert(YenTest::roundingDownNeverExceedsUp);
    }

    private static void roundingDownNeverExceedsUp(long a, long num, long den) {
        Yen y = Yen.of(a);
        Yen down = y.times(num, den, Rounding.DOWN);
        Yen up = y.times(num, den, Rounding.UP);
        Yen half = y.times(num, den, Rounding.HALF_UP);
        assertThat(down.amount()).isLessThanOrEqualTo(half.amount());
        assertThat(half.amount()).isLessThanOrEqualTo(up.amount());
        assertThat(up.amount() - down.amount()).isBetween(0L, 1L);
        assertThat(down.amount() * den).isLessThanOrEqualTo(a * num);
    }

    @Test
    void nullArgumentsAreInvalidInputNotNullPointers() {
        assertThatThrownBy(() -> Yen.of(1).plus(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Yen.of(1).minusOrZero(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Yen.of(1).differenceFrom(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Yen.of(1).compareTo(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Yen.of(1).times(1, 2, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Yen.of(1).times(-1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("negative-count");
        assertThatThrownBy(() -> Yen.of(1).times(1, 0, Rounding.DOWN)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invalid-fraction");
    }

    @Test
    void multipliesAndKnowsZero() {
        assertThat(Yen.of(6000).times(3)).isEqualTo(Yen.of(18000));
        assertThat(Yen.of(0).isZero()).isTrue();
        assertThat(Yen.of(0)).isSameAs(Yen.ZERO);
        assertThat(Yen.of(5).compareTo(Yen.of(7))).isNegative();
        assertThat(MessageBundle.kernel().label(Rounding.HALF_UP).ja()).isEqualTo("四捨五入");
    }

    @Test
    void plusAndDifferenceAgree() {
        property().forAll(longs(0, 1_000_000_000_000L), longs(0, 1_000_000_000_000L))
                .checkAssert(YenTest::plusAndDifferenceAgree);
    }

    private static void plusAndDifferenceAgree(long a, long b) {
        Yen x = Yen.of(a);
        Yen y = Yen.of(b);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).differenceFrom(y)).isEqualTo(a);
        assertThat(x.minusOrZero(y).amount()).isEqualTo(Math.max(0, a - b));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(x.differenceFrom(y)));
    }

    @Test
    void halfUpIsTheNearestWholeYen() {
        property().forAll(KernelGenerators.yenAmounts(), longs(1, 1000)).checkAssert((a, den) -> {
            long half = Yen.of(a).times(1, den, Rounding.HALF_UP).amount();
            assertThat(Math.abs(half * den - a) * 2).isLessThanOrEqualTo(den);
        });
    }
}
