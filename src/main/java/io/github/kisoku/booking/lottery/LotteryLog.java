package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * The log of a draw (抽選記録), enough to re-run it: the algorithm and its version, the pool hash
 * and closing time, the seed with when and where it was committed, every pool line, the draw
 * order, each block-slot's order, the winners and the alternates. {@link #render()} writes it as
 * text of {@code key: value} lines; {@link #parse(String)} reads it back; {@link Lottery#replay}
 * re-runs it. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class LotteryLog {
    LotteryLog() {
    }

    static LotteryLog of(LotteryResult r) {
        return ImmutableLotteryLog.create(Lottery.ALGORITHM, r.pool().hash(), r.pool().closedAt(), r.seed(), r.pool().entries(),
                r.order(), r.orderPerBlockSlot().map(t -> t._1 + " : " + t._2.mkString(",")).toList(),
                r.drawnWinners(), r.drawnAlternates());
    }

    /**
     * Reads a log written by {@link #render()}.
     *
     * @param text the log
     * @return the log
     * @throws InvalidInputException if a required line is missing or malformed
     */
    public static LotteryLog parse(String text) {
        List<String> lines = List.of(text.split("\n")).filter(l -> l.contains(": "));
        try {
            return ImmutableLotteryLog.create(one(lines, "algorithm"), one(lines, "pool-hash"),
                    LocalDateTime.parse(one(lines, "pool-closed")),
                    new SeedCommitment(one(lines, "seed"), LocalDateTime.parse(one(lines, "seed-committed")),
                            one(lines, "seed-source")),
                    all(lines, "pool").map(Entry::parse), ids(one(lines, "order")), all(lines, "block-slot"),
                    ids(one(lines, "winners")), ids(one(lines, "alternates")));
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.MALFORMED_LOG, "log")
                    .withFigure("detail", String.valueOf(e.getMessage()))));
        }
    }

    private static String one(List<String> lines, String key) {
        return all(lines, key).headOption().getOrElseThrow(() -> InvalidInputException.of(List.of(
                Problem.of(BookingProblem.LOG_LINE_MISSING, "log." + key).withFigure("key", key))));
    }

    private static List<String> all(List<String> lines, String key) {
        return lines.filter(l -> l.startsWith(key + ": ")).map(l -> l.substring(key.length() + 2));
    }

    private static List<String> ids(String s) {
        return s.isBlank() ? List.empty() : List.of(s.split(","));
    }

    /** {@return the algorithm and its version} */
    public abstract String algorithm();

    /** {@return the pool's SHA-256 hash} */
    public abstract String poolHash();

    /** {@return when the pool closed} */
    public abstract LocalDateTime poolClosedAt();

    /** {@return the seed and its commitment} */
    public abstract SeedCommitment seed();

    /** {@return the pool's entries, in canonical order} */
    public abstract List<Entry> pool();

    /** {@return the draw order} */
    public abstract List<String> order();

    /** {@return each block-slot's order, as lines {@code block-slot : id,id}} */
    public abstract List<String> perBlockSlot();

    /** {@return the winners as drawn} */
    public abstract List<String> winners();

    /** {@return the alternates (次点) as drawn, in order} */
    public abstract List<String> alternates();

    /** {@return the log as text, one {@code key: value} per line} */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("algorithm: ").append(algorithm()).append('\n');
        out.append("pool-hash: ").append(poolHash()).append('\n');
        out.append("pool-closed: ").append(poolClosedAt()).append('\n');
        out.append("seed: ").append(seed().seed()).append('\n');
        out.append("seed-committed: ").append(seed().committedAt()).append('\n');
        out.append("seed-source: ").append(seed().source()).append('\n');
        pool().forEach(e -> out.append("pool: ").append(e.line()).append('\n'));
        out.append("order: ").append(order().mkString(",")).append('\n');
        perBlockSlot().forEach(l -> out.append("block-slot: ").append(l).append('\n'));
        out.append("winners: ").append(winners().mkString(",")).append('\n');
        out.append("alternates: ").append(alternates().mkString(",")).append('\n');
        return out.toString();
    }
}
