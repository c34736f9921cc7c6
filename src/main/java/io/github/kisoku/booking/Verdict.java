package io.github.kisoku.booking;

/** Whether a request may be booked (受付可否). */
public enum Verdict {
    /** It may be booked. */
    ACCEPTED,
    /** It is refused; the reasons say why. */
    REFUSED;
}
