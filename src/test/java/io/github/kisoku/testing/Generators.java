package io.github.kisoku.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of plain values (numbers, text, bytes, choices, lists) shared by every domain's
 * properties. Domain values are generated in each domain's own generators class.
 *
 * <p>Numbers and text come with their edge cases mixed in (about one example in ten): the bounds
 * of a range and the values next to them, zero and ±1, the empty and the blank text. QuickTheories
 * tries the bounds of all arguments together first; the mix also puts one argument on its edge
 * while the others are random.
 */
public final class Generators {
    private static final int EDGE_PERCENT = 10;

    /** The longest text and byte array {@link #text()} and {@link #bytes()} generate. */
    public static final int MAX_LENGTH = 255;

    /**
     * Letters a–z and A–Z.
     */
    public static final String ALPHA = IntStream.concat(IntStream.rangeClosed('a', 'z'), IntStream.rangeClosed('A', 'Z'))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    private Generators() {
    }

    /**
     * Integers in a closed range, with its edges.
     *
     * @param min the least value
     * @param max the greatest value
     * @return the generator
     */
    public static Gen<Integer> ints(int min, int max) {
        List<Integer> edges = LongStream.of(min, (long) min + 1, -1, 0, 1, (long) max - 1, max)
                .filter(v -> v >= min && v <= max).distinct().mapToObj(v -> (int) v).collect(Collectors.toList());
        return withEdges(integers().between(min, max), edges);
    }

    /**
     * A generator that gives one of its edge cases in about one example in ten.
     *
     * @param values the generator
     * @param edges its edge cases
     * @param <T> the values' type
     * @return the generator
     */
    public static <T> Gen<T> withEdges(Gen<T> values, List<T> edges) {
        return weighted(List.of(100 - EDGE_PERCENT, EDGE_PERCENT), List.of(values, Generate.pick(edges)));
    }

    /**
     * Chooses among generators by weight (in per cent). Every alternative is drawn on every example,
     * so the random draws sit at the same places whichever is chosen: the shrinker can then move a
     * failure from a later alternative to the first one and keep shrinking there (QuickTheories'
     * own {@code mix} draws only the chosen one, which strands a failure found on an edge case).
     *
     * @param percents the weight of each alternative, adding up to 100
     * @param alternatives the generators, the one to shrink towards first
     * @param <T> the values' type
     * @return the generator
     */
    public static <T> Gen<T> weighted(List<Integer> percents, List<Gen<T>> alternatives) {
        Gen<Integer> percent = integers().between(0, 99);
        return in -> {
            int drawn = percent.generate(in);
            List<T> values = new ArrayList<>(alternatives.size());
            for (Gen<T> g : alternatives) {
                values.add(g.generate(in));
            }
            int upTo = 0;
            for (int i = 0; i < percents.size(); i++) {
                upTo += percents.get(i);
                if (drawn < upTo) {
                    return values.get(i);
                }
            }
            return values.get(values.size() - 1);
        };
    }

    /**
     * One of the generators, each as likely as the others, shrinking towards the first. Every
     * alternative is drawn on every example, for the reason {@link #weighted} gives.
     *
     * @param alternatives the generators
     * @param <T> the values' type
     * @return the generator
     */
    public static <T> Gen<T> evenly(List<Gen<T>> alternatives) {
        Gen<Integer> chosen = integers().between(0, alternatives.size() - 1);
        return in -> {
            int i = chosen.generate(in);
            List<T> values = new ArrayList<>(alternatives.size());
            for (Gen<T> g : alternatives) {
                values.add(g.generate(in));
            }
            return values.get(i);
        };
    }

