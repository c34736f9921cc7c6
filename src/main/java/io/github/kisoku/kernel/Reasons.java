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
 * copies itself on every append and a decision is made millions of times in an audit: each kind
 * of reason is kept in a buffer of about the size the rule expects, and a buffer that is full when
 * the decision is made becomes the decision's own, without a copy (the next reason added, if any,
 * would grow a new buffer, so the decision never changes).
 */
public final class Reasons {
    private static final Object[] NONE = new Object[0];

    // Object[] rather than Reason[]: a Vavr array keeps its array's type when it grows, and a
    // decision's sequence may be widened to Seq<Object>.
    private Object[] applied;
    private Object[] notApplied;
    private int appliedCount;
    private int notAppliedCount;

    private Reasons(int applied, int notApplied) {
        this.applied = buffer(applied);
        this.notApplied = buffer(notApplied);
    }

    private static Object[] buffer(int size) {
        return size > 0 ? new Object[size] : NONE;
    }

    /**
     * An empty accumulator.
     *
     * @param applied about how many rules will apply; exactly, in the usual case, saves a copy
     * @param notApplied about how many rules checked will not apply; exactly, in the usual case,
     *     saves a copy
     * @return the accumulator; it grows past either number
     */
    public static Reasons expecting(int applied, int notApplied) {
        return new Reasons(applied, notApplied);
    }

    /**
     * A rule that applied, or a reason that explains the answer; after those added before.
     *
     * @param reason the reason
     * @return this accumulator
     */
    public Reasons because(Reason reason) {
        Require.nonNull(reason, "reason");
        if (appliedCount == applied.length) {
            applied = grown(applied);
        }
        applied[appliedCount++] = reason;
        return this;
    }

    /**
     * A rule that was checked and did not apply, with why not; after those added before.
     *
     * @param reason why it did not apply
     * @return this accumulator
     */
    public Reasons notApplied(Reason reason) {
        Require.nonNull(reason, "reason");
        if (notAppliedCount == notApplied.length) {
            notApplied = grown(notApplied);
        }
        notApplied[notAppliedCount++] = reason;
        return this;
    }

    /**
     * Makes room for more rules that applied, as {@code ArrayList.ensureCapacity} does: for a rule
     * that learns late how many reasons its answer gives.
     *
     * @param more how many more reasons will be added with {@link #because(Reason)}
     * @return this accumulator
     */
    public Reasons expectingMore(int more) {
        if (appliedCount + more > applied.length) {
            applied = Arrays.copyOf(applied, appliedCount + more);
        }
        return this;
    }

    /** {@return how many rules applied so far} */
    public int appliedCount() {
        return appliedCount;
    }

    /**
     * The decision: the value with every reason added, each kind in the order added.
     *
     * @param value the answer
     * @param <T> the answer's type
     * @return the decision
     */
    public <T> Decision<T> decide(T value) {
        // one handoff for both kinds: a wrapper each would be one more object per decision
        Wrapped handoff = new Wrapped();
        return new Decision<>(value, seq(handoff, applied, appliedCount), seq(handoff, notApplied, notAppliedCount));
    }

    /**
     * The decision: the value with every reason added, then the reasons a rule built once and
     * gives with every such answer (e.g. a row's own reasons); when none was added before them,
     * they are the decision's own, without a copy.
     *
     * @param value the answer
     * @param last the reasons that end the rules that applied, immutable
     * @param <T> the answer's type
     * @return the decision
     */
    public <T> Decision<T> decide(T value, Seq<Reason> last) {
        Require.nonNull(last, "reasons");
        if (appliedCount > 0) {
            for (Reason r : last) {
                because(r);
            }
            return decide(value);
        }
        Wrapped handoff = new Wrapped();
        return new Decision<>(value, last, seq(handoff, notApplied, notAppliedCount));
    }

    private static Seq<Reason> seq(Wrapped handoff, Object[] buffer, int count) {
        if (count == 0) {
            return Array.empty();
        }
        // A full buffer is handed over: adding after this grows a new one (see grown).
        return handoff.take(count == buffer.length ? buffer : Arrays.copyOf(buffer, count));
    }

    private static Object[] grown(Object[] buffer) {
        // by half again: a rule's guess is near, and reasons are few
        return Arrays.copyOf(buffer, buffer.length + (buffer.length >> 1) + 1);
    }
}
