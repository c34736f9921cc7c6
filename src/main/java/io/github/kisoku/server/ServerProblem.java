package io.github.kisoku.server;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemKind;

/**
 * The problems of a request as the HTTP server reads it, before or beside the cases: a body that is
 * not JSON, not an array, too large; a path or method the API does not have; a query parameter it
 * cannot read. Their words are in the server's {@code messages_ja.properties} and
 * {@code messages_en.properties}; a case's own problems are the {@code eval} contract's.
 */
enum ServerProblem implements ProblemKind {
    /** A body that is not JSON (figure {@code detail}); same code as a line {@code eval} cannot read. */
    MALFORMED_JSON("malformed-json", "malformed-json"),
    /** A body of {@code POST /v1/cases} that is JSON but not an array of cases. */
    NOT_AN_ARRAY("wrong-type", "not-an-array"),
    /** A case whose {@code type} differs from the path's (figures {@code value}, {@code path}). */
    TYPE_MISMATCH("type-mismatch", "type-mismatch"),
    /** A body over the limit (figure {@code limit}, in bytes). */
    TOO_LARGE("body-too-large", "too-large"),
    /** A path the API does not have (figure {@code path}). */
    NOT_FOUND("not-found", "not-found"),
    /** A method the path does not take (figure {@code method}). */
    METHOD_NOT_ALLOWED("method-not-allowed", "method-not-allowed"),
    /** A body of a media type the endpoint does not read (figures {@code value}, {@code accepted}). */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "unsupported-media-type"),
    /** A body that is not UTF-8. */
    NOT_UTF8("invalid-utf8", "not-utf8"),
    /** A query or form value outside a closed set (figures {@code value}, {@code known}). */
    UNKNOWN_VALUE("unknown-value", "unknown-value"),
    /** A query or form value that is not a whole number (figure {@code value}). */
    NOT_A_NUMBER("wrong-type", "not-a-number"),
    /** A month not written as YYYY-MM (figure {@code value}). */
    INVALID_MONTH("invalid-month", "invalid-month"),
    /** Visits that are not readable as CSV at all (figure {@code detail}). */
    CSV_UNREADABLE("csv-unreadable", "csv-unreadable"),
    /** A request that is not valid HTTP (Jetty refuses it before the API sees it). */
    BAD_REQUEST("bad-request", "bad-request"),
    /** A defect of the server; the request's other answers are not affected. */
    INTERNAL_ERROR("internal-error", "internal-error");

    private static final MessageBundle WORDS = MessageBundle.load(ServerProblem.class, "messages");

    private final String code;
    private final String key;

    ServerProblem(String code, String key) {
        this.code = code;
        this.key = "problem.server." + key;
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
