package io.github.kisoku.golftax;

/** Whether a course has members (メンバー制) or is public (パブリック), 施行規則第23条・circular 第3・1. */
public enum CourseType {
    /** A course with members (メンバーコース). */
    MEMBER("メンバーコース", "member course"),
    /** A public course (パブリックコース). */
    PUBLIC("パブリックコース", "public course");

    private final String ja;
    private final String en;

    CourseType(String ja, String en) {
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
