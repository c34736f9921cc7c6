package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;

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
        // one digest for the whole draw: looking a digest up per ticket cost more than the hashing
        MessageDigest md = sha256();
        byte[] prefix = prefix(seed.seed(), pool.hash());
        List<Entry> order = pool.entries().map(e -> Tuple.of(e, key(md, prefix, e)))
                .sorted(Comparator.comparing((Tuple2<Entry, BigInteger> t) -> t._1.priority().tier())
                        .thenComparing(t -> t._2).thenComparing(t -> t._1.id()))
                .map(t -> t._1);
        return Validation.valid(LotteryResult.allocate(pool, seed, order));
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
        return key(sha256(), prefix(seed, poolHash), e);
    }

    /** The start of every ticket's text, {@code seed + "\n" + poolHash + "\n"}, encoded once per draw. */
    private static byte[] prefix(String seed, String poolHash) {
        return (seed + "\n" + poolHash + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static BigInteger key(MessageDigest md, byte[] prefix, Entry e) {
        // a Priority's weight is 1 or more, so ticket 0 always exists
        BigInteger best = ticket(md, prefix, e, 0);
        for (int t = 1; t < e.priority().weight(); t++) {
            BigInteger k = ticket(md, prefix, e, t);
            best = k.compareTo(best) < 0 ? k : best;
        }
        return best;
    }

    // SHA-256 of seed + "\n" + poolHash + "\n" + id + "\n" + t: the same bytes, the prefix hashed from its copy
    private static BigInteger ticket(MessageDigest md, byte[] prefix, Entry e, int t) {
        md.update(prefix);
        return new BigInteger(1, md.digest((e.id() + "\n" + t).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
