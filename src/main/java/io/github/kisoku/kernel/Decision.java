package io.github.kisoku.kernel;

import io.vavr.collection.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An answer with its reasons (判断と理由): the value, the rules that applied in order with their
 * legal basis and the figures used, and the rules that were checked and did not apply, with why
 * not.
 *
 * <p>A decision is deterministic: the same input gives an equal decision. Its
 * {@link #confidence()} is the weakest confidence of the bases it applied, so an answer that
 * rests on an unconfirmed figure says so. Immutable and thread-safe when the value is.
 *
 * @param <T> the answer's type
 */
public final class Decision<T> {
    private final T value;
    // Arrays while the decision is made; the Vavr lists are built when first asked for. Most
    // callers read only the value, and a list node per reason was most of a decision's cost.
    private final Reason[] reasons;
    private final Reason[] notApplied;
    private @Nullable List<Reason> reasonList;
    private @Nullable List<Reason> notAppliedList;

    private Decision(T value, Reason[] reasons, Reason[] notApplied) {
        this.value = value;
        this.reasons = reasons;
        this.notApplied = notApplied;
    }

    private static final Reason[] NONE = {};

    /**
     * A decision with no reasons yet; add them with {@link #because(Reason)}.
     *
     * @param value the answer
     * @param <T> the answer's type
     * @return the decision
     */
    public static <T> Decision<T> of(T value) {
        return new Decision<>(Require.nonNull(value, "value"), NONE, NONE);
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
        return new Decision<>(Require.nonNull(value, "value"), toArray(Require.nonNull(reasons, "reasons"), "reasons"),
                toArray(Require.nonNull(notApplied, "notApplied"), "notApplied"));
    }

    private static Reason[] toArray(Iterable<Reason> reasons, String field) {
        Reason[] all;
        if (reasons instanceof java.util.Collection<?> c) {
            all = c.toArray(new Reason[c.size()]);
        } else if (reasons instanceof io.vavr.collection.Seq<?> seq) {
            all = new Reason[seq.size()];
            int i = 0;
            for (Object r : seq) {
                all[i++] = (Reason) r;
            }
        } else {
            java.util.ArrayList<Reason> list = new java.util.ArrayList<>();
            reasons.forEach(list::add);
            all = list.toArray(NONE);
        }
        for (Reason r : all) {
            Require.nonNull(r, field);
        }
        return all.length == 0 ? NONE : all;
    }

    private static Reason[] plus(Reason[] reasons, Reason reason) {
        Reason[] more = java.util.Arrays.copyOf(reasons, reasons.length + 1);
        more[reasons.length] = Require.nonNull(reason, "reason");
        return more;
    }

    /**
     * The same decision with one more reason at the end.
     *
     * @param reason a rule that applied
     * @return a new decision
     */
    public Decision<T> because(Reason reason) {
        return new Decision<>(value, plus(reasons, reason), notApplied);
    }

    /**
     * The same decision with one more rule that was checked and did not apply.
     *
     * @param reason the rule and why it did not apply
     * @return a new decision
     */
    public Decision<T> notApplied(Reason reason) {
        return new Decision<>(value, reasons, plus(notApplied, reason));
    }

    /**
     * The same reasons for another answer derived from this one.
     *
     * @param f how to derive the new answer
     * @param <U> the new answer's type
     * @return a new decision
     */
    public <U> Decision<U> map(Function<? super T, ? extends U> f) {
        return new Decision<>(Require.nonNull(f.apply(value), "value"), reasons, notApplied);
    }

    /** {@return the answer} */
    public T value() {
        return value;
    }

    /** {@return the rules that applied, in the order they were applied} */
    public List<Reason> reasons() {
        List<Reason> list = reasonList;
        if (list == null) {
            list = List.of(reasons);
            reasonList = list;
        }
        return list;
    }

    /** {@return the rules that were checked and did not apply, each saying why not} */
    public List<Reason> notApplied() {
        List<Reason> list = notAppliedList;
        if (list == null) {
            list = List.of(notApplied);
            notAppliedList = list;
        }
        return list;
    }

    /**
     * The weakest confidence among the bases of the rules that applied; {@link Confidence#CONFIRMED}
     * when no reason was given.
     *
     * @return the decision's confidence
     */
    public Confidence confidence() {
        Confidence weakest = Confidence.CONFIRMED;
        for (Reason r : reasons) {
            weakest = weakest.weakest(r.basis().confidence());
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
        boolean ja = language == Language.JA;
        StringBuilder out = new StringBuilder();
        out.append(ja ? "判断: " : "Decision: ").append(value).append('\n');
        out.append(ja ? "確度: " : "Confidence: ").append(ja ? confidence().ja() : confidence().en()).append('\n');
        if (reasons.length > 0) {
            out.append(ja ? "理由:\n" : "Reasons:\n");
            for (Reason r : reasons) {
                out.append("  - ").append(r.render(language)).append('\n');
            }
        }
        if (notApplied.length > 0) {
            out.append(ja ? "適用しなかった規定:\n" : "Not applied:\n");
            for (Reason r : notApplied) {
                out.append("  - ").append(r.render(language)).append('\n');
            }
        }
        return out.toString();
    }

    // Hand-written, not generated by Immutables: a decision keeps its reasons in arrays and builds its lists when first read, which a
    // generated value would copy on every access; most callers read only the value.
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Decision)) {
            return false;
        }
        Decision<?> d = (Decision<?>) o;
        return d.value.equals(value) && java.util.Arrays.equals(d.reasons, reasons)
                && java.util.Arrays.equals(d.notApplied, notApplied);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(value, java.util.Arrays.hashCode(reasons), java.util.Arrays.hashCode(notApplied));
    }

    /** {@return the decision in Japanese, then in English} */
    @Override
    public String toString() {
        return render(Language.JA) + render(Language.EN);
    }
}
