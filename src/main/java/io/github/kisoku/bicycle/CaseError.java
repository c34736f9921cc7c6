package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;

/**
 * Why an event cannot happen to a case in its current state (手続上ありえない順序): a stable
 * code and a message in Japanese and English. Returned, never thrown. Immutable.
 *
 * @param code the stable code, e.g. {@code case-closed}, {@code out-of-order}
 * @param message what is wrong
 */
public record CaseError(String code, Message message) {
    static CaseError of(String code, String ja, String en) {
        return new CaseError(code, Message.of(ja, en));
    }

    /**
     * The same error as an input problem.
     *
     * @param field the field that held the event
     * @return the problem
     */
    public Problem asProblem(String field) {
        return Problem.of(field, code, message.ja(), message.en());
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
