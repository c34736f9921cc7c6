package io.github.kisoku.cli;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemKind;

/**
 * The problems of a case as the command line and {@code eval} read it: JSON that cannot be read,
 * a value of the wrong type, an unknown field, type or value. Their words are in the CLI's
 * {@code messages_ja.properties} and {@code messages_en.properties}.
 */
enum CliProblem implements ProblemKind {
    /** A line that is not JSON (figures {@code line}, {@code detail}). */
    MALFORMED_JSON("malformed-json", "malformed-json"),
    /** A case or a nested value that is not a JSON object. */
    NOT_AN_OBJECT("not-an-object", "not-an-object"),
    /** A value of the wrong JSON type (figure {@code expected}, an {@link Expected}). */
    WRONG_TYPE("wrong-type", "wrong-type"),
    /** A case without an id. */
    ID_MISSING("required", "id"),
    /** An id that is neither a string nor a whole number. */
    ID_WRONG_TYPE("wrong-type", "id-type"),
    /** A case type that kisoku does not answer (figures {@code value}, {@code known}). */
    UNKNOWN_TYPE("unknown-type", "unknown-type"),
    /** A field the case type does not read. */
    UNKNOWN_FIELD("unknown-field", "unknown-field"),
    /**
     * A value outside a closed set (figures {@code value}, {@code known}); variants {@code play} (a golf
     * play's kind) and {@code business-item} (a golf business-use item).
     */
    UNKNOWN_VALUE("unknown-value", "unknown-value"),
    /** A golf case that shows a disability card without its number. */
    CARD_NUMBER("required", "golf.card-number"),
    /** A date outside the dates kisoku answers for (figures {@code first}, {@code last}, {@code value}). */
    DATE_RANGE("out-of-range", "date-range"),
    /** A date and time outside the dates kisoku answers for (figures {@code first}, {@code last}, {@code value}). */
    DATE_TIME_RANGE("out-of-range", "date-time-range"),
    /** A date and time that cannot be read (figure {@code value}). */
    INVALID_DATE_TIME("invalid-date-time", "invalid-date-time"),
    /** A slot not written like 09:00-11:00 (figure {@code value}). */
    INVALID_SLOT("invalid-slot", "invalid-slot"),
    /** A booking request without slots. */
    SLOTS_REQUIRED("required", "slots-required"),
    /** A block number below 1. */
    BLOCK_NUMBER("out-of-range", "block-number"),
    /** A catalogue name kisoku does not ship (figures {@code value}, {@code example}). */
    UNKNOWN_CATALOGUE("unknown-id", "unknown-catalogue"),
    /** A unit id that is not in the catalogue (figure {@code id}). */
    UNKNOWN_UNIT("unknown-id", "unknown-unit"),
    /** A reservation of the given ledger that the ledger refuses (figure {@code codes}). */
    LEDGER_ENTRY_REFUSED("ledger-entry-refused", "ledger-entry-refused"),
    /** A facility id that is not in the catalogue (figure {@code id}). */
    UNKNOWN_FACILITY("unknown-id", "unknown-facility"),
    /** Exactly one of two or more fields must be given (figure {@code fields}). */
    ONE_OF("one-of", "one-of"),
    /** A month not written like 2026-10 (figure {@code value}). */
    INVALID_MONTH("invalid-month", "invalid-month"),
    /** A time that must come after another field's (figures {@code first}, {@code value}). */
    NOT_BEFORE("out-of-order", "not-before"),
    /** An id given twice in a list (figure {@code id}). */
    DUPLICATE_ID("duplicate-id", "duplicate-id"),
    /** A surcharge (加算) factor below 1 (figure {@code value}). */
    SURCHARGE_FACTOR("out-of-range", "surcharge-factor"),
    /** A field that the given kind does not take (figure {@code kind}). */
    NOT_FOR_KIND("unknown-field", "not-for-kind"),
    /** A fraction not written like 1/2 (figure {@code value}). */
    INVALID_RATIO("invalid-ratio", "invalid-ratio"),
    /** A 加算減免区分 id that the settings do not define (figures {@code id}, {@code known}). */
    UNKNOWN_ADJUSTMENT("unknown-id", "unknown-adjustment"),
    /** A golf audit without one readable visit. */
    NO_VISIT("required", "no-visit"),
    /** CSV text that cannot be read as CSV (figure {@code detail}). */
    NOT_CSV("malformed-csv", "not-csv"),
    /** A defect met while answering one case (figure {@code detail}); the other cases go on. */
    INTERNAL_ERROR("internal-error", "internal-error");

    private static final MessageBundle WORDS = MessageBundle.load(CliProblem.class, "messages");

    private final String code;
    private final String key;

    CliProblem(String code, String key) {
        this.code = code;
        this.key = "problem.cli." + key;
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

    /** What a field that had the wrong JSON type takes; its words are the bundle's {@code label.Expected.*}. */
    enum Expected {
        /** A JSON string. */
        STRING,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number. */
        WHOLE_NUMBER,
        /** A JSON array. */
        ARRAY,
        /** A JSON object. */
        OBJECT,
        /** A catalogue's name or the catalogue itself. */
        CATALOGUE,
        /** A play's kind name or the play itself. */
        PLAY,
        /** Whether alcohol was involved, or how. */
        ALCOHOL
    }
}
