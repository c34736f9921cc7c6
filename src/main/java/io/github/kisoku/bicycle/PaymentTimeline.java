package io.github.kisoku.bicycle;

import io.vavr.collection.List;

/**
 * The payment procedure of one blue ticket (反則金の納付手続), step by step: 仮納付, 通告 and its
 * payment, the mailed 通告書, referral. Steps whose starting event has not happened yet have no
 * deadline. Immutable and thread-safe.
 */
public final class PaymentTimeline {
    private final List<TimelineStep> steps;

    private PaymentTimeline(List<TimelineStep> steps) {
        this.steps = steps;
    }

    static PaymentTimeline of(List<TimelineStep> steps) {
        return new PaymentTimeline(steps);
    }

    /** {@return the steps, in the order of the procedure} */
    public List<TimelineStep> steps() {
        return steps;
    }

    /**
     * The step of a kind.
     *
     * @param kind the kind
     * @return the step
     */
    public TimelineStep step(TimelineStep.Kind kind) {
        return steps.find(s -> s.kind() == kind).get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentTimeline && ((PaymentTimeline) o).steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return steps.zipWithIndex().map(s -> "\n    " + (s._2 + 1) + ". " + s._1).mkString("");
    }
}
