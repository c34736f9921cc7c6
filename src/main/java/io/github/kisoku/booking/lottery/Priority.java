package io.github.kisoku.booking.lottery;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;

/**
 * An application's priority in the draw: a tier (lower is drawn first: e.g. group registrations
 * before individuals, as Yokohama does — COMPARATOR) and a weight (tickets in the draw). Kawaguchi
 * is not known to use either, so the default is {@link #NONE}: one tier, weight 1, a uniform draw
 * (ruling 8). Immutable and thread-safe.
 *
 * @param tier the tier, 0 or more; lower tiers are served first
 * @param weight the weight, 1 or more
 */
public record Priority(int tier, int weight) {
    /** No priority: tier 0, weight 1. */
    public static final Priority NONE = new Priority(0, 1);

    /**
     * Checks the priority.
     *
     * @param tier the tier
     * @param weight the weight
     * @throws InvalidInputException if the tier is negative or the weight is not 1 to 1000
     */
    public Priority {
        if (tier < 0 || weight < 1 || weight > 1000) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.PRIORITY, "priority")));
        }
    }

    /**
     * A priority.
     *
     * @param tier the tier
     * @param weight the weight
     * @return the priority
     */
    public static Priority of(int tier, int weight) {
        return new Priority(tier, weight);
    }
}
