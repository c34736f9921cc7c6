package io.github.kisoku.booking;

/**
 * A registered group's class (団体区分), which decides booking windows and may decide fees. The
 * two classes are the ones the city's 2023 notice names; a caller may need more, and then
 * supplies its windows and fees by these two only (CONFIRMED for the names, 2023 notice).
 */
public enum GroupClass {
    /** 社会教育関係団体: may book by priority (優先予約), 3 months ahead under the 2023 notice. */
    SOCIAL_EDUCATION,
    /** 一般団体: books by lottery (2 months ahead under the 2023 notice) and first come. */
    GENERAL;
}
