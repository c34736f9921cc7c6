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

    static LotteryResult allocate(Pool pool, SeedCommitment seed, List<Entry> order) {
        // the draw's working state is local and mutable, made immutable once at the end; the lists are
        // built newest first and reversed once (appending to a list copies it: the draw was quadratic)
        java.util.Map<BlockSlot, String> holders = new java.util.HashMap<>();
        List<String> winners = List.empty();
        List<String> alternates = List.empty();
        Map<String, List<String>> blockedBy = HashMap.empty();
        for (Entry e : order) {
            List<String> blockers = List.empty();
            for (BlockSlot bs : e.blockSlots()) {
                String holder = holders.get(bs);
                if (holder != null && !blockers.contains(holder)) {
                    blockers = blockers.prepend(holder);
                }
            }
            if (blockers.isEmpty()) {
                for (BlockSlot bs : e.blockSlots()) {
                    holders.put(bs, e.id());
                }
                winners = winners.prepend(e.id());
            } else {
                alternates = alternates.prepend(e.id());
                blockedBy = blockedBy.put(e.id(), blockers.reverse());
            }
        }
        winners = winners.reverse();
        alternates = alternates.reverse();
        return ImmutableLotteryResult.create(pool, seed, order, winners, alternates, List.empty(), blockedBy,
                HashMap.ofAll(holders), winners, alternates);
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
                released().append(winnerId), blockedBy().removeAll(p), h, drawnWinners(), drawnAlternates()), promoted);
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

    /** {@return for each loser, the winners whose block-slots it met at the draw} */
    public abstract Map<String, List<String>> blockedBy();

    /** {@return who holds each block-slot now} */
    public abstract Map<BlockSlot, String> holders();

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

    /** {@return the winners as drawn, before any release} */
    public abstract List<String> drawnWinners();

    /** {@return the alternates as drawn, before any release} */
    public abstract List<String> drawnAlternates();

    /** {@return the log of the draw as drawn (releases are not part of it)} */
    public LotteryLog log() {
        return LotteryLog.of(this);
    }
}
