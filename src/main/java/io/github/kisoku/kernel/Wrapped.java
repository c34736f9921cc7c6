package io.github.kisoku.kernel;

import io.vavr.collection.Array;

/**
 * An array handed to Vavr's {@code Array.ofAll}, which takes a collection's {@code toArray} as its
 * own: the array is made once, by the caller, and not copied again. One handoff may pass several
 * arrays in turn (a decision's two kinds of reasons); it is made and dropped within one call and
 * never shared.
 */
final class Wrapped extends java.util.AbstractCollection<Object> {
    private static final Object[] NONE = {};

    private Object[] items = NONE;

    /**
     * A Vavr array of these items, which the caller gives up.
     *
     * @param items the items, not to be changed after
     * @param <T> the items' type
     * @return the array
     */
    static <T> Array<T> array(Object[] items) {
        return new Wrapped().take(items);
    }

    /**
     * A Vavr array of these items, which the caller gives up; this handoff can pass the next.
     *
     * @param given the items, not to be changed after
     * @param <T> the items' type
     * @return the array
     */
    @SuppressWarnings("unchecked")
    <T> Array<T> take(Object[] given) {
        items = given;
        return (Array<T>) Array.ofAll(this);
    }

    @Override
    public Object[] toArray() {
        return items;
    }

    @Override
    public java.util.Iterator<Object> iterator() {
        return java.util.Arrays.asList(items).iterator();
    }

    @Override
    public int size() {
        return items.length;
    }
}
