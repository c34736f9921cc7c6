package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BlockSlot;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A pool laid out for the draw and its log, once, when the pool is frozen: the entries by index,
 * the pool's distinct block-slots by dense index, and for each entry its {@link Shape} — the
 * block-slots it asks for as those indexes, written and encoded once for every entry that asks
 * for the same ones. The draw then serves entries by index into arrays instead of looking
 * block-slots up in hash maps, and the pool hash and the log write each line from these parts
 * instead of a string per line. Package-private; its arrays are filled here and never changed
 * after, nor handed out of the package.
 */
final class Layout {
    /** {@code |0|1|}: the priority part of the line of an entry without priority (most of them). */
    private static final String NO_PRIORITY = "|0|1|";

    /** The entries, in canonical order. */
    final Entry[] entries;

    /** Each entry's block-slots, by the entry's index. */
    final Shape[] shapes;

    /** The pool's distinct block-slots, by dense index. */
    final BlockSlot[] blockSlots;

    /**
     * The block-slots an entry asks for: their dense indexes, in the entry's (canonical) order,
     * and their part of the entry's line, {@code facility/room#n@date start-end;...}, as text and
     * as UTF-8.
     *
     */
    static final class Shape {
        /** The dense indexes. */
        final int[] slots;
        /** The line's part. */
        final String text;
        /** The same, encoded. */
        final byte[] utf8;

        Shape(int[] slots, String text, byte[] utf8) {
            this.slots = slots;
            this.text = text;
            this.utf8 = utf8;
        }
    }

    /**
     * Every id's characters, one after another in canonical order: the log writes ids in draw
     * order, and reading them from one array rather than from a string each, scattered over the
     * heap, keeps a large draw's ids in the cache.
     */
    private final char[] idChars;

    /** Where each entry's id ends in {@link #idChars}, by the entry's index. */
    private final int[] idEnd;

    private Layout(Entry[] entries, Shape[] shapes, BlockSlot[] blockSlots) {
        this.entries = entries;
        this.shapes = shapes;
        this.blockSlots = blockSlots;
        this.idEnd = new int[entries.length];
        int length = 0;
        for (int i = 0; i < entries.length; i++) {
            length += entries[i].id().length();
            idEnd[i] = length;
        }
        this.idChars = new char[length];
        for (int i = 0; i < entries.length; i++) {
            String id = entries[i].id();
            id.getChars(0, id.length(), idChars, idEnd[i] - id.length());
        }
    }

    /**
     * The ids of some entries joined by commas, as the log writes a list of ids.
     *
     * @param which the entries' indexes, in the order to write them
     * @param count how many of them
     * @return the text
     */
    String ids(int[] which, int count) {
        return appendIds(new StringBuilder(idsLength(which, 0, count)), which, 0, count).toString();
    }

    /**
     * How long the ids of some entries are joined by commas: the exact length of what
     * {@link #appendIds} writes, so that a list of ids is written into a builder of its final size.
     *
     * @param which the entries' indexes
     * @param from the first of them to count
     * @param to the end of them (exclusive)
     * @return the length
     */
    int idsLength(int[] which, int from, int to) {
        int length = Math.max(0, to - from - 1);
        for (int j = from; j < to; j++) {
            length += idEnd[which[j]] - idStart(which[j]);
        }
        return length;
    }

    /**
     * Writes the ids of some entries joined by commas.
     *
     * @param out the builder
     * @param which the entries' indexes, in the order to write them
     * @param from the first of them to write
     * @param to the end of them (exclusive)
     * @return the same builder
     */
    StringBuilder appendIds(StringBuilder out, int[] which, int from, int to) {
        for (int j = from; j < to; j++) {
            if (j > from) {
                out.append(',');
            }
            int start = idStart(which[j]);
            out.append(idChars, start, idEnd[which[j]] - start);
        }
        return out;
    }

    /** {@return where an entry's id starts in {@link #idChars}} */
    private int idStart(int i) {
        return i == 0 ? 0 : idEnd[i - 1];
    }

    /**
     * Lays entries out. Entries frozen together share one set of block-slots per unit, date and
     * slots, so a shape is found by the set's identity first and by its content only for a set not
     * met before (as in a pool read back from a log).
     *
     * @param entries the entries, in canonical order
     * @return the layout
     */
    static Layout of(List<Entry> entries) {
        Entry[] es = entries.toJavaArray(Entry[]::new);
        Shape[] shapes = new Shape[es.length];
        java.util.IdentityHashMap<SortedSet<BlockSlot>, Shape> same = new java.util.IdentityHashMap<>();
        java.util.Map<SortedSet<BlockSlot>, Shape> equal = new java.util.HashMap<>();
        java.util.Map<BlockSlot, Integer> index = new java.util.HashMap<>();
        // one builder for every shape's text: a builder per shape grew (and turned to UTF-16) each time
        StringBuilder text = new StringBuilder(64);
        for (int i = 0; i < es.length; i++) {
            SortedSet<BlockSlot> bs = es[i].blockSlots();
            Shape s = same.get(bs);
            if (s == null) {
                s = equal.get(bs);
                if (s == null) {
                    s = shape(bs, index, text);
                    equal.put(bs, s);
                }
                same.put(bs, s);
            }
            shapes[i] = s;
        }
        BlockSlot[] distinct = new BlockSlot[index.size()];
        index.forEach((bs, i) -> distinct[i] = bs);
        return new Layout(es, shapes, distinct);
    }

    private static Shape shape(SortedSet<BlockSlot> blockSlots, java.util.Map<BlockSlot, Integer> index,
            StringBuilder text) {
        int[] slots = new int[blockSlots.size()];
        text.setLength(0);
        int k = 0;
        for (BlockSlot bs : blockSlots) {
            if (k > 0) {
                text.append(';');
            }
            bs.appendTo(text);
            slots[k++] = index.computeIfAbsent(bs, x -> index.size());
        }
        String t = text.toString();
        return new Shape(slots, t, t.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return how many entries} */
    int size() {
        return entries.length;
    }

    /**
     * An entry's priority as its line writes it, {@code |tier|weight|}.
     *
     * @param i the entry's index
     * @return the text
     */
    String priorityText(int i) {
        Priority p = entries[i].priority();
        return p.equals(Priority.NONE) ? NO_PRIORITY : "|" + p.tier() + "|" + p.weight() + "|";
    }

    /**
     * The SHA-256 hash of the entries' lines, each followed by a newline, in lower-case hex: the
     * bytes of {@link Entry#line()} fed in parts (a digest reads one stream), the block-slots'
     * part encoded once per shape.
     *
     * @return the hash
     */
    String hash() {
        MessageDigest md = sha256();
        byte[] scratch = new byte[64];
        for (int i = 0; i < entries.length; i++) {
            scratch = update(md, entries[i].id(), scratch);
            scratch = update(md, priorityText(i), scratch);
            md.update(shapes[i].utf8);
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Feeds a string's UTF-8 bytes to a digest: an ASCII string (an id, mostly) through a scratch
     * buffer, any other through {@link String#getBytes}.
     *
     * @param md the digest
     * @param s the string
     * @param scratch a buffer
     * @return the buffer, or a larger one when the string did not fit
     */
    static byte[] update(MessageDigest md, String s, byte[] scratch) {
        int n = s.length();
        byte[] buf = n <= scratch.length ? scratch : new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                return buf;
            }
            buf[i] = (byte) c;
        }
        md.update(buf, 0, n);
        return buf;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
