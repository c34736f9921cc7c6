package io.github.kisoku.booking.lottery;

import java.time.LocalDateTime;

/**
 * The seed of a draw and when and where it was fixed (RFC 3797 §3: a public source of
 * randomness named before the pool closes — a beacon pulse index, a public lottery's numbers, or
 * a value the city publishes). A draw refuses a seed committed at or after the pool closed.
 * Immutable and thread-safe.
 *
 * @param seed the seed as published, used byte for byte (UTF-8)
 * @param committedAt when it was committed
 * @param source where it comes from
 */
public record SeedCommitment(String seed, LocalDateTime committedAt, String source) {
}
