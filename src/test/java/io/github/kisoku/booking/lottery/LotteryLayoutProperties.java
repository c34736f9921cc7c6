package io.github.kisoku.booking.lottery;

import static io.github.kisoku.booking.BookingGenerators.lotterySeeds;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.Block;
import io.github.kisoku.booking.BlockSlot;
import io.github.kisoku.booking.Slot;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The draw's fast parts against plain oracles, over pools read back from logs (any ids, up to
 * hundreds of entries): the pool hash against SHA-256 of the {@link Entry#line()}s, the lists of
 * ids against joining the ids, the sort keys against {@link Lottery#key}, the draw order against
 * sorting by the documented key, and the log against its re-parse.
 */
class LotteryLayoutProperties {
    /**
     * Id characters: ASCII, the first non-ASCII char (U+0080, two bytes in UTF-8), é and kanji
     * (three bytes); none of the log's separators.
     */
    private static final String ID_CHARS = "AZ09-_\u0080é申込";

    private static final LocalDateTime CLOSED = LocalDateTime.of(2026, 6, 15, 17, 0);

    private static final List<BlockSlot> BLOCK_SLOTS = List.of(
            new BlockSlot(new Block("nishi", "日本間", 1), LocalDate.of(2026, 8, 5), slot(9, 12)),
            new BlockSlot(new Block("nishi", "日本間", 2), LocalDate.of(2026, 8, 5), slot(9, 12)),
            new BlockSlot(new Block("nishi", "日本間", 1), LocalDate.of(2026, 8, 5), slot(13, 17)),
            new BlockSlot(new Block("nishi", "会議室1", 1), LocalDate.of(2026, 8, 5), slot(9, 12)),
            new BlockSlot(new Block("nishi", "会議室1", 1), LocalDate.of(2026, 8, 6), slot(18, 21)));

    private static Slot slot(int from, int to) {
        return Slot.of(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    /** An entry as generated: its id, tier, weight and which of {@link #BLOCK_SLOTS} (a bit each). */
    private record Spec(String id, int tier, int weight, int slots) {
        Entry entry() {
            return new Entry(id, Priority.of(tier, weight), TreeSet.ofAll(BLOCK_SLOTS.zipWithIndex()
                    .filter(t -> (slots >> t._2 & 1) == 1).map(t -> t._1)));
        }
    }

    /** Ids of 1 to 70 chars (longer than the 64-byte scratch buffer too), tiers 0–2, weights 1–3. */
    private static Gen<Spec> specs() {
        return textOf(ID_CHARS, 1, 70).zip(ints(0, 2), ints(1, 3), ints(1, (1 << BLOCK_SLOTS.size()) - 1), Spec::new);
    }

    /** A pool read back from a log: its entries sorted by id, one per id. */
    private static Pool pool(java.util.List<Spec> specs) {
        return Pool.ofEntries(List.ofAll(specs).distinctBy(Spec::id).map(Spec::entry), CLOSED);
    }

    private static SeedCommitment seed(String seed) {
        return new SeedCommitment(seed, LocalDateTime.of(2026, 6, 1, 0, 0), "test");
    }

    @Test
    void poolHashIsTheHashOfItsLines() {
        property(100).forAll(listsOf(specs(), 1, 40)).checkAssert(specs -> {
            Pool p = pool(specs);
            String lines = p.entries().map(e -> e.line() + "\n").mkString();
            assertThat(p.hash()).isEqualTo(HexFormat.of().formatHex(Layout.sha256().digest(lines.getBytes(StandardCharsets.UTF_8))));
        });
    }

    @Test
    void aStringIsDigestedAsItsUtf8InTheScratchBufferWhenItFits() {
        property(300).forAll(textOf(ID_CHARS, 0, 80), ints(0, 80)).checkAssert((s, size) -> {
            MessageDigest md = Layout.sha256();
            byte[] scratch = new byte[size];
            byte[] buffer = Layout.update(md, s, scratch);
            assertThat(md.digest()).isEqualTo(Layout.sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
            if (s.length() <= size) {
                assertThat(buffer).isSameAs(scratch);
            } else {
                assertThat(buffer.length).isGreaterThanOrEqualTo(s.length());
            }
        });
    }

    @Test
    void listsOfIdsAreTheIdsJoinedByCommasAtTheirLength() {
        property(200).forAll(listsOf(specs(), 1, 40), listsOf(ints(0, Integer.MAX_VALUE), 0, 60), ints(0, 60), ints(0, 60))
                .checkAssert((specs, picks, a, b) -> {
                    Layout layout = pool(specs).layout();
                    int[] which = picks.stream().mapToInt(x -> x % layout.size()).toArray();
                    int from = Math.min(Math.min(a, b), which.length);
                    int to = Math.min(Math.max(a, b), which.length);
                    String joined = List.ofAll(java.util.Arrays.stream(which, from, to).boxed())
                            .map(i -> layout.entries[i].id()).mkString(",");
                    assertThat(layout.appendIds(new StringBuilder(), which, from, to).toString()).isEqualTo(joined);
                    assertThat(layout.idsLength(which, from, to)).isEqualTo(joined.length());
                    assertThat(layout.ids(which, to)).isEqualTo(List.ofAll(java.util.Arrays.stream(which, 0, to).boxed())
                            .map(i -> layout.entries[i].id()).mkString(","));
                });
    }

    @Test
    void sortKeysAreTheKeysFirst8Bytes() {
        property(100).forAll(listsOf(specs(), 1, 40), lotterySeeds()).checkAssert((specs, seed) -> {
            Pool p = pool(specs);
            long[] keys = Lottery.keys(p.layout(), Layout.sha256(), Lottery.prefix(seed, p.hash()));
            assertThat(List.ofAll(keys)).isEqualTo(p.entries().map(e -> Lottery.key(seed, p.hash(), e).shiftRight(192).longValue()));
        });
    }

    /** The index's bits: the fewest that hold every index below n, and at least those the key leaves. */
    @Test
    void theIndexTakesTheFewestLowBits() {
        property(300).forAll(ints(1, Integer.MAX_VALUE), ints(1, 64)).checkAssert((n, keyBits) -> {
            int bits = Math.max(64 - keyBits, BigInteger.valueOf(n - 1L).bitLength());
            assertThat(Lottery.indexMask(n, keyBits)).isEqualTo(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).longValue());
        });
        // one entry: no bits; 256 entries: 8 (indexes 0–255); 257: 9
        assertThat(Lottery.indexMask(1, 64)).isZero();
        assertThat(Lottery.indexMask(256, 64)).isEqualTo(0xFF);
        assertThat(Lottery.indexMask(257, 64)).isEqualTo(0x1FF);
    }

    /**
     * Over pools of up to 600 entries (indexes of 10 bits) with long and non-ASCII ids: the draw order
     * is the documented one however many key bits are sorted first, and the log renders, reads back
     * and re-runs to the same text.
     */
    @Test
    void largePoolsDrawInTheDocumentedOrderAndTheirLogsReadBack() {
        property(30).forAll(listsOf(specs(), 1, 600), lotterySeeds()).checkAssert((specs, seed) -> {
            Pool p = pool(specs);
            SeedCommitment s = seed(seed);
            List<String> documented = p.entries().sorted(java.util.Comparator
                    .comparingInt((Entry e) -> e.priority().tier())
                    .thenComparing(e -> Lottery.key(seed, p.hash(), e))
                    .thenComparing(Entry::id))
                    .map(Entry::id);
            LotteryResult r = Lottery.draw(p, s).get();
            assertThat(r.order()).isEqualTo(documented);
            for (int bits : new int[] {1, 8, 56}) {
                assertThat(List.ofAll(Lottery.order(p, s, bits)).map(i -> p.entries().get(i).id())).isEqualTo(documented);
            }
            LotteryProperties.logReadsBack(r);
        });
    }
}
