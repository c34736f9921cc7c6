package io.github.kisoku.kernel;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.util.Arrays;

/**
 * The reasons of one decision while it is made (理由の集積): the rules that applied and the rules
 * checked that did not, in the order the checks ran, turned into a {@link Decision} at the end.
 *
 * <p>The one mutable type a rule may use, and only inside one call: make it, add to it, call
 * {@link #decide(Object)}, and let it go; never share it or keep it. It exists because a Vavr list
 * copies itself on every append and a decision is made millions of times in an audit: the reasons
 * are kept in one buffer (those that applied from its start, those that did not from its end) and
 * copied once, when the decision is made.
 */
public final class Reasons {
    private Reason[] buffer;
    private int applied;
    private int notApplied;

    private Reasons(int expected) {
        this.buffer = new Reason[Math.max(expected, 2)];
    }

    /**
     * An empty accumulator.
     *
     * @param expected about how many reasons of both kinds the decision will have; it grows past that
     * @return the accumulator
     */
    public static Reasons expecting(int expected) {
        return new Reasons(expected);
    }

    /**
     * A rule that applied, or a reason that explains the answer; after those added before.
     *
     * @param reason the reason
     * @return this accumulator
     */
    public Reasons because(Reason reason) {
        room();
        buffer[applied++] = Require.nonNull(reason, "reason");
        return this;
    }

    /**
     * A rule that was checked and did not apply, with why not; after those added before.
     *
     * @param reason why it did not apply
     * @return this accumulator
     */
    public Reasons notApplied(Reason reason) {
        room();
        notApplied++;
        buffer[buffer.length - notApplied] = Require.nonNull(reason, "reason");
        return this;
    }

    /** {@return how many rules applied so far} */
    public int appliedCount() {
        return applied;
    }

    /**
     * The decision: the value with every reason added, each kind in the order added.
     *
     * @param value the answer
     * @param <T> the answer's type
     * @return the decision
     */
    public <T> Decision<T> decide(T value) {
        return new Decision<>(value, seq(0, applied, false), seq(buffer.length - notApplied, buffer.length, true));
    }

    private Seq<Reason> seq(int from, int to, boolean reversed) {
        if (from == to) {
            return Array.empty();
        }
        Object[] exact = Arrays.copyOfRange(buffer, from, to, Object[].class);
        if (reversed) {
            for (int i = 0, j = exact.length - 1; i < j; i++, j--) {
                Object t = exact[i];
                exact[i] = exact[j];
                exact[j] = t;
            }
        }
        return Wrapped.array(exact);
    }

    private void room() {
        if (applied + notApplied == buffer.length) {
            Reason[] more = new Reason[buffer.length * 2];
            System.arraycopy(buffer, 0, more, 0, applied);
            System.arraycopy(buffer, buffer.length - notApplied, more, more.length - notApplied, notApplied);
            buffer = more;
        }
    }
}
