package io.github.kisoku.booking.lottery;

import static io.github.kisoku.booking.lottery.LotteryTest.CLOSED;
import static io.github.kisoku.booking.lottery.LotteryTest.NISHI;
import static io.github.kisoku.booking.lottery.LotteryTest.SEED;
import static io.github.kisoku.booking.lottery.LotteryTest.app;
import static io.github.kisoku.booking.lottery.LotteryTest.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.booking.Slot;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.testing.ValueContract;
import io.vavr.collection.List;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lottery's edges: bad pools, seeds, priorities and logs are typed problems; the documented key is re-computed. */
class LotteryInputsAndLogTest {
    private static final Slot S9 = Slot.hours(9, 11);

    private static Problem only(InvalidInputException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().head();
    }

    @Test
    @DisplayName("RFC 3797 pool: a missing catalogue, application list or closing time is a problem naming it")
    void poolRequired() {
        List<Application> apps = List.of(app("A1", "G1", "nishi.kaigi-1", S9));
        assertThat(Pool.freeze(null, apps, CLOSED).getError().map(Problem::field)).containsExactly("catalogue");
        assertThat(Pool.freeze(NISHI, null, CLOSED).getError().map(Problem::field)).containsExactly("applications");
        assertThat(Pool.freeze(NISHI, apps, null).getError().map(Problem::field)).containsExactly("closedAt");
    }

    @Test
    @DisplayName("RFC 3797 pool: unknown units and duplicate ids are all reported")
    void poolProblems() {
        List<Application> apps = List.of(app("A1", "G1", "nishi.nowhere", S9), app("A1", "G2", "nishi.kaigi-1", S9));
        List<Problem> problems = List.ofAll(Pool.freeze(NISHI, apps, CLOSED).getError());
        assertThat(problems.map(Problem::code)).containsExactly("unknown-unit", "duplicate-id");
        assertThat(problems.head().field()).isEqualTo("applications[A1].unitId");
        assertThat(Pool.freeze(NISHI, List.of(app("A2", "G2", "nishi.kaigi-1", S9), app("A2", "G3",
                "nishi.kaigi-2", S9)), CLOSED).getError().map(Problem::code)).containsExactly("duplicate-id");
    }

    @Test
    @DisplayName("a pool keeps its applications in canonical order and finds them by id; equal pools hash alike")
    void poolValue() {
        Application b = app("B", "G2", "nishi.kaigi-1", S9);
        Application a = app("A", "G1", "nishi.kaigi-1", S9);
        Pool p = pool(b, a);
        assertThat(p.applications()).containsExactly(a, b);
        assertThat(p.application("B")).contains(b);
        assertThat(p.application("C")).isEmpty();
        ValueContract.check(p, pool(a, b), pool(a), Pool.freeze(NISHI, List.of(a, b), CLOSED.plusDays(1)).get());
        ValueContract.namesAttributes(p, "applications", "entries", "closedAt", "hash");
        assertThat(p.toString()).contains(p.hash());
    }

