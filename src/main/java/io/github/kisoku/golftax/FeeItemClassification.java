package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;

/**
 * How one fee item counts for grading, and why. Immutable and thread-safe.
 *
 * @param item the fee item
 * @param group where it belongs
 * @param reason the rule of circular 第4 that put it there
 */
public record FeeItemClassification(FeeItem item, FeeGroup group, Reason reason) {
    /**
     * Checks that all parts are given.
     *
     * @param item the item
     * @param group the group
     * @param reason the reason
     */
    public FeeItemClassification {
        Require.nonNull(item, "item");
        Require.nonNull(group, "group");
        Require.nonNull(reason, "reason");
    }
}
