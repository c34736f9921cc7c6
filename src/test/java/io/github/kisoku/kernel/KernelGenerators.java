package io.github.kisoku.kernel;

import static io.github.kisoku.testing.Generators.longs;

import org.quicktheories.core.Gen;

/** Generators of the kernel's values for properties: yen amounts. */
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
}
