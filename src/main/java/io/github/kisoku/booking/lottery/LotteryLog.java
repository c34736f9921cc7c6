package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Option;
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
                r.order(), r.perBlockSlotLines(), r.drawnWinners(), r.drawnAlternates(), Option.some(new Written(r.pool().layout(), r.idLines())));
    }

    /**
     * Reads a log written by {@link #render()}.
     *
     * @param text the log
     * @return the log
     * @throws InvalidInputException if a required line is missing or malformed
     */
    public static LotteryLog parse(String text) {
        List<String> lines = List.of(text.split("\n"));
        try {
            return ImmutableLotteryLog.create(one(lines, "algorithm"), one(lines, "pool-hash"),
                    LocalDateTime.parse(one(lines, "pool-closed")),
                    new SeedCommitment(one(lines, "seed"), LocalDateTime.parse(one(lines, "seed-committed")),
                            one(lines, "seed-source")),
                    all(lines, "pool").map(Entry::parse), ids(one(lines, "order")), all(lines, "block-slot"),
                    ids(one(lines, "winners")), ids(one(lines, "alternates")), Option.none());
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

    /**
     * What a draw wrote for its log: the frozen pool's layout, its lines written from their parts,
     * not as a string each, and the lists of ids (order, winners, alternates) each already joined;
     * none for a parsed log, whose lines are written from its entries and lists. Not part of
     * equality: the entries and lists decide it.
     *
     * @return what was written, or none
     */
    @Value.Auxiliary
    abstract Option<Written> written();

    /** What a draw wrote for its log (see {@link #written()}). */
    static final class Written {
        /** The frozen pool's layout. */
        final Layout layout;
        /** The order, the winners and the alternates, each joined by commas. */
        final String[] ids;

        Written(Layout layout, String[] ids) {
            this.layout = layout;
            this.ids = ids;
        }
    }

    /** {@return the log as text, one {@code key: value} per line} */
    public String render() {
        // the parts listed in an array of their exact number, then joined once into a string of the
        // final size: a log of a large pool is megabytes of UTF-16 (room names are Japanese), and a
        // builder copied it as it grew, when it turned to UTF-16 and again at the end
        boolean drawn = written().isDefined();
        Parts parts = new Parts(6 * 3 + (drawn ? 5 : 3) * pool().size() + 3 * perBlockSlot().size()
                + (drawn ? 3 * 3 : ids(order().size()) + ids(winners().size()) + ids(alternates().size())));
        parts.line("algorithm: ", algorithm());
        parts.line("pool-hash: ", poolHash());
        parts.line("pool-closed: ", poolClosedAt().toString());
        parts.line("seed: ", seed().seed());
        parts.line("seed-committed: ", seed().committedAt().toString());
        parts.line("seed-source: ", seed().source());
        if (drawn) {
            // each line as its parts: the id, the priority and the block-slots' text shared by every
            // entry that asks for the same ones
            Layout l = written().get().layout;
            for (int i = 0; i < l.size(); i++) {
                parts.add("pool: ").add(l.entries[i].id()).add(l.priorityText(i)).add(l.shapes[i].text).add("\n");
            }
            String[] ids = written().get().ids;
            parts.line("order: ", ids[0]);
            perBlockSlot().forEach(x -> parts.line("block-slot: ", x));
            parts.line("winners: ", ids[1]);
            parts.line("alternates: ", ids[2]);
        } else {
            pool().forEach(e -> parts.line("pool: ", e.line()));
            parts.ids("order: ", order());
            perBlockSlot().forEach(x -> parts.line("block-slot: ", x));
            parts.ids("winners: ", winners());
            parts.ids("alternates: ", alternates());
        }
        return parts.join();
    }

    /** {@return how many parts a line of ids is: its key, the ids and the commas between, its newline} */
    private static int ids(int count) {
        return 2 + Math.max(0, 2 * count - 1);
    }

    /** The parts of a rendered log, in an array of their exact number (method-local to a render). */
    private static final class Parts {
        private final String[] parts;
        private int size;

        Parts(int count) {
            parts = new String[count];
        }

        Parts add(String part) {
            parts[size++] = part;
            return this;
        }

        void line(String key, String value) {
            add(key).add(value).add("\n");
        }

        void ids(String key, List<String> ids) {
            add(key);
            boolean first = true;
            for (String id : ids) {
                if (!first) {
                    add(",");
                }
                first = false;
                add(id);
            }
            add("\n");
        }

        /** {@return the parts joined: {@code String.join} over an array copies it once, over a list it grew a copy} */
        String join() {
            if (size != parts.length) {
                throw new IllegalStateException("a log's parts were miscounted: " + size + " of " + parts.length);
            }
            return String.join("", parts);
        }
    }
}
