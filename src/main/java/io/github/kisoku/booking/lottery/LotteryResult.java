package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BlockSlot;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import org.immutables.value.Value;

/**
 * The outcome of a draw (抽選結果): the draw order, the winners (当選), the alternates (次点) in
 * order, who blocked each loser, and the winners released since (cancelled or lapsed), with the
 * alternates who moved up. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class LotteryResult {
    LotteryResult() {
    }

    /**
     * Serves the entries in draw order: one whose block-slots are all free wins them, one that meets
     * a held block-slot loses. Block-slots are looked up by their dense index in the pool's layout,
     * who holds each kept in an array (the draw's working state is local and mutable, made
     * immutable once at the end); who blocked each loser is worked out when asked for.
     *
     * @param order the draw order, as indexes into the pool's entries
     */
    static LotteryResult allocate(Pool pool, SeedCommitment seed, int[] order) {
        Layout layout = pool.layout();
        Entry[] entries = layout.entries;
        int[] holder = holders(layout);
        int n = order.length;
        Entry[] drawn = new Entry[n];
        String[] winners = new String[n];
        String[] alternates = new String[n];
        int w = 0;
        int a = 0;
        for (int j = 0; j < n; j++) {
            int i = order[j];
            drawn[j] = entries[i];
            if (serve(holder, layout.shapes[i].slots, i)) {
                winners[w++] = entries[i].id();
            } else {
                alternates[a++] = entries[i].id();
            }
        }
        List<String> won = List.ofAll(java.util.Arrays.asList(winners).subList(0, w));
        List<String> lost = List.ofAll(java.util.Arrays.asList(alternates).subList(0, a));
        return ImmutableLotteryResult.create(pool, seed, List.of(drawn), won, lost, List.empty(), won, lost,
                new Drawn(order));
    }

    /** {@return who holds each of a layout's block-slots, by dense index: none yet (-1)} */
    private static int[] holders(Layout layout) {
        int[] holder = new int[layout.blockSlots.length];
        java.util.Arrays.fill(holder, -1);
        return holder;
    }

    /**
     * Serves one entry: when its block-slots are all free it takes them.
     *
     * @return whether it won
     */
    private static boolean serve(int[] holder, int[] slots, int entry) {
        for (int s : slots) {
            if (holder[s] >= 0) {
                return false;
            }
        }
        for (int s : slots) {
            holder[s] = entry;
        }
        return true;
    }

    /** The winners who hold an entry's block-slots, each once, in the order of the block-slots. */
    private static List<String> blockers(Entry[] entries, int[] holder, int[] slots) {
        List<String> blockers = List.empty();
        for (int s : slots) {
            if (holder[s] >= 0 && !blockers.contains(entries[holder[s]].id())) {
                blockers = blockers.prepend(entries[holder[s]].id());
            }
        }
        return blockers.reverse();
    }

    /**
     * The draw order as indexes into the pool's layout, which the log's per-block-slot lines are
     * gathered by (the same order as {@link #drawOrder()}).
     */
    static final class Drawn {
        /** The indexes, never changed. */
        final int[] order;

        Drawn(int[] order) {
            this.order = order;
        }
    }

    /**
     * What a release changed.
     *
     * @param result the result after the release
     * @param promoted the alternates who moved up, in order
     */
    public record Promotion(LotteryResult result, List<String> promoted) {
    }

    /**
     * Releases a winner whose hold was cancelled or lapsed, and moves up the alternates, in draw
     * order, whose block-slots are now all free.
     *
     * @param winnerId the released winner's id
     * @return the new result and who moved up; unchanged when the id is not a current winner
     */
    public Promotion release(String winnerId) {
        if (!winners().contains(winnerId)) {
            return new Promotion(this, List.empty());
        }
        Map<BlockSlot, String> h = holders().filter(t -> !t._2.equals(winnerId));
        List<String> w = winners().remove(winnerId);
        List<String> promoted = List.empty();
        for (String alt : alternates()) {
            Entry e = drawOrder().find(x -> x.id().equals(alt)).get();
            Map<BlockSlot, String> current = h;
            if (e.blockSlots().forAll(bs -> !current.containsKey(bs))) {
                for (BlockSlot bs : e.blockSlots()) {
                    h = h.put(bs, alt);
                }
                w = w.append(alt);
                promoted = promoted.append(alt);
            }
        }
        List<String> p = promoted;
        return new Promotion(ImmutableLotteryResult.create(pool(), seed(), drawOrder(), w, alternates().removeAll(p),
                released().append(winnerId), drawnWinners(), drawnAlternates(), drawn()), promoted);
    }

    /** {@return the pool drawn} */
    public abstract Pool pool();

    /** {@return the seed used} */
    public abstract SeedCommitment seed();

    /** {@return the entries in draw order} */
    abstract List<Entry> drawOrder();

    /** {@return the draw order, first served first} */
    public List<String> order() {
        return drawOrder().map(Entry::id);
    }

    /** {@return the winners: first those of the draw, then those who moved up, in order} */
    public abstract List<String> winners();

    /** {@return the alternates (次点) still waiting, in order} */
    public abstract List<String> alternates();

    /** {@return the winners released since the draw} */
    public abstract List<String> released();

    /**
     * For each alternate still waiting, the winners whose block-slots it met at the draw. Worked out
     * when asked for, by serving the draw order again (the draw itself needs only who won): a map
     * with an entry per loser, built for every draw, was a third of what a large draw allocated.
     *
     * @return the blockers of each alternate
     */
    @Value.Lazy
    public Map<String, List<String>> blockedBy() {
        Layout layout = pool().layout();
        Entry[] entries = layout.entries;
        int[] holder = holders(layout);
        java.util.Set<String> waiting = new java.util.HashSet<>(alternates().asJava());
        Map<String, List<String>> blockedBy = HashMap.empty();
        for (int i : drawn().order) {
            int[] slots = layout.shapes[i].slots;
            if (!serve(holder, slots, i) && waiting.contains(entries[i].id())) {
                blockedBy = blockedBy.put(entries[i].id(), blockers(entries, holder, slots));
            }
        }
        return blockedBy;
    }

    /**
     * Who holds each block-slot now: the block-slots of the winners. Worked out when asked for, from
     * the winners and their entries (winners never share a block-slot), not kept with the result:
     * building this map for every draw cost more than a tenth of the draw.
     *
     * @return each block-slot held, with its winner
     */
    public Map<BlockSlot, String> holders() {
        java.util.Set<String> current = new java.util.HashSet<>(winners().asJava());
        java.util.Map<BlockSlot, String> held = new java.util.HashMap<>();
        for (Entry e : drawOrder()) {
            if (current.contains(e.id())) {
                for (BlockSlot bs : e.blockSlots()) {
                    held.put(bs, e.id());
                }
            }
        }
        return HashMap.ofAll(held);
    }

    /** {@return for each block-slot, the draw order of the applications that ask for it} */
    public SortedMap<BlockSlot, List<String>> orderPerBlockSlot() {
        // gathered in a local hash map and sorted once: a persistent tree per application cost more
        // than the rest of the log
        java.util.Map<BlockSlot, java.util.ArrayList<String>> per = new java.util.HashMap<>();
        for (Entry e : drawOrder()) {
            for (BlockSlot bs : e.blockSlots()) {
                per.computeIfAbsent(bs, k -> new java.util.ArrayList<>()).add(e.id());
            }
        }
        return TreeMap.ofAll(per.entrySet().stream(), java.util.Map.Entry::getKey, x -> List.ofAll(x.getValue()));
    }

    /**
     * Each block-slot's draw order as the log writes it, {@code block-slot : id,id}, in block-slot
     * order: the lines of {@link #orderPerBlockSlot()}, gathered by the block-slots' dense indexes
     * (how many ask for each counted first, then the asking entries laid out block-slot by
     * block-slot in draw order) and each line written at its final size, without building the tree.
     *
     * @return the lines
     */
    List<String> perBlockSlotLines() {
        Layout layout = pool().layout();
        BlockSlot[] blockSlots = layout.blockSlots;
        int m = blockSlots.length;
        int[] order = drawn().order;
        int[] start = new int[m + 1];
        for (int i : order) {
            for (int s : layout.shapes[i].slots) {
                start[s + 1]++;
            }
        }
        for (int s = 0; s < m; s++) {
            start[s + 1] += start[s];
        }
        int[] next = java.util.Arrays.copyOf(start, m);
        int[] asking = new int[start[m]];
        for (int i : order) {
            for (int s : layout.shapes[i].slots) {
                asking[next[s]++] = i;
            }
        }
        Integer[] sorted = new Integer[m];
        for (int s = 0; s < m; s++) {
            sorted[s] = s;
        }
        java.util.Arrays.sort(sorted, (x, y) -> blockSlots[x].compareTo(blockSlots[y]));
        String[] lines = new String[m];
        for (int k = 0; k < m; k++) {
            int s = sorted[k];
            // the block-slot's part is some 40 characters: 64 leaves room for it and " : "
            StringBuilder line = new StringBuilder(64 + layout.idsLength(asking, start[s], start[s + 1]));
            blockSlots[s].appendTo(line).append(" : ");
            lines[k] = layout.appendIds(line, asking, start[s], start[s + 1]).toString();
        }
        return List.of(lines);
    }

    /**
     * The draw's lists of ids as the log writes them, each joined by commas: the order, the winners
     * and the alternates as drawn (served again over the layout: the draw keeps only their ids).
     *
     * @return the three texts
     */
    String[] idLines() {
        Layout layout = pool().layout();
        int[] order = drawn().order;
        int[] holder = holders(layout);
        int[] winners = new int[order.length];
        int[] alternates = new int[order.length];
        int w = 0;
        int a = 0;
        for (int i : order) {
            if (serve(holder, layout.shapes[i].slots, i)) {
                winners[w++] = i;
            } else {
                alternates[a++] = i;
            }
        }
        return new String[] {layout.ids(order, order.length), layout.ids(winners, w), layout.ids(alternates, a)};
    }

    /** {@return the winners as drawn, before any release} */
    public abstract List<String> drawnWinners();

    /** {@return the alternates as drawn, before any release} */
    public abstract List<String> drawnAlternates();

    /**
     * The draw order as indexes into the pool's layout (not part of equality: the draw order
     * decides it).
     *
     * @return the indexes
     */
    @Value.Auxiliary
    abstract Drawn drawn();

    /** {@return the log of the draw as drawn (releases are not part of it)} */
    public LotteryLog log() {
        return LotteryLog.of(this);
    }
}
