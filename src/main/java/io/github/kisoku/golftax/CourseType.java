package io.github.kisoku.golftax;

/** Whether a course has members (メンバー制) or is public (パブリック), 施行規則第23条・circular 第3・1. */
public enum CourseType {
    /** A course with members (メンバーコース). */
    MEMBER,
    /** A public course (パブリックコース). */
    PUBLIC;
}
