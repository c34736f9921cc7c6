package io.github.kisoku.booking;

/** How a request reaches the facility (申込方法): online (ネット申込) or at the counter (窓口). */
public enum Channel {
    /** Through the online system; needs a registered group's ID. */
    ONLINE,
    /** At the facility's counter, on paper. */
    COUNTER;
}
