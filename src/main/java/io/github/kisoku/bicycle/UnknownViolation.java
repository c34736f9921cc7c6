package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The answer when a violation id is not in the catalogue (未登録の違反種別). Immutable.
 *
 * @param id the id asked for
 * @param known the ids of the table, which a problem lists (issue 16)
 */
public record UnknownViolation(String id, Seq<String> known) {
    /**
     * Checks that both parts are given.
     *
     * @param id the id asked for
     * @param known the ids of the table
     */
    public UnknownViolation {
        Require.nonNull(id, "id");
        Require.nonNull(known, "known");
    }

    /**
     * The answer without the table's ids.
     *
     * @param id the id asked for
     */
    public UnknownViolation(String id) {
        this(id, List.empty());
    }

    /** {@return why, in Japanese and English} */
    public Message message() {
        return asProblem("violation").message();
    }

    /**
     * The same answer as an input problem.
     *
     * @param field the field that held the id
     * @return a problem with code {@code unknown-id}, listing the ids of the table
     */
    public Problem asProblem(String field) {
        return Problem.of(BicycleProblem.UNKNOWN_VIOLATION, field).withFigures("id", id, "known", known.mkString(", "));
    }
}
