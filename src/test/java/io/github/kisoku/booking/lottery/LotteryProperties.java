package io.github.kisoku.booking.lottery;

import static io.github.kisoku.booking.lottery.LotteryTest.NISHI;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.BlockSlot;
import io.github.kisoku.booking.Slot;
import io.vavr.collection.List;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The draw never gives a block-slot twice, is reproducible, and moves alternates up in order. */
class LotteryProperties {
    private static final List<String> UNITS = List.of("nishi.washitsu", "nishi.washitsu-1", "nishi.washitsu-2",
            "nishi.kaigi-1");

    @Provide
    Arbitrary<java.util.List<int[]>> applications() {
        return Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(3).list().ofMinSize(1).ofMaxSize(25);
    }

    private static Pool pool(java.util.List<int[]> specs) {
        List<Application> apps = List.ofAll(specs).zipWithIndex().map(t -> {
            int[] a = t._1;
            List<Slot> all = NISHI.facility("nishi").get().slots();
            List<Slot> slots = all.drop(a[1] % 3).take(1 + a[2] % 2);
            return LotteryTest.app(String.format("A%03d", t._2), "G" + (a[2] % 7), UNITS.get(a[0] % UNITS.size()),
                    slots.toJavaArray(Slot[]::new));
        });
        return Pool.freeze(NISHI, apps, LotteryTest.CLOSED).get();
    }

    private static void noBlockSlotTwice(LotteryResult r) {
        List<BlockSlot> taken = r.winners().flatMap(w -> r.pool().entries().find(e -> e.id().equals(w)).get()
                .blockSlots());
        assertThat(taken.distinct().size()).isEqualTo(taken.size());
    }

    @Property(tries = 200)
    void neverTwiceAndReproducible(@ForAll("applications") java.util.List<int[]> specs,
            @ForAll("seeds") String seed) {
        Pool p = pool(specs);
        SeedCommitment s = new SeedCommitment(seed, LocalDateTime.of(2026, 6, 1, 0, 0), "test");
        LotteryResult r = Lottery.draw(p, s).get();
        noBlockSlotTwice(r);
        assertThat(Lottery.draw(p, s).get()).isEqualTo(r);
        assertThat(Lottery.replay(r.log()).value()).isTrue();
        assertThat(r.winners().size() + r.alternates().size()).isEqualTo(p.entries().size());
        // every loser met a winner's block-slot
        assertThat(r.alternates().forAll(a -> r.blockedBy().get(a).exists(b -> !b.isEmpty()))).isTrue();
    }

    @Property(tries = 200)
    void alternatesMoveUpInOrder(@ForAll("applications") java.util.List<int[]> specs, @ForAll("seeds") String seed,
            @ForAll int pick) {
        Pool p = pool(specs);
        LotteryResult r = Lottery.draw(p, new SeedCommitment(seed, LocalDateTime.of(2026, 6, 1, 0, 0), "test")).get();
        String released = r.winners().get(Math.floorMod(pick, r.winners().size()));
        LotteryResult.Promotion up = r.release(released);
        noBlockSlotTwice(up.result());
        // promoted in draw order, and each promoted one precedes, in the alternates, any it overtook
        assertThat(up.promoted()).isEqualTo(r.alternates().filter(up.promoted()::contains));
        assertThat(up.result().alternates()).isEqualTo(r.alternates().removeAll(up.promoted()));
        assertThat(up.result().winners()).doesNotContain(released);
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
    }
}
