package io.github.kisoku.booking;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.LocalTime;

/**
 * One daily time slot of a facility (コマ), e.g. 9時～11時. A facility's slots are data
 * ({@link Facility#slots()}), never constants in code. Immutable and thread-safe.
 *
 * @param start when the slot begins
 * @param end when the slot ends, after {@code start}
 */
public record Slot(LocalTime start, LocalTime end) implements Comparable<Slot> {
    /**
     * A slot, validated.
     *
     * @param start the start time
     * @param end the end time
     * @return the slot, or the problem {@code slot-order}
     */
    public static Validation<Problem, Slot> validate(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            return Validation.invalid(Problem.required(start == null ? "slot.start" : "slot.end"));
        }
        return start.isBefore(end) ? Validation.valid(new Slot(start, end))
                : Validation.invalid(Problem.of(BookingProblem.SLOT_ORDER, "slot").withFigures("start", start, "end", end));
    }

    /**
     * A slot.
     *
     * @param start the start time
     * @param end the end time
     * @return the slot
     * @throws InvalidInputException if the end is not after the start
     */
    public static Slot of(LocalTime start, LocalTime end) {
        Validation<Problem, Slot> v = validate(start, end);
        if (v.isInvalid()) {
            throw InvalidInputException.of(List.of(v.getError()));
        }
        return v.get();
    }

    /**
     * A slot from whole hours, e.g. {@code Slot.hours(9, 11)}.
     *
     * @param from the start hour
     * @param to the end hour
     * @return the slot
     */
    public static Slot hours(int from, int to) {
        return of(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    /**
     * Whether this slot ends when the other begins.
     *
     * @param next the other slot
     * @return true when they are back to back
     */
    public boolean isFollowedBy(Slot next) {
        return end.equals(Require.nonNull(next, "next").start);
    }

    /** {@return the slot as the system shows it, e.g. {@code 9時～11時}} */
    public String label() {
        return hour(start) + "～" + hour(end);
    }

    private static String hour(LocalTime t) {
        return t.getMinute() == 0 ? t.getHour() + "時" : t.getHour() + "時" + t.getMinute() + "分";
    }

    @Override
    public int compareTo(Slot o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
