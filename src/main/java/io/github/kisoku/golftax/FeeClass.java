package io.github.kisoku.golftax;

/** Whether a normal fee is the members' or the non-members' (会員・非会員), circular 第2・2(1). */
public enum FeeClass {
    /** The members' fee (会員料金). */
    MEMBER,
    /** The non-members' fee (非会員料金, ビジター料金). */
    NON_MEMBER;
}
