package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.Message;
import io.vavr.control.Option;

/** The answer of a rule-book check (違反になるか): permitted, or which violation. */
public sealed interface RuleVerdict extends Described permits RuleVerdict.Permitted, RuleVerdict.Violates {
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
        public Message describe() {
            return BicycleRule.bundle().message("text.bicycle.permitted");
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
        public Message describe() {
            if (row.isEmpty()) {
                return BicycleRule.bundle().message("text.bicycle.violates", "what", what);
            }
            Violation v = row.get();
            return v.amount().isEmpty()
                    ? BicycleRule.bundle().message("text.bicycle.violates#row", "what", what, "row", v.id())
                    : BicycleRule.bundle().message("text.bicycle.violates#row-amount", "what", what, "row", v.id(),
                            "amount", v.amount().get());
        }
    }
}
