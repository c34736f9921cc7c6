package io.github.kisoku.booking;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemKind;

/**
 * The problems of the booking domain's inputs: catalogues, settings, fee requests, passwords and
 * lottery pools and logs. Their words are in the booking bundle ({@code messages_ja.properties},
 * {@code messages_en.properties}) under {@code problem.booking.*}; the figures each shows are
 * named in its Javadoc.
 */
public enum BookingProblem implements ProblemKind {
    /** A reduction that takes off more than the whole amount (figure {@code value}). */
    REDUCTION_SHARE("out-of-range", "reduction-share"),
    /** A unit that is not in the catalogue (figure {@code unitId}). */
    UNKNOWN_UNIT("unknown-unit", "unknown-unit"),
    /** A booking window that opens a negative number of months before, or on no day of a month. */
    WINDOW_OPENS("out-of-range", "window-opens"),
    /** A booking window that closes a negative number of days before use. */
    WINDOW_CLOSES("out-of-range", "window-closes"),
    /** A cancellation deadline a negative number of days before use. */
    CANCELLATION_DAYS("out-of-range", "cancellation-days"),
    /** Two facilities of a catalogue with one id. */
    DUPLICATE_FACILITY("duplicate-facility", "duplicate-facility"),
    /** Two units with one id, in a facility or (variant {@code across}) across a catalogue's facilities. */
    DUPLICATE_UNIT("duplicate-unit", "duplicate-unit"),
    /**
     * A facility's switch to the new system outside the migration window of manual §3 (figures
     * {@code newSystemFrom}, {@code firstDay}, {@code lastDay}, {@code source}).
     */
    MIGRATION_OUTSIDE_WINDOW("outside-migration-window", "outside-migration-window"),
    /** A facility without slots. */
    NO_SLOTS("no-slots", "no-slots"),
    /** Two slots of a facility that overlap. */
    OVERLAPPING_SLOTS("overlapping-slots", "overlapping-slots"),
    /** A unit listed under a facility it does not belong to (figure {@code unitId}). */
    FOREIGN_UNIT("foreign-unit", "foreign-unit"),
    /** A slot the fee table has no fee for (figures {@code unitName}, {@code slot}). */
    NO_FEE("no-fee", "no-fee"),
    /** Adjustments without the rounding Kawaguchi has not published. */
    ROUNDING_REQUIRED("required", "rounding-required"),
    /** A rounding unit below 1 yen. */
    ROUNDING_UNIT("out-of-range", "rounding-unit"),
    /** A payment deadline a negative number of days after the hold. */
    PAYMENT_DAYS("out-of-range", "payment-days"),
    /** A span that does not start and end on slot boundaries (figures {@code from}, {@code to}, {@code facilityName}). */
    NOT_SLOT_ALIGNED("not-slot-aligned", "not-slot-aligned"),
    /** A quota limit below zero. */
    QUOTA_LIMIT("out-of-range", "quota-limit"),
    /** A ratio with a negative numerator or a denominator of zero or less (figures {@code numerator}, {@code denominator}). */
    RATIO("invalid-fraction", "ratio"),
    /** A slot whose end is not after its start (figures {@code start}, {@code end}). */
    SLOT_ORDER("slot-order", "slot-order"),
    /** A unit without block numbers, or with one below 1. */
    NO_BLOCKS("no-blocks", "no-blocks"),
    /**
     * A character a password may not hold (figures {@code position}, {@code character}: what kind of
     * character it is, and {@code symbols}: the symbols allowed).
     */
    CHAR_NOT_ALLOWED("char-not-allowed", "char-not-allowed"),
    /** A password with too few classes of character (figures {@code minimum}, {@code count}, {@code classes}). */
    TOO_FEW_CLASSES("too-few-classes", "too-few-classes"),
    /** A line of a lottery log's pool that cannot be read (figure {@code line}). */
    MALFORMED_ENTRY("malformed-entry", "malformed-entry"),
    /** A lottery log that cannot be read (figure {@code detail}). */
    MALFORMED_LOG("malformed-log", "malformed-log"),
    /** A lottery log without one of its lines (figure {@code key}). */
    LOG_LINE_MISSING("required", "log-line-missing"),
    /** A seed committed after the pool closed (figures {@code closedAt}, {@code committedAt}). */
    SEED_TOO_LATE("seed-not-committed-in-time", "seed-too-late"),
    /** Two applications of a pool with one id. */
    DUPLICATE_APPLICATION("duplicate-id", "duplicate-application"),
    /** A priority tier below 0, or a weight outside 1 to 1000. */
    PRIORITY("out-of-range", "priority");

    private static final MessageBundle WORDS = MessageBundle.load(BookingProblem.class, "messages");

    private final String code;
    private final String key;

    BookingProblem(String code, String key) {
        this.code = code;
        this.key = "problem.booking." + key;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public MessageBundle words() {
        return WORDS;
    }
}
