package io.github.kisoku.fuzz;

import static io.github.kisoku.testing.Generators.anyInt;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.Generators.orNull;
import static io.github.kisoku.testing.Generators.withEdges;

import io.github.kisoku.testing.Generators;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of garbage for the bad-input fuzzing properties: values a careless or hostile caller
 * could pass, well outside what the rules expect.
 */
public final class FuzzGenerators {
    private FuzzGenerators() {
    }

    /**
     * Any date {@code java.time} can hold, from {@link LocalDate#MIN} to {@link LocalDate#MAX}, with
     * both ends, the days next to them and 1 January 1970 give or take a day among the edges.
     *
     * @return the generator
     */
    public static Gen<LocalDate> anyDates() {
        return longs(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Lists of any {@code int}s with nulls among them (about one element in twenty), of up to
     * {@value Generators#MAX_LENGTH} elements (the list size these properties always had), with the
     * empty list and the lists of one null, one zero and one extreme {@code int} among the edges.
     *
     * @return the generator
     */
    public static Gen<List<Integer>> intListsWithNulls() {
        return withEdges(listsOf(orNull(anyInt(), 5), 0, Generators.MAX_LENGTH), List.of(List.of(),
                Collections.singletonList(null), List.of(0), List.of(Integer.MIN_VALUE), List.of(Integer.MAX_VALUE)));
    }
}
