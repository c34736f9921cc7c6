package io.github.kisoku.golftax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks the value semantics the package promises for its immutable types ("Immutable and
 * thread-safe", compared by content): equal content is equal with an equal hash code, a change
 * in any one component makes the values unequal (in both directions), and the hash codes of
 * different values are not all alike (a degenerate hash would turn every vavr HashMap/HashSet
 * keyed by them, e.g. the audit's per-visit map, into a list).
 */
final class ValueSemantics {
    private ValueSemantics() {
    }

    /**
     * Asserts value semantics.
     *
     * @param base a value
     * @param sameContent another instance built from the same content
     * @param variants values that differ from {@code base} in exactly one component each
     */
    @SafeVarargs
    static <T> void check(T base, T sameContent, T... variants) {
        assertThat(sameContent).isNotSameAs(base);
        assertThat(base.equals(base)).isTrue();
        assertThat(base.equals(sameContent)).isTrue();
        assertThat(sameContent.equals(base)).isTrue();
        assertThat(base.hashCode()).isEqualTo(sameContent.hashCode());
        assertThat(base.equals(null)).isFalse();
        assertThat(base.equals(new Object())).isFalse();
        assertThat(base.equals(base.toString())).isFalse();
        Set<Integer> hashes = new HashSet<>();
        hashes.add(base.hashCode());
        for (T v : variants) {
            assertThat(base.equals(v)).as("base equals variant %s", v).isFalse();
            assertThat(v.equals(base)).as("variant %s equals base", v).isFalse();
            hashes.add(v.hashCode());
        }
        assertThat(hashes).as("hash codes of %d different values", variants.length + 1).hasSizeGreaterThan(1);
    }
}