    @Test
    @DisplayName("a priority's tier is 0 or more and its weight 1 to 1000")
    void priorityRange() {
        assertThat(Priority.of(0, 1)).isEqualTo(Priority.NONE);
        assertThat(Priority.of(0, 1000).weight()).isEqualTo(1000);
        for (int[] bad : new int[][] {{-1, 1}, {0, 0}, {0, 1001}}) {
            assertThat(only(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                    () -> Priority.of(bad[0], bad[1]))).field()).isEqualTo("priority");
        }
    }

    @Test
    @DisplayName("RFC 3797: an empty or missing seed is a problem naming the seed")
    void seedRequired() {
        Pool p = pool(app("A1", "G1", "nishi.kaigi-1", S9));
        LocalDateTime early = LocalDateTime.of(2026, 6, 1, 0, 0);
        assertThat(Lottery.draw(p, new SeedCommitment("", early, "x")).getError().map(Problem::field))
                .containsExactly("seed");
        assertThat(Lottery.draw(p, new SeedCommitment(null, early, "x")).getError().map(Problem::code))
                .containsExactly("required");
        assertThat(Lottery.draw(p, new SeedCommitment("s", CLOSED.minusSeconds(1), "x")).isValid()).isTrue();
    }

    private static BigInteger sha(String text) throws NoSuchAlgorithmException {
        return new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("algorithm kisoku-lottery/1 as documented: the key is the smallest SHA-256 over the weight's tickets")
    void documentedKey() throws NoSuchAlgorithmException {
        Pool p = pool(app("A1", "G1", "nishi.kaigi-1", S9));
        Entry e = p.entries().head();
        String prefix = "seed\n" + p.hash() + "\nA1\n";
        assertThat(Lottery.key("seed", p.hash(), e)).isEqualTo(sha(prefix + 0));
        Entry heavy = new Entry("A1", Priority.of(0, 5), e.blockSlots());
        BigInteger min = List.range(0, 5).map(t -> {
            try {
                return sha(prefix + t);
            } catch (NoSuchAlgorithmException x) {
                throw new IllegalStateException(x);
            }
        }).min().get();
        assertThat(Lottery.key("seed", p.hash(), heavy)).isEqualTo(min);
    }

    @Test
    @DisplayName("algorithm kisoku-lottery/1: a lower tier is drawn first whatever the keys")
    void tiersFirst() {
        Application low = app("Z", "G1", "nishi.kaigi-1", S9).withPriority(Priority.of(0, 1));
        for (String seed : List.of("a", "b", "c", "d", "e", "f")) {
            Pool p = pool(app("A", "G2", "nishi.kaigi-1", S9).withPriority(Priority.of(1, 1)), low);
            LotteryResult r = Lottery.draw(p, new SeedCommitment(seed, LocalDateTime.of(2026, 6, 1, 0, 0), "t")).get();
            assertThat(r.winners()).containsExactly("Z");
            assertThat(r.alternates()).containsExactly("A");
        }
    }

    @Test
    @DisplayName("RFC 3797 audit: a log whose pool hash was altered does not replay")
    void tamperedLog() {
        LotteryResult r = Lottery.draw(pool(app("A1", "G1", "nishi.kaigi-1", S9), app("A2", "G2", "nishi.kaigi-1",
                S9)), SEED).get();
        String text = r.log().render();
        LotteryLog tampered = LotteryLog.parse(text.replace(r.pool().hash(), "0".repeat(64)));
        assertThat(Lottery.replay(tampered).value()).isFalse();
        assertThat(Lottery.replay(tampered).reasons().head().words()._2).isEqualTo("booking.lottery.replay#both-differ");
        LotteryLog otherAlgorithm = LotteryLog.parse(text.replace(Lottery.ALGORITHM, "other/9"));
        assertThat(Lottery.replay(otherAlgorithm).value()).isFalse();
        String winner = r.winners().head();
        String loser = r.alternates().head();
        LotteryLog swapped = LotteryLog.parse(text.replace("winners: " + winner, "winners: " + loser)
                .replace("alternates: " + loser, "alternates: " + winner));
        assertThat(Lottery.replay(swapped).value()).isFalse();
        assertThat(Lottery.replay(swapped).reasons().head().words()._2).isEqualTo("booking.lottery.replay#rerun-differs");
        assertThat(Lottery.replay(r.log()).reasons().head().words()._2).isEqualTo("booking.lottery.replay#identical");
        assertThat(List.of(tampered, otherAlgorithm, swapped)).allSatisfy(l -> assertThat(l).isNotEqualTo(r.log()));
        LotteryResult fewer = Lottery.draw(pool(app("A1", "G1", "nishi.kaigi-1", S9)), SEED).get();
        assertThat(fewer).isNotEqualTo(r);
        assertThat(r).isNotEqualTo(fewer);
    }

    @Test
    @DisplayName("a log reads back equal to itself; a missing or malformed line is a typed problem")
    void logParsing() {
        LotteryResult r = Lottery.draw(pool(app("A1", "G1", "nishi.kaigi-1", S9), app("A2", "G2", "nishi.kaigi-1",
                S9)), SEED).get();
        LotteryLog log = r.log();
        LotteryLog back = LotteryLog.parse(log.render());
        ValueContract.check(log, back, Lottery.draw(pool(app("A1", "G1", "nishi.kaigi-1", S9)), SEED).get().log());
        ValueContract.namesAttributes(log, "algorithm", "poolHash", "poolClosedAt", "seed", "pool", "order",
                "perBlockSlot", "winners", "alternates");
        assertThat(back.order()).isEqualTo(r.order());
        assertThat(back.alternates()).isEqualTo(r.alternates());
        String text = log.render();
        assertThat(only(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> LotteryLog.parse(text.replaceAll("(?m)^algorithm: .*$", "")))).field())
                .isEqualTo("log.algorithm");
        assertThat(only(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> LotteryLog.parse(text.replace(CLOSED.toString(), "not-a-date")))).code())
                .isEqualTo("malformed-log");
        assertThat(only(org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> LotteryLog.parse(text.replaceAll("(?m)^pool: A1\\|.*$", "pool: A1|x")))).code())
                .isEqualTo("malformed-entry");
        assertThatThrownBy(() -> Entry.parse("A1|0|1|garbage")).isInstanceOf(InvalidInputException.class);
        Entry e = r.pool().entries().head();
        assertThat(Entry.parse(e.line())).isEqualTo(e);
        // dates and times are written as their toString writes them, odd years and seconds included
        for (java.time.LocalDate d : List.of(java.time.LocalDate.of(2026, 8, 1), java.time.LocalDate.of(999, 12, 31),
                java.time.LocalDate.of(10000, 1, 9))) {
            for (Slot s : List.of(Slot.hours(9, 11), Slot.of(java.time.LocalTime.of(0, 5, 7),
                    java.time.LocalTime.of(23, 59, 59, 1000)))) {
                io.github.kisoku.booking.BlockSlot bs = new io.github.kisoku.booking.BlockSlot(
                        new io.github.kisoku.booking.Block("f", "室", 2), d, s);
                Entry odd = new Entry("X", Priority.NONE, io.vavr.collection.TreeSet.of(bs));
                assertThat(odd.line()).isEqualTo("X|0|1|f/室#2@" + d + " " + s.start() + "-" + s.end());
                assertThat(Entry.parse(odd.line())).isEqualTo(odd);
                assertThat(bs).hasToString(bs.block() + "@" + d + " " + s);
            }
        }
        LotteryLog noAlternates = Lottery.draw(pool(app("A1", "G1", "nishi.kaigi-1", S9)), SEED).get().log();
        assertThat(LotteryLog.parse(noAlternates.render()).alternates()).isEmpty();
        assertThat(LotteryLog.parse(noAlternates.render())).isNotEqualTo(log);
    }

    @Test
    @DisplayName("a result equals another drawn from the same pool and seed; releasing a non-winner changes nothing")
    void resultValue() {
        Pool p = pool(app("A1", "G1", "nishi.kaigi-1", S9), app("A2", "G2", "nishi.kaigi-1", S9));
        LotteryResult r = Lottery.draw(p, SEED).get();
        LotteryResult.Promotion up = r.release(r.winners().head());
        ValueContract.check(r, Lottery.draw(p, SEED).get(), up.result(),
                Lottery.draw(p, new SeedCommitment("other", SEED.committedAt(), "x")).get());
        assertThat(up.result()).isNotEqualTo(r);
        assertThat(up.result().released()).containsExactly(r.winners().head());
        assertThat(up.result().holders().values()).containsOnly(r.alternates().head());
        assertThat(r.holders().values()).containsOnly(r.winners().head());
        assertThat(r.release(r.alternates().head()).result()).isSameAs(r);
        assertThat(r.release("nobody").promoted()).isEmpty();
        // who blocked whom is worked out when asked for, so the text does not list it
        ValueContract.namesAttributes(r, "pool", "seed", "drawOrder", "winners", "alternates", "released",
                "drawnWinners", "drawnAlternates");
        LotteryResult other = Lottery.draw(p, new SeedCommitment("other", SEED.committedAt(), "x")).get();
        assertThat(other).isNotEqualTo(r);
    }
}
