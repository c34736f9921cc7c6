package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Why an event cannot happen to a case in its current state (手続上ありえない順序): a stable
 * code and a message in Japanese and English, said from the bicycle bundle by its
 * {@link BicycleProblem}. Returned, never thrown. Immutable.
 */
public final class CaseError {
    private final BicycleProblem kind;
    private final @Nullable String variant;
    // Names and values, alternating, as the kind's words show them.
    private final Object[] figures;

    private CaseError(BicycleProblem kind, @Nullable String variant, Object[] figures) {
        this.kind = kind;
        this.variant = variant;
        this.figures = figures;
    }

    static CaseError of(BicycleProblem kind, Object... figures) {
        return new CaseError(kind, null, figures);
    }

    static CaseError variant(BicycleProblem kind, String variant, Object... figures) {
        return new CaseError(kind, variant, figures);
    }

    /** {@return the stable code, e.g. {@code case-closed}, {@code out-of-order}} */
    public String code() {
        return kind.code();
    }

    /** {@return what is wrong} */
    public Message message() {
        return asProblem("event").message();
    }

    /**
     * The same error as an input problem.
     *
     * @param field the field that held the event
     * @return the problem
     */
    public Problem asProblem(String field) {
        Problem p = Problem.of(kind, field);
        String v = variant;
        if (v != null) {
            p = p.variant(v);
        }
        for (int i = 0; i < figures.length; i += 2) {
            p = p.withFigure((String) figures[i], figures[i + 1]);
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseError e && e.code().equals(code()) && e.message().equals(message());
    }

    @Override
    public int hashCode() {
        return code().hashCode() * 31 + message().hashCode();
    }

    @Override
    public String toString() {
        return code() + ": " + message();
    }
}
