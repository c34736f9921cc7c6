package io.github.kisoku.kernel;

import io.vavr.collection.Array;

/**
 * An array handed to Vavr's {@code Array.ofAll}, which takes a collection's {@code toArray} as its
 * own: the array is made once, here, and not copied again.
 */
final class Wrapped extends java.util.AbstractCollection<Object> {
    private final Object[] items;

    private Wrapped(Object[] items) {
        this.items = items;
    }

    /**
     * A Vavr array of these items, which the caller gives up.
     *
     * @param items the items, not to be changed after
     * @param <T> the items' type
     * @return the array
     */
    @SuppressWarnings("unchecked")
    static <T> Array<T> array(Object[] items) {
        return (Array<T>) Array.ofAll(new Wrapped(items));
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
