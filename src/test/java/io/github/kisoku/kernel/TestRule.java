package io.github.kisoku.kernel;

/**
 * Rules and problem kinds of a made-up domain for the kernel's and the edge's own tests; their
 * words are in {@code testrules_ja.properties} and {@code testrules_en.properties}.
 */
public enum TestRule implements Rule, ProblemKind {
    /** A fine of 6,000 yen; variant {@code 5000}. */
    AMOUNT("test.amount"),
    /** Another rule said in the same words as {@link #AMOUNT}. */
    FEE("test.fee"),
    /** A cost that is added. */
    MAILING("test.mailing-cost"),
    /** An age limit that did not apply. */
    UNDER_16("test.age"),
    /** Half the rate. */
    RATE("test.rate"),
    /** Any reason. */
    REASON("test.reason"),
    /** A first rule. */
    A("test.a"),
    /** A second rule. */
    B("test.b"),
    /** A doubled number. */
    DOUBLE("test.double"),
    /** A birth date that is required (as a problem kind: code {@code required}). */
    BIRTH_DATE("test.birth-date");

    private static final LegalBasis BASIS = LegalBasis.document("test", "test", Confidence.CONFIRMED);
    private static final MessageBundle WORDS = MessageBundle.load(TestRule.class, "testrules");

    private final String id;

    TestRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LegalBasis basis() {
        return BASIS;
    }

    @Override
    public MessageBundle words() {
        return WORDS;
    }

    @Override
    public String code() {
        return "required";
    }

    @Override
    public String key() {
        return "problem." + id;
    }
}
