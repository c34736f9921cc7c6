package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The draw, algorithm {@value #ALGORITHM} (documented here so that anyone can re-run it):
 *
 * <ol>
 *   <li>The pool is frozen in canonical order (by application id) and hashed ({@link Pool#hash()}).</li>
 *   <li>Each application gets a key: for each of its {@code weight} tickets {@code t = 0, 1, …},
 *       SHA-256 of the UTF-8 text {@code seed + "\n" + poolHash + "\n" + id + "\n" + t}, read as an
 *       unsigned integer; the key is the smallest. With weight 1 for all (the default) every order is
 *       equally likely; with weights, the first place goes to an application in proportion to its
 *       weight.</li>
 *   <li>The draw order sorts by tier (lower first), then key, then id.</li>
 *   <li>Applications are served in that order: one whose block-slots are all still free wins and
 *       takes them; one that meets a block-slot already won loses, naming who blocked it. So a
 *       joined-room application and a part application compete through their blocks, and an
 *       application of 2 slots wins both or neither. Each block-slot's order is the draw order
 *       restricted to the applications that ask for it.</li>
 *   <li>The losers, in draw order, are the alternates (次点). When a winner's hold is cancelled or
 *       lapses, the alternates are taken in order and each whose block-slots are now all free
 *       moves up ({@link LotteryResult#release(String)}).</li>
 * </ol>
 * The method follows RFC 3797 (publish the pool, commit the seed before the pool closes, publish
 * the algorithm and the result); the draw itself is this library's (ruling 8). Pure and
 * thread-safe.
 */
public final class Lottery {
    /** The algorithm's name and version, written in every log. */
    public static final String ALGORITHM = "kisoku-lottery/1";

    private Lottery() {
    }

    /**
     * Draws a pool with a committed seed.
     *
     * @param pool the frozen pool
     * @param seed the seed, committed before the pool closed
     * @return the result, or the problem {@code seed-not-committed-in-time}
     */
    public static Validation<Seq<Problem>, LotteryResult> draw(Pool pool, SeedCommitment seed) {
        Require.nonNull(pool, "pool");
        Require.nonNull(seed, "seed");
        if (seed.seed() == null || seed.seed().isEmpty()) {
            return Validation.invalid(List.of(Problem.required("seed")));
        }
        if (!seed.committedAt().isBefore(pool.closedAt())) {
            return Validation.invalid(List.of(Problem.of(BookingProblem.SEED_TOO_LATE, "seed")
                    .withFigures("closedAt", pool.closedAt(), "committedAt", seed.committedAt())));
        }
        return Validation.valid(LotteryResult.allocate(pool, seed, order(pool, seed, Long.SIZE)));
    }

    /**
     * Re-runs a draw from its log and compares: the pool hash, the order, the winners and the
     * alternates must all be identical.
     *
     * @param log the log
     * @return true when the log re-runs to the identical result, with what was compared
     */
    public static Decision<Boolean> replay(LotteryLog log) {
        Require.nonNull(log, "log");
        Pool pool = Pool.ofEntries(log.pool(), log.poolClosedAt());
        Validation<Seq<Problem>, LotteryResult> again = draw(pool, log.seed());
        boolean hashOk = pool.hash().equals(log.poolHash());
        boolean algoOk = ALGORITHM.equals(log.algorithm());
        boolean same = again.isValid() && again.get().log().equals(log);
        String variant = hashOk ? (same ? "identical" : "rerun-differs") : (same ? "hash-differs" : "both-differ");
        Reason r = Reason.of(BookingRule.LOTTERY_REPLAY).variant(variant)
                .withFigures("poolHash", pool.hash(), "algorithm", log.algorithm());
        return Decision.of(hashOk && algoOk && same).because(r);
    }

    static BigInteger key(String seed, String poolHash, Entry e) {
        return new BigInteger(1, key(Layout.sha256(), prefix(seed, poolHash), e));
    }

    /**
     * The draw order, as indexes into the pool's entries: by tier, then key, then id. A key is
     * compared as the 32 bytes of its digest, unsigned and big-endian (the order of the unsigned
     * integers they are). Each entry's key is read as the long of its first 8 bytes and sorted as
     * a primitive, with the entry's index in its lowest bits (the canonical order is the order of
     * ids, so the index breaks ties as the id does); entries whose keys agree in the bits left
     * above the index, rare, are ordered again by their whole digests.
     *
     * @param pool the pool
     * @param seed the seed
     * @param keyBits how many of a key's high bits (1 to 64) to sort by before its whole digest is
     *     read: all 64 for a draw; fewer only to test the tie-break
     * @return the order
     */
    static int[] order(Pool pool, SeedCommitment seed, int keyBits) {
        // one digest for the whole draw: looking a digest up per ticket cost more than the hashing
        MessageDigest md = Layout.sha256();
        byte[] prefix = prefix(seed.seed(), pool.hash());
        Layout layout = pool.layout();
        int n = layout.size();
        Entry[] entries = layout.entries;
        long[] key = keys(layout, md, prefix);
        // the entries grouped by tier, in canonical order within a tier: (tier, index) as one long
        long[] byTier = new long[n];
        for (int i = 0; i < n; i++) {
            byTier[i] = ((long) entries[i].priority().tier() << 32) | i;
        }
        Arrays.sort(byTier);
        long low = indexMask(n, keyBits);
        long[] packed = new long[n];
        int[] order = new int[n];
        for (int from = 0, to; from < n; from = to) {
            int tier = (int) (byTier[from] >>> 32);
            to = from;
            while (to < n && (int) (byTier[to] >>> 32) == tier) {
                int i = (int) byTier[to];
                // flipping the sign bit makes the signed order of longs the unsigned order of keys
                packed[to++] = ((key[i] & ~low) | i) ^ Long.MIN_VALUE;
            }
            Arrays.sort(packed, from, to);
            for (int j = from; j < to; j++) {
                order[j] = (int) (packed[j] & low);
            }
            for (int j = from; j < to; ) {
                int end = j + 1;
                while (end < to && (packed[end] & ~low) == (packed[j] & ~low)) {
                    end++;
                }
                if (end - j > 1) {
                    tie(entries, order, j, end, md, prefix);
                }
                j = end;
            }
        }
        return order;
    }

    /**
     * Each entry's key as the draw sorts it first: the long of the first 8 bytes of its smallest
     * ticket's digest, big-endian (ticket 0's digest, without the tickets loop, for weight 1).
     *
     * @param layout the pool's layout
     * @param md a SHA-256 digest
     * @param prefix the tickets' prefix ({@link #prefix(String, String)})
     * @return the keys, by the entries' indexes
     */
    static long[] keys(Layout layout, MessageDigest md, byte[] prefix) {
        Entry[] entries = layout.entries;
        long[] key = new long[entries.length];
        byte[] scratch = new byte[64];
        byte[] digest = new byte[32];
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            if (e.priority().weight() == 1) {
                scratch = ticket(md, prefix, e.id(), scratch, digest);
                key[i] = high(digest);
            } else {
                key[i] = high(key(md, prefix, e));
            }
        }
        return key;
    }

    /**
     * The low bits of a packed sort key that hold an entry's index: the fewest that hold every
     * index of a pool of {@code n} entries (none for one entry), and at least the {@code 64 - keyBits}
     * the key leaves free; the key keeps the rest, so the fewer ties go to the whole digests.
     *
     * @param n how many entries, 1 or more
     * @param keyBits how many of a key's high bits may be kept, 1 to 64
     * @return the mask of those bits
     */
    static long indexMask(int n, int keyBits) {
        int bits = Math.max(Long.SIZE - keyBits, Long.SIZE - Long.numberOfLeadingZeros(n - 1L));
        return (1L << bits) - 1;
    }

    /** Orders entries whose keys' high bits agree by their whole digests, then by index (the id's order). */
    private static void tie(Entry[] entries, int[] order, int from, int to, MessageDigest md, byte[] prefix) {
        int[] index = Arrays.copyOfRange(order, from, to);
        Integer[] run = new Integer[index.length];
        byte[][] keys = new byte[index.length][];
        for (int r = 0; r < index.length; r++) {
            run[r] = r;
            keys[r] = key(md, prefix, entries[index[r]]);
        }
        Arrays.sort(run, (a, b) -> {
            int c = Arrays.compareUnsigned(keys[a], keys[b]);
            return c != 0 ? c : Integer.compare(index[a], index[b]);
        });
        for (int r = 0; r < index.length; r++) {
            order[from + r] = index[run[r]];
        }
    }

    /** The first 8 bytes of a digest as a long, big-endian. */
    private static long high(byte[] digest) {
        long k = 0;
        for (int b = 0; b < 8; b++) {
            k = (k << 8) | (digest[b] & 0xFF);
        }
        return k;
    }

    /** The start of every ticket's text, {@code seed + "\n" + poolHash + "\n"}, encoded once per draw. */
    static byte[] prefix(String seed, String poolHash) {
        return (seed + "\n" + poolHash + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The smallest ticket's digest: 32 bytes, read as an unsigned big-endian integer. */
    private static byte[] key(MessageDigest md, byte[] prefix, Entry e) {
        byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
        // a Priority's weight is 1 or more, so ticket 0 always exists
        byte[] best = ticket(md, prefix, id, 0);
        for (int t = 1; t < e.priority().weight(); t++) {
            byte[] k = ticket(md, prefix, id, t);
            best = Arrays.compareUnsigned(k, best) < 0 ? k : best;
        }
        return best;
    }

    // SHA-256 of seed + "\n" + poolHash + "\n" + id + "\n" + t: the same bytes, fed in parts (a digest
    // reads its input as one stream), the prefix and the id encoded once
    private static byte[] ticket(MessageDigest md, byte[] prefix, byte[] id, int t) {
        md.update(prefix);
        md.update(id);
        md.update((byte) '\n');
        return md.digest(Integer.toString(t).getBytes(StandardCharsets.US_ASCII));
    }

    /** Ticket 0 of an id, as {@link #ticket(MessageDigest, byte[], byte[], int)}, into a digest buffer. */
    private static byte[] ticket(MessageDigest md, byte[] prefix, String id, byte[] scratch, byte[] digest) {
        md.update(prefix);
        byte[] buf = Layout.update(md, id, scratch);
        md.update((byte) '\n');
        md.update((byte) '0');
        try {
            md.digest(digest, 0, digest.length);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
        return buf;
    }
}
