package io.github.kisoku.booking.lottery;

import static io.github.kisoku.booking.BookingGenerators.lotterySeeds;
import static io.github.kisoku.booking.BookingGenerators.slotRuns;
import static io.github.kisoku.booking.lottery.LotteryTest.NISHI;
import static io.github.kisoku.testing.Generators.anyInt;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.BlockSlot;
import io.github.kisoku.booking.Slot;
import io.vavr.collection.List;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The draw never gives a block-slot twice, is reproducible, and moves alternates up in order. */
class LotteryProperties {
    private static final List<String> UNITS = List.of("nishi.washitsu", "nishi.washitsu-1", "nishi.washitsu-2",
            "nishi.kaigi-1");

    /** An application of the pool: its group, unit and run of slots; its id is its place, A000 on. */
    private record Entry(String groupId, String unitId, List<Slot> slots) {
        @Override
        public String toString() {
            return groupId + " " + unitId + " " + slots.mkString("+");
        }
    }

    /**
     * Pools of 1–25 applications by groups G0–G6 for the joined 日本間, its halves or 会議室1, for
     * one or two of the day's slots from one of its first three (so that they collide).
     */
    private static Gen<java.util.List<Entry>> applications() {
        Gen<Entry> entries = ints(0, 6).zip(oneOf(UNITS.asJava()), slotRuns(2, 2),
                (g, u, s) -> new Entry("G" + g, u, s));
        return listsOf(entries, 1, 25).describedAs(es -> IntStream.range(0, es.size())
                .mapToObj(i -> String.format("%s: %s", id(i), es.get(i))).collect(Collectors.joining(", ", "[", "]")));
    }

    private static String id(int place) {
        return String.format("A%03d", place);
    }

    private static Pool pool(java.util.List<Entry> entries) {
        List<Application> apps = List.ofAll(entries).zipWithIndex().map(t -> LotteryTest.app(id(t._2), t._1.groupId(),
                t._1.unitId(), t._1.slots().toJavaArray(Slot[]::new)));
        return Pool.freeze(NISHI, apps, LotteryTest.CLOSED).get();
    }

    private static void noBlockSlotTwice(LotteryResult r) {
        List<BlockSlot> taken = r.winners().flatMap(w -> r.pool().entries().find(e -> e.id().equals(w)).get()
                .blockSlots());
        assertThat(taken.distinct().size()).isEqualTo(taken.size());
    }

    @Test
    void neverTwiceAndReproducible() {
        property(200).forAll(applications(), lotterySeeds()).checkAssert(LotteryProperties::neverTwiceAndReproducible);
    }

    private static void neverTwiceAndReproducible(java.util.List<Entry> entries, String seed) {
        Pool p = pool(entries);
        SeedCommitment s = new SeedCommitment(seed, LocalDateTime.of(2026, 6, 1, 0, 0), "test");
        LotteryResult r = Lottery.draw(p, s).get();
        noBlockSlotTwice(r);
        assertThat(Lottery.draw(p, s).get()).isEqualTo(r);
        assertThat(Lottery.replay(r.log()).value()).isTrue();
        logReadsBack(r);
        // the entry each application gives for its unit is the one the pool froze for it
        assertThat(p.applications().map(a -> a.entry(NISHI.unit(a.request().unitId()).get()))).isEqualTo(p.entries());
        assertThat(r.winners().size() + r.alternates().size()).isEqualTo(p.entries().size());
        // every loser met a winner's block-slot
        assertThat(r.alternates().forAll(a -> r.blockedBy().get(a).exists(b -> !b.isEmpty()))).isTrue();
        drawnInTheDocumentedOrder(p, s);
        // the same with tiers and weights
        List<Application> weighted = p.applications().zipWithIndex().map(t -> t._2 % 3 == 0 ? t._1
                : t._1.withPriority(Priority.of(t._2 % 2, 1 + t._2 % 4)));
        drawnInTheDocumentedOrder(Pool.freeze(NISHI, weighted, LotteryTest.CLOSED).get(), s);
    }

    /**
     * The log of a draw: each block-slot's line is its draw order ({@link LotteryResult#orderPerBlockSlot()}),
     * in block-slot order; its text reads back to the same log, which renders to the same text and
     * re-runs.
     */
    static void logReadsBack(LotteryResult r) {
        LotteryLog log = r.log();
        assertThat(log.perBlockSlot()).isEqualTo(r.orderPerBlockSlot().map(t -> t._1 + " : " + t._2.mkString(",")).toList());
        String text = log.render();
        LotteryLog read = LotteryLog.parse(text);
        assertThat(read).isEqualTo(log);
        assertThat(read.render()).isEqualTo(text);
        assertThat(Lottery.replay(read).value()).isTrue();
    }

    /**
     * The draw order is the documented one (tier, then the key as an unsigned integer, then id),
     * however many of a key's bits are sorted before its whole digest is read.
     */
    private static void drawnInTheDocumentedOrder(Pool p, SeedCommitment s) {
        List<String> documented = p.entries().sorted(java.util.Comparator
                .comparingInt((io.github.kisoku.booking.lottery.Entry e) -> e.priority().tier())
                .thenComparing(e -> Lottery.key(s.seed(), p.hash(), e))
                .thenComparing(io.github.kisoku.booking.lottery.Entry::id))
                .map(io.github.kisoku.booking.lottery.Entry::id);
        assertThat(Lottery.draw(p, s).get().order()).isEqualTo(documented);
        for (int bits : new int[] {1, 3, 8, 40}) {
            assertThat(List.ofAll(Lottery.order(p, s, bits)).map(i -> p.entries().get(i).id())).isEqualTo(documented);
        }
    }

    @Test
    void alternatesMoveUpInOrder() {
        property(200).forAll(applications(), lotterySeeds(), anyInt())
                .checkAssert(LotteryProperties::alternatesMoveUpInOrder);
    }

    private static void alternatesMoveUpInOrder(java.util.List<Entry> entries, String seed, int pick) {
        Pool p = pool(entries);
        LotteryResult r = Lottery.draw(p, new SeedCommitment(seed, LocalDateTime.of(2026, 6, 1, 0, 0), "test")).get();
        String released = r.winners().get(Math.floorMod(pick, r.winners().size()));
        LotteryResult.Promotion up = r.release(released);
        noBlockSlotTwice(up.result());
        // promoted in draw order, and each promoted one precedes, in the alternates, any it overtook
        assertThat(up.promoted()).isEqualTo(r.alternates().filter(up.promoted()::contains));
        assertThat(up.result().alternates()).isEqualTo(r.alternates().removeAll(up.promoted()));
        assertThat(up.result().winners()).doesNotContain(released);
        // who blocked each alternate at the draw, for those still waiting
        assertThat(up.result().blockedBy()).isEqualTo(r.blockedBy().removeAll(up.promoted()));
        assertThat(r.blockedBy().keySet()).isEqualTo(r.alternates().toSet());
    }
}
