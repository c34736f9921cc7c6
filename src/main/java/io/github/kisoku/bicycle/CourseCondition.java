package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.Message;
import io.vavr.collection.List;

/**
 * Whether the riders' course condition holds on a date (講習受講命令の要件): two or more counted
 * dangerous acts within three years. Immutable.
 *
 * @param met whether the condition holds
 * @param counted the acts that counted
 */
public record CourseCondition(boolean met, List<DangerousActRecord> counted) implements Described {
    @Override
    public Message describe() {
        return BicycleRule.bundle().message(met ? "text.bicycle.course-condition#met" : "text.bicycle.course-condition#not-met",
                "count", counted.size());
    }
}
