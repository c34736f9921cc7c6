package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Why an event cannot happen to a case in its current state (手続上ありえない順序): a stable
 * code and a message in Japanese and English, said from the bicycle bundle by its
 * {@link BicycleProblem}. Returned, never thrown. Immutable; two errors are equal when their
 * codes and messages are.
 */
@Value.Immutable
@ValueStyle
public abstract class CaseError {
    CaseError() {
    }

    static CaseError of(BicycleProblem kind, Object... figures) {
        return ImmutableCaseError.create(kind, Option.none(), List.of(figures));
    }

    static CaseError variant(BicycleProblem kind, String variant, Object... figures) {
        return ImmutableCaseError.create(kind, Option.of(variant), List.of(figures));
    }

    /** The kind of error, whose words say it. */
    @Value.Auxiliary
    abstract BicycleProblem kind();

    /** The variant of the kind's words, if one. */
    @Value.Auxiliary
    abstract Option<String> variant();

    /** Names and values, alternating, as the kind's words show them. */
    @Value.Auxiliary
    abstract List<Object> figures();

    /** {@return the stable code, e.g. {@code case-closed}, {@code out-of-order}} */
    @Value.Derived
    public String code() {
        return kind().code();
    }

    /** {@return what is wrong} */
    @Value.Derived
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
        Problem p = Problem.of(kind(), field);
        for (String v : variant()) {
            p = p.variant(v);
        }
        for (List<Object> pair : figures().grouped(2)) {
            p = p.withFigure((String) pair.head(), pair.last());
        }
        return p;
    }
}
