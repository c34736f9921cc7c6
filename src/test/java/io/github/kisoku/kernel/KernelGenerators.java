package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.Generators.weighted;

import io.github.kisoku.testing.Generators;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of the kernel's values for properties: yen amounts and texts for its date reader. */
public final class KernelGenerators {
    private KernelGenerators() {
    }

    /**
     * Yen amounts from nothing to one billion yen, as fees, taxes and fines take them.
     *
     * @return the generator
     */
    public static Gen<Long> yenAmounts() {
        return longs(0, 1_000_000_000L);
    }

    /**
     * Yen values from {@link #yenAmounts()}.
     *
     * @return the generator
     */
    public static Gen<Yen> yen() {
        return yenAmounts().map(Yen::of);
    }

    /**
     * Texts a caller might pass as an ISO date ({@link Validations#isoDate}): half are any text of
     * up to 12 digits, dashes, pluses and blanks; half are shaped {@code YYYY-MM-DD} with a year
     * from 0000 to 9999, a month from 00 to 19 and a day from 00 to 39, so impossible months and
     * days (00, 13–19, 32–39, 30 February, 31 April) come up beside real ones. Printed as Java
     * literals.
     *
     * @return the generator
     */
    public static Gen<String> isoDateLikeTexts() {
        Gen<String> anything = textOf("0123456789- +", 0, 12);
        Gen<String> shaped = ints(0, 9999).zip(ints(0, 19), ints(0, 39),
                (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        return weighted(List.of(50, 50), List.of(anything, shaped)).describedAs(Generators::quoted);
    }

    /**
     * Texts shaped like a time of day or near it: any text of up to 8 digits, colons and blanks, and
     * texts shaped {@code HH:MM} with hours 0–39 and minutes 0–99 (so out-of-range ones too).
     *
     * @return the generator
     */
    public static Gen<String> isoTimeLikeTexts() {
        Gen<String> anything = textOf("0123456789: ", 0, 8);
        Gen<String> shaped = ints(0, 39).zip(ints(0, 99), (h, m) -> String.format("%02d:%02d", h, m));
        return weighted(List.of(50, 50), List.of(anything, shaped)).describedAs(Generators::quoted);
    }
}
