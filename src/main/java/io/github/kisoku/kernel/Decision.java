package io.github.kisoku.kernel;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.util.function.Function;

/**
 * An answer with its reasons (判断と理由): the value, the rules that applied in order with their
 * legal basis and the figures used, and the rules that were checked and did not apply, with why
 * not.
 *
 * <p>A decision is deterministic: the same input gives an equal decision. Its
 * {@link #confidence()} is the weakest confidence of the bases it applied, so an answer that
 * rests on an unconfirmed figure says so. Immutable and thread-safe when the value is; made with
 * {@link #of(Object)} or {@link #of(Object, Iterable, Iterable)}.
 *
 * @param value the answer
 * @param reasons the rules that applied, in order, with their figures
 * @param notApplied the rules that were checked and did not apply, with why not
 * @param <T> the answer's type
 */
public record Decision<T>(T value, Seq<Reason> reasons, Seq<Reason> notApplied) {

    /**
     * Checks the parts; prefer {@link #of(Object, Iterable, Iterable)}.
     *
     * @param value the answer
     * @param reasons the rules that applied
     * @param notApplied the rules checked that did not apply
     */
    public Decision {
        Require.nonNull(value, "value");
        Require.nonNull(reasons, "reasons");
        Require.nonNull(notApplied, "notApplied");
        noneMissing(reasons, "reasons");
        noneMissing(notApplied, "notApplied");
    }

    // By index for an indexed sequence (every decision's): an iterator, or indexOf's equals per
    // item, costs more than the decision's own checks.
    private static void noneMissing(Seq<Reason> reasons, String name) {
        if (reasons instanceof io.vavr.collection.IndexedSeq<Reason> indexed) {
            for (int i = 0, n = indexed.size(); i < n; i++) {
                if (indexed.get(i) == null) {
                    Require.nonNull(null, name);
                }
            }
        } else if (reasons.indexOf(null) >= 0) {
            Require.nonNull(null, name);
        }
    }

    /**
     * A decision with no reasons yet; add them with {@link #because(Reason)}.
     *
     * @param value the answer
     * @param <T> the answer's type
     * @return the decision
     */
    public static <T> Decision<T> of(T value) {
        return new Decision<>(value, Array.empty(), Array.empty());
    }

    /**
     * A decision with all its reasons.
     *
     * @param value the answer
     * @param reasons the rules that applied, in order
     * @param notApplied the rules checked that did not apply, with why not
     * @param <T> the answer's type
     * @return the decision
     */
    public static <T> Decision<T> of(T value, Iterable<Reason> reasons, Iterable<Reason> notApplied) {
        return new Decision<>(value, seq(Require.nonNull(reasons, "reasons")),
                seq(Require.nonNull(notApplied, "notApplied")));
    }

    // A Vavr sequence is kept as given; anything else is copied once into an array.
    private static Seq<Reason> seq(Iterable<Reason> reasons) {
        if (reasons instanceof Seq<Reason> seq) {
            return seq;
        }
        if (reasons instanceof java.util.Collection<Reason> c && c.isEmpty()) {
            return Array.empty();
        }
        return Array.ofAll(reasons);
    }

    /**
     * The same decision with one more reason that applied, after the others.
     *
     * @param reason the reason
     * @return a new decision
     */
    public Decision<T> because(Reason reason) {
        return new Decision<>(value, reasons.append(Require.nonNull(reason, "reason")), notApplied);
    }

    /**
     * The same decision with one more rule that was checked and did not apply.
     *
     * @param reason why it did not apply
     * @return a new decision
     */
    public Decision<T> notApplied(Reason reason) {
        return new Decision<>(value, reasons, notApplied.append(Require.nonNull(reason, "reason")));
    }

    /**
     * The same reasons for another value derived from this one.
     *
     * @param f the derivation
     * @param <U> the new value's type
     * @return a new decision
     */
    public <U> Decision<U> map(Function<? super T, ? extends U> f) {
        return new Decision<>(Require.nonNull(f.apply(value), "value"), reasons, notApplied);
    }

    /** {@return the weakest confidence of the reasons that applied: the answer is no surer than its weakest basis} */
    public Confidence confidence() {
        Confidence weakest = Confidence.CONFIRMED;
        if (reasons instanceof io.vavr.collection.IndexedSeq<Reason> indexed) {
            // by index: an array's iterator would be the only allocation of the call
            for (int i = 0; i < indexed.size(); i++) {
                weakest = weakest.weakest(indexed.get(i).basis().confidence());
            }
        } else {
            for (Reason r : reasons) {
                weakest = weakest.weakest(r.basis().confidence());
            }
        }
        return weakest;
    }

    /**
     * The decision as text in one language: the answer, then each reason, then each rule that
     * did not apply.
     *
     * @param language the language
     * @return the text, lines separated by {@code \n}
     */
    public String render(Language language) {
        MessageBundle words = MessageBundle.kernel();
        StringBuilder out = new StringBuilder();
        out.append(words.label(Heading.VALUE).in(language)).append(": ")
                .append(value instanceof Described d ? d.describe().in(language) : MessageBundle.plain(value)).append('\n');
        out.append(words.label(Heading.CONFIDENCE).in(language)).append(": ")
                .append(words.label(confidence()).in(language)).append('\n');
        if (!reasons.isEmpty()) {
            out.append(words.label(Heading.REASONS).in(language)).append(":\n");
            for (Reason r : reasons) {
                out.append("  - ").append(r.render(language)).append('\n');
            }
        }
        if (!notApplied.isEmpty()) {
            out.append(words.label(Heading.NOT_APPLIED).in(language)).append(":\n");
            for (Reason r : notApplied) {
                out.append("  - ").append(r.render(language)).append('\n');
            }
        }
        return out.toString();
    }
}
