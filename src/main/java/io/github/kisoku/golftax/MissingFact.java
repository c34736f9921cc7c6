package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;

/**
 * A fact the answer still needs (issue 16): the fact, and the rule that could apply and reads it.
 * Until it is given, the treatment is the one that holds if that rule does not apply. Immutable
 * and thread-safe.
 *
 * @param fact the fact left out
 * @param rule the rule that needs it
 */
public record MissingFact(GolfFact fact, GolfRule rule) {
    /**
     * Checks that both parts are given.
     *
     * @param fact the fact left out
     * @param rule the rule that needs it
     */
    public MissingFact {
        Require.nonNull(fact, "fact");
        Require.nonNull(rule, "rule");
    }
}
