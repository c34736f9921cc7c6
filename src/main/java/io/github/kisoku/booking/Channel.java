package io.github.kisoku.booking;

/** How a request reaches the facility (申込方法): online (ネット申込) or at the counter (窓口). */
public enum Channel {
    /** Through the online system; needs a registered group's ID. */
    ONLINE("ネット申込", "online"),
    /** At the facility's counter, on paper. */
    COUNTER("窓口", "counter");

    private final String ja;
    private final String en;

    Channel(String ja, String en) {
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
