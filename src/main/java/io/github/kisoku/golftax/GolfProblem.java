package io.github.kisoku.golftax;

import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.ProblemKind;

/**
 * The problems of the golf tax's inputs: visits, competitions, grades, caddie-fee averages, plays,
 * monthly returns and the visit file. Their words are in the golf-tax bundle
 * ({@code messages_ja.properties}, {@code messages_en.properties}) under {@code problem.golftax.*};
 * the figures each shows are named in its Javadoc. The code is the JSON contract.
 */
public enum GolfProblem implements ProblemKind {
    /** A use date before the user's birth date (figures {@code useDate}, {@code birthDate}). */
    BEFORE_BIRTH("before-birth", "before-birth"),
    /** A competition whose last day is before its first (figures {@code lastDay}, {@code firstDay}). */
    LAST_DAY_BEFORE_FIRST("until-before-from", "last-day"),
    /** A designated practice day on or after the first day of play (figure {@code firstDay}). */
    PRACTICE_NOT_BEFORE_FIRST_DAY("practice-not-before-first-day", "practice-days"),
    /** A grade outside 1 to 7 (figures {@code min}, {@code max}, {@code value}). */
    GRADE("out-of-range", "grade"),
    /** A restricted course of fewer than one hole (figure {@code value}). */
    HOLES("out-of-range", "holes"),
    /** An average caddie fee not measured on 1 March (figure {@code value}). */
    NOT_MARCH_FIRST("not-march-first", "not-march-first"),
    /** No average caddie fee for the fiscal year of a date (figure {@code date}). */
    NO_CADDIE_FEE_AVERAGE("no-caddie-fee-average", "no-caddie-fee-average"),
    /** A visit of a monthly return used in another month (figures {@code useDate}, {@code month}, {@code id}). */
    OUTSIDE_MONTH("outside-month", "outside-month"),
    /** Two visits of a monthly return with one id (figure {@code id}). */
    DUPLICATE_ID("duplicate-id", "duplicate-id"),
    /** A visit file whose header is not {@code VisitCsv.HEADER} (figure {@code header}). */
    BAD_HEADER("bad-header", "bad-header"),
    /** A row of a visit file without its nine fields (figures {@code count}, {@code required}). */
    FIELD_COUNT("field-count", "field-count"),
    /** A disability card not written {@code KIND:number} (figure {@code value}). */
    BAD_CARD("bad-card", "bad-card"),
    /** A play that cannot be read (figure {@code value}). */
    BAD_PLAY("bad-play", "bad-play"),
    /** An amount that is not whole yen (figure {@code value}). */
    NOT_A_NUMBER("not-a-number", "not-a-number"),
    /** A value that is none of its type's names (figures {@code value}, {@code known}: the accepted names). */
    UNKNOWN_VALUE("unknown-value", "unknown-value"),
    /**
     * No treatment can be given until a fact is given (issue 16): whether the visit is a taxable
     * use at all depends on it (figures {@code fact}: a {@link GolfFact}, {@code rule}: the rule
     * that needs it).
     */
    FACT_NEEDED("fact-needed", "fact-needed");

    private static final MessageBundle WORDS = MessageBundle.load(GolfProblem.class, "messages");

    private final String code;
    private final String key;

    GolfProblem(String code, String key) {
        this.code = code;
        this.key = "problem.golftax." + key;
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
