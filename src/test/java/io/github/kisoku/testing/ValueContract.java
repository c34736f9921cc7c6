package io.github.kisoku.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/**
 * The one value-semantics contract of kisoku's immutable types ("Immutable and thread-safe",
 * compared by content), shared by every package's tests instead of a copy per test class: a
 * value equals itself and a twin built from the same content, with the same hash code; it
 * equals neither {@code null} nor a stranger; every variant (a value that differs in one
 * component) is unequal in both directions; and the hash codes of the values are not all alike
 * (a degenerate hash turns every Vavr {@code HashMap} keyed by them into a list).
 */
public final class ValueContract {
    private ValueContract() {
    }

    /**
     * Asserts value semantics.
     *
     * @param value a value
     * @param twin another value built from the same content
     * @param variants values that each differ from {@code value} in one component
     * @param <T> the value's type
     */
    @SafeVarargs
    public static <T> void check(T value, T twin, T... variants) {
        assertThat(value.equals(value)).as("equals itself").isTrue();
        assertThat(value.equals(twin)).as("equals its twin %s", twin).isTrue();
        assertThat(twin.equals(value)).as("twin equals it").isTrue();
        assertThat(value.hashCode()).as("hashes like its twin").isEqualTo(twin.hashCode());
        assertThat(value.equals(null)).as("equals null").isFalse();
        assertThat(value.equals(new Object())).as("equals a stranger").isFalse();
        Set<Integer> hashes = new HashSet<>();
        hashes.add(value.hashCode());
        for (T v : variants) {
            assertThat(value.equals(v)).as("equals variant %s", v).isFalse();
            assertThat(v.equals(value)).as("variant %s equals it", v).isFalse();
            hashes.add(v.hashCode());
        }
        if (variants.length > 0) {
            assertThat(hashes).as("hash codes of %d different values", variants.length + 1).hasSizeGreaterThan(1);
        }
    }

    /**
     * Asserts that a value's text names each of its attributes (what a generated {@code toString}
     * shows), so a log line says what the value is.
     *
     * @param value the value
     * @param attributes the attributes' names
     */
    public static void namesAttributes(Object value, String... attributes) {
        String text = value.toString();
        assertThat(text).startsWith(value.getClass().getSimpleName().replaceFirst("^Immutable", ""));
        for (String a : attributes) {
            assertThat(text).as("%s names %s", text, a).contains(a + "=");
        }
    }
}
