package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.vavr.control.Option;

/** The answer of a rule-book check (違反になるか): permitted, or which violation. */
public sealed interface RuleVerdict permits RuleVerdict.Permitted, RuleVerdict.Violates {
    /**
     * Whether the verdict is the given violation of the bicycle table.
     *
     * @param violationId the id, e.g. {@code TRAFFIC_DIVISION} (通行区分違反)
     * @return true when the act is that violation
     */
    default boolean is(String violationId) {
        return this instanceof Violates && ((Violates) this).row().exists(v -> v.id().equals(violationId));
    }

    /** Permitted (違反ではない). */
    record Permitted() implements RuleVerdict {
        @Override
        public String toString() {
            return "違反ではない / permitted";
        }
    }

    /**
     * A violation: what it is, and the bicycle table's row when there is one (a 特定小型原付 or
     * a moped has its own table, not modelled here).
     *
     * @param what the violation in words
     * @param row the row of the bicycle table, if any
     */
    record Violates(Message what, Option<Violation> row) implements RuleVerdict {
        @Override
        public String toString() {
            return "違反 / violation: " + what.ja() + " / " + what.en()
                    + row.map(v -> " [" + v.id() + v.amount().map(a -> ", " + a).getOrElse("") + "]").getOrElse("");
        }
    }
}
