package io.github.kisoku.calendar;

/** Whether the first day counts in a legal period (初日算入・不算入), 民法第140条. */
public enum FirstDay {
    /**
     * The first day is not counted (初日不算入): the period runs from the next day. The rule of
     * 民法第140条本文 for periods in days, weeks, months or years.
     */
    EXCLUDED,
    /**
     * The first day is counted (初日算入): the period starts at 00:00 of that day, as in
     * 民法第140条ただし書, or where a law says so (年齢計算ニ関スル法律).
     */
    INCLUDED
}
