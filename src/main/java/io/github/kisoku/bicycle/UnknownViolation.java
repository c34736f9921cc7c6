package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;

/**
 * The answer when a violation id is not in the catalogue (未登録の違反種別). Immutable.
 *
 * @param id the id asked for
 */
public record UnknownViolation(String id) {
    /** {@return why, in Japanese and English} */
    public Message message() {
        return asProblem("violation").message();
    }

    /**
     * The same answer as an input problem.
     *
     * @param field the field that held the id
     * @return a problem with code {@code unknown-id}
     */
    public Problem asProblem(String field) {
        return Problem.of(BicycleProblem.UNKNOWN_VIOLATION, field).withFigure("id", id);
    }
}
