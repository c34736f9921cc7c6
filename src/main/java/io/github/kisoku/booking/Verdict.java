package io.github.kisoku.booking;

/** Whether a request may be booked (受付可否). */
public enum Verdict {
    /** It may be booked. */
    ACCEPTED("受付可", "accepted"),
    /** It is refused; the reasons say why. */
    REFUSED("受付不可", "refused");

    private final String ja;
    private final String en;

    Verdict(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** {@return the Japanese name} */
    public String ja() {
        return ja;
    }

    /** {@return the English name} */
    public String en() {
        return en;
    }
}
