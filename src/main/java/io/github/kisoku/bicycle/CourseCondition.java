package io.github.kisoku.bicycle;

import io.vavr.collection.List;

/**
 * Whether the riders' course condition holds on a date (講習受講命令の要件): two or more counted
 * dangerous acts within three years. Immutable.
 *
 * @param met whether the condition holds
 * @param counted the acts that counted
 */
public record CourseCondition(boolean met, List<DangerousActRecord> counted) {
    @Override
    public String toString() {
        return (met ? "要件を満たす / condition met" : "要件を満たさない / condition not met") + " ("
                + counted.size() + " 回 / acts counted)";
    }
}
