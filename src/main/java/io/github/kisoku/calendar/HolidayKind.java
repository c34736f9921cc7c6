package io.github.kisoku.calendar;

/** The kinds of national holiday (休日) under 国民の祝日に関する法律 and the special laws. */
public enum HolidayKind {
    /** A named holiday of 祝日法 第2条 (国民の祝日). */
    NATIONAL,
    /** A substitute holiday (振替休日), 祝日法 第3条第2項. */
    SUBSTITUTE,
    /** A citizens' holiday between two holidays (国民の休日), 祝日法 第3条第3項. */
    CITIZENS,
    /** A one-off holiday by special law (e.g. 即位の日, 大喪の礼). */
    SPECIAL
}
