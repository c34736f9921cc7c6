package io.github.kisoku.golftax;

/**
 * One line of a month's return: the users of one grade under one treatment and their tax
 * (等級別・区分別の利用人員と税額). Immutable and thread-safe.
 *
 * @param grade the course's grade
 * @param treatment the treatment
 * @param tally the users and their tax
 */
public record ReturnLine(Grade grade, Treatment treatment, Tally tally) {
}
