package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The payment procedure of one blue ticket (反則金の納付手続), step by step: 仮納付, 通告 and its
 * payment, the mailed 通告書, referral. Steps whose starting event has not happened yet have no
 * deadline. Immutable and thread-safe; equal by its steps.
 */
@Value.Immutable
@ValueStyle
public abstract class PaymentTimeline implements Described {
    PaymentTimeline() {
    }

    static PaymentTimeline of(List<TimelineStep> steps) {
        return ImmutablePaymentTimeline.create(steps);
    }

    /** {@return the steps, in the order of the procedure} */
    public abstract List<TimelineStep> steps();

    /**
     * The step of a kind.
     *
     * @param kind the kind
     * @return the step
     */
    public TimelineStep step(TimelineStep.Kind kind) {
        return steps().find(s -> s.kind() == kind).get();
    }

    /**
     * The timeline as a clerk reads it: each step on a line of its own, numbered.
     *
     * @return the words, in Japanese and English
     */
    @Override
    public Message describe() {
        return Message.join(steps().zipWithIndex().map(s -> BicycleRule.bundle().message("text.bicycle.timeline.step",
                "n", s._2 + 1, "step", s._1.describe())));
    }
}