    /**
     * Any {@code int}, with {@code MIN_VALUE}, {@code MAX_VALUE}, zero and ±1 among the edges.
     *
     * @return the generator
     */
    public static Gen<Integer> anyInt() {
        return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Longs in a closed range, with its edges.
     *
     * @param min the least value
     * @param max the greatest value
     * @return the generator
     */
    public static Gen<Long> longs(long min, long max) {
        List<Long> edges = Arrays.asList(min, min == Long.MAX_VALUE ? min : min + 1, -1L, 0L, 1L,
                max == Long.MIN_VALUE ? max : max - 1, max).stream()
                .filter(v -> v >= min && v <= max).distinct().collect(Collectors.toList());
        return withEdges(org.quicktheories.generators.SourceDSL.longs().between(min, max), edges);
    }

    /**
     * Any {@code long}, with {@code MIN_VALUE}, {@code MAX_VALUE}, zero and ±1 among the edges.
     *
     * @return the generator
     */
    public static Gen<Long> anyLong() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Either truth value.
     *
     * @return the generator
     */
    public static Gen<Boolean> anyBoolean() {
        return booleans().all();
    }

    /**
     * Any constant of an enum.
     *
     * @param type the enum
     * @param <E> the enum's type
     * @return the generator
     */
    public static <E extends Enum<E>> Gen<E> anyOf(Class<E> type) {
        return Generate.enumValues(type);
    }

    /**
     * One of the given values; shrinks towards the first.
     *
     * @param values the values
     * @param <T> their type
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> choices = new ArrayList<>(values.length);
        for (T value : values) {
            choices.add(value);
        }
        return Generate.pick(choices);
    }

    /**
     * One of the given values; shrinks towards the first.
     *
     * @param values the values
     * @param <T> their type
     * @return the generator
     */
    public static <T> Gen<T> oneOf(List<T> values) {
        return Generate.pick(values);
    }

    /**
     * Lists of values.
     *
     * @param values the elements' generator
     * @param min the least size
     * @param max the greatest size
     * @param <T> the elements' type
     * @return the generator
     */
    public static <T> Gen<List<T>> listsOf(Gen<T> values, int min, int max) {
        return lists().of(values).ofSizeBetween(min, max);
    }

    /**
     * A value or, in about {@code percentEmpty} per cent of the examples, nothing.
     *
     * @param values the values
     * @param percentEmpty how often to give nothing
     * @param <T> the values' type
     * @return the generator
     */
    public static <T> Gen<Optional<T>> optionals(Gen<T> values, int percentEmpty) {
        return values.toOptionals(percentEmpty);
    }

    /**
     * A value or, in about {@code percentNull} per cent of the examples, {@code null}: for the
     * properties that prove a null is rejected as a typed problem.
     *
     * @param values the values
     * @param percentNull how often to give null
     * @param <T> the values' type
     * @return the generator
     */
    public static <T> Gen<T> orNull(Gen<T> values, int percentNull) {
        return values.toOptionals(percentNull).map(o -> o.orElse(null));
    }

    /**
     * Any text of up to {@value #MAX_LENGTH} UTF-16 units, as a caller could pass: any char of the
     * Basic Multilingual Plane (lone surrogates included), any code point, or printable ASCII, with
     * the empty text, blanks (the ideographic space U+3000 among them), control characters and
     * numbers among the edges.
     *
     * @return the generator
     */
    public static Gen<String> text() {
        return text(0, MAX_LENGTH);
    }

    /**
     * Any text whose length in UTF-16 units lies in a range, drawn as {@link #text()} is.
     *
     * @param minLength the least length
     * @param maxLength the greatest length
     * @return the generator
     */
    public static Gen<String> text(int minLength, int maxLength) {
        Gen<String> anyChars = charsBetween(0, Character.MAX_VALUE, minLength, maxLength);
        Gen<String> ascii = charsBetween(0x20, 0x7e, minLength, maxLength);
        Gen<String> codePoints = integers().between(Character.MIN_CODE_POINT, Character.MAX_CODE_POINT)
                .map((Integer cp) -> new String(Character.toChars(cp)));
        Gen<String> supplementary = listsOf(codePoints, minLength, maxLength)
                .map(parts -> String.join("", parts))
                .map(s -> s.length() > maxLength ? s.substring(0, maxLength) : s);
        List<String> edges = Arrays.asList("", " ", "\u3000", "\t", "\n", "\r\n", "\u0000", "0", "-1",
                "\uD800", "a", "あ", "  x  ").stream()
                .filter(s -> s.length() >= minLength && s.length() <= maxLength).collect(Collectors.toList());
        Gen<String> texts = edges.isEmpty() ? weighted(List.of(40, 35, 25), List.of(ascii, anyChars, supplementary))
                : weighted(List.of(36, 32, 22, 10), List.of(ascii, anyChars, supplementary, Generate.pick(edges)));
        return texts.describedAs(Generators::quoted);
    }

    /**
     * A text as a Java string literal, so a counter-example of blanks or control characters can be
     * read and pasted into a test.
     *
     * @param text the text
     * @return the literal
     */
    public static String quoted(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                s.append((char) c);
            } else {
                s.append(String.format("\\u%04x", c));
            }
        });
        return s.append('"').toString();
    }

    /**
     * Text of chars in a range of UTF-16 units.
     *
     * @param first the least char
     * @param last the greatest char
     * @param minLength the least length
     * @param maxLength the greatest length
     * @return the generator
     */
    public static Gen<String> charsBetween(int first, int last, int minLength, int maxLength) {
        Gen<Integer> chars = integers().between(first, last);
        return lists().of(chars).ofSizeBetween(minLength, maxLength).map(cs -> {
            StringBuilder s = new StringBuilder(cs.size());
            cs.forEach(c -> s.append((char) c.intValue()));
            return s.toString();
        });
    }

    /**
     * Text made of the given characters only.
     *
     * @param alphabet the characters to draw from
     * @param minLength the least length
     * @param maxLength the greatest length
     * @return the generator
     */
    public static Gen<String> textOf(String alphabet, int minLength, int maxLength) {
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(minLength, maxLength)
                .map(is -> is.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
    }

    /**
     * Any bytes, of up to {@value #MAX_LENGTH}: text that is not UTF-8 among them.
     *
     * @return the generator
     */
    public static Gen<byte[]> bytes() {
        return Generate.byteArrays(integers().between(0, MAX_LENGTH), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE,
                (byte) 0)).describedAs(Arrays::toString);
    }
}
