package io.github.kisoku.kernel;

/**
 * The problems any input can have, whatever its domain: a missing value, a number out of its
 * range, a date or time that cannot be read, and the kernel's own checks of amounts, fractions
 * and effective dates. Their words are in the kernel's {@code messages_ja.properties} and
 * {@code messages_en.properties}.
 */
public enum InputProblem implements ProblemKind {
    /** A value that must be given is missing or blank. */
    REQUIRED("required", "problem.required"),
    /** A whole number outside its range (figures {@code min}, {@code max}, {@code value}). */
    OUT_OF_RANGE("out-of-range", "problem.out-of-range"),
    /** A date that is not a real date written YYYY-MM-DD (figure {@code value}). */
    INVALID_DATE("invalid-date", "problem.invalid-date"),
    /** A time that is not written HH:MM (figure {@code value}). */
    INVALID_TIME("invalid-time", "problem.invalid-time"),
    /** An amount of yen below zero (figure {@code value}). */
    NEGATIVE_AMOUNT("negative-amount", "problem.negative-amount"),
    /** A count below zero. */
    NEGATIVE_COUNT("negative-count", "problem.negative-count"),
    /** A fraction with a zero or negative part (figures {@code numerator}, {@code denominator}). */
    INVALID_FRACTION("invalid-fraction", "problem.invalid-fraction"),
    /** A version whose end is before its start (figures {@code from}, {@code until}). */
    UNTIL_BEFORE_FROM("until-before-from", "problem.until-before-from"),
    /** A timeline without versions. */
    NO_VERSIONS("no-versions", "problem.no-versions"),
    /** Two versions of a timeline in force on the same day (figures {@code first}, {@code second}). */
    OVERLAPPING_VERSIONS("overlapping-versions", "problem.overlapping-versions"),
    /**
     * No version of a figure or rule in force on a date (figures {@code name}, {@code date},
     * {@code firstInForce}, and {@code lastInForce}; variant {@code open} for a last version
     * without an end).
     */
    NOT_IN_FORCE("not-in-force", "problem.not-in-force"),
    /** An input refused without a problem of its own. */
    INVALID("invalid", "problem.invalid"),
    /** A problem reported without its field or code: a defect, said rather than thrown. */
    INTERNAL("internal", "problem.internal");

    private static final MessageBundle WORDS = MessageBundle.load(InputProblem.class, "messages");

    private final String code;
    private final String key;

    InputProblem(String code, String key) {
        this.code = code;
        this.key = key;
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
