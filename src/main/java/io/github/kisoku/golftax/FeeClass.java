package io.github.kisoku.golftax;

/** Whether a normal fee is the members' or the non-members' (会員・非会員), circular 第2・2(1). */
public enum FeeClass {
    /** The members' fee (会員料金). */
    MEMBER("会員", "member"),
    /** The non-members' fee (非会員料金, ビジター料金). */
    NON_MEMBER("非会員", "non-member");

    private final String ja;
    private final String en;

    FeeClass(String ja, String en) {
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
