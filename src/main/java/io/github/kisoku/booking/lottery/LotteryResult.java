package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BlockSlot;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;

/**
 * The outcome of a draw (抽選結果): the draw order, the winners (当選), the alternates (次点) in
 * order, who blocked each loser, and the winners released since (cancelled or lapsed), with the
 * alternates who moved up. Immutable and thread-safe.
 */
public final class LotteryResult {
    private final Pool pool;
    private final SeedCommitment seed;
    private final List<Entry> order;
    private final Map<BlockSlot, String> holders;
    private final List<String> winners;
    private final List<String> alternates;
    private final Map<String, List<String>> blockedBy;
    private final List<String> released;
    private final List<String> drawnWinners;
    private final List<String> drawnAlternates;

    private LotteryResult(Pool pool, SeedCommitment seed, List<Entry> order, Map<BlockSlot, String> holders,
            List<String> winners, List<String> alternates, Map<String, List<String>> blockedBy,
            List<String> released, List<String> drawnWinners, List<String> drawnAlternates) {
        this.drawnWinners = drawnWinners;
        this.drawnAlternates = drawnAlternates;
        this.pool = pool;
        this.seed = seed;
        this.order = order;
        this.holders = holders;
        this.winners = winners;
        this.alternates = alternates;
        this.blockedBy = blockedBy;
        this.released = released;
    }

    static LotteryResult allocate(Pool pool, SeedCommitment seed, List<Entry> order) {
        Map<BlockSlot, String> holders = HashMap.empty();
        List<String> winners = List.empty();
        List<String> alternates = List.empty();
        Map<String, List<String>> blockedBy = HashMap.empty();
        for (Entry e : order) {
            Map<BlockSlot, String> h = holders;
            List<String> blockers = e.blockSlots().toList().flatMap(h::get).distinct();
            if (blockers.isEmpty()) {
                for (BlockSlot bs : e.blockSlots()) {
                    holders = holders.put(bs, e.id());
                }
                winners = winners.append(e.id());
            } else {
                alternates = alternates.append(e.id());
                blockedBy = blockedBy.put(e.id(), blockers);
            }
        }
        return new LotteryResult(pool, seed, order, holders, winners, alternates, blockedBy, List.empty(), winners,
                alternates);
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
        if (!winners.contains(winnerId)) {
            return new Promotion(this, List.empty());
        }
        Map<BlockSlot, String> h = holders.filter(t -> !t._2.equals(winnerId));
        List<String> w = winners.remove(winnerId);
        List<String> promoted = List.empty();
        for (String alt : alternates) {
            Entry e = order.find(x -> x.id().equals(alt)).get();
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
        return new Promotion(new LotteryResult(pool, seed, order, h, w, alternates.removeAll(p),
                blockedBy.removeAll(p), released.append(winnerId), drawnWinners, drawnAlternates), promoted);
    }

    /** {@return the pool drawn} */
    public Pool pool() {
        return pool;
    }

    /** {@return the seed used} */
    public SeedCommitment seed() {
        return seed;
    }

    /** {@return the draw order, first served first} */
    public List<String> order() {
        return order.map(Entry::id);
    }

    /** {@return the winners: first those of the draw, then those who moved up, in order} */
    public List<String> winners() {
        return winners;
    }

    /** {@return the alternates (次点) still waiting, in order} */
    public List<String> alternates() {
        return alternates;
    }

    /** {@return the winners released since the draw} */
    public List<String> released() {
        return released;
    }

    /** {@return for each loser, the winners whose block-slots it met at the draw} */
    public Map<String, List<String>> blockedBy() {
        return blockedBy;
    }

    /** {@return who holds each block-slot now} */
    public Map<BlockSlot, String> holders() {
        return holders;
    }

    /** {@return for each block-slot, the draw order of the applications that ask for it} */
    public SortedMap<BlockSlot, List<String>> orderPerBlockSlot() {
        SortedMap<BlockSlot, List<String>> m = TreeMap.empty();
        for (Entry e : order) {
            for (BlockSlot bs : e.blockSlots()) {
                m = m.put(bs, m.get(bs).getOrElse(List.empty()).append(e.id()));
            }
        }
        return m;
    }

    /** {@return the winners as drawn, before any release} */
    public List<String> drawnWinners() {
        return drawnWinners;
    }

    /** {@return the alternates as drawn, before any release} */
    public List<String> drawnAlternates() {
        return drawnAlternates;
    }

    /** {@return the log of the draw as drawn (releases are not part of it)} */
    public LotteryLog log() {
        return LotteryLog.of(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LotteryResult && ((LotteryResult) o).pool.equals(pool)
                && ((LotteryResult) o).seed.equals(seed) && ((LotteryResult) o).order.equals(order)
                && ((LotteryResult) o).winners.equals(winners) && ((LotteryResult) o).alternates.equals(alternates)
                && ((LotteryResult) o).released.equals(released);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(pool, seed, winners);
    }

    @Override
    public String toString() {
        return "LotteryResult[winners=" + winners + ", alternates=" + alternates + "]";
    }
}
