package io.github.kisoku.booking;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A facility's cancellation deadline (キャンセル期限): a reservation may be cancelled until a time
 * on the day {@code daysBefore} days before its date of use. The manual says a deadline exists
 * (§7, CONFIRMED) but not what it is, so it is a caller-supplied setting with no default (ruling 7;
 * 7 days is common elsewhere, COMPARATOR). Immutable and thread-safe.
 *
 * @param daysBefore days before the date of use, zero or more
 * @param at the time on that day when cancelling stops
 */
public record CancellationDeadline(int daysBefore, LocalTime at) {
    /**
     * Checks the deadline.
     *
     * @param daysBefore days before the date of use
     * @param at the time on that day
     * @throws InvalidInputException if the days are negative or the time is missing
     */
    public CancellationDeadline {
        Require.nonNull(at, "at");
        if (daysBefore < 0) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.CANCELLATION_DAYS, "daysBefore")));
        }
    }

    /**
     * The last moment a reservation for a date may be cancelled.
     *
     * @param useDate the date of use
     * @return the deadline
     */
    public LocalDateTime lastMoment(LocalDate useDate) {
        return useDate.minusDays(daysBefore).atTime(at);
    }
}
