package io.github.kisoku.golftax;

import io.github.kisoku.calendar.RolledDate;
import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;

/**
 * A filing deadline or the last day of a retention period (期限・保存期間), as counted and as moved
 * off a closed day. Immutable and thread-safe.
 *
 * @param name what is due
 * @param date the counted day and the day after rolling forward (地方税法第20条の5第2項)
 * @param basis where the period comes from
 */
public record FilingDeadline(Message name, RolledDate date, LegalBasis basis) implements Described {
    /**
     * Checks that all parts are given.
     *
     * @param name what is due
     * @param date the dates
     * @param basis the basis
     */
    public FilingDeadline {
        Require.nonNull(name, "name");
        Require.nonNull(date, "date");
        Require.nonNull(basis, "basis");
    }

    /**
     * The deadline as a line of an audit trail: what is due, the counted day, the day it moved
     * to if it moved, and the source, e.g. {@code 別記第4号様式: 2026-03-15 → 2026-03-16 (…)}, in the
     * words of the {@code deadline.line} texts.
     *
     * @return the words in both languages
     */
    @Override
    public Message describe() {
        return date.moved()
                ? GolfWords.text("deadline.line.moved", "name", name, "counted", date.counted(), "rolled", date.rolled(),
                        "basis", basis.cite())
                : GolfWords.text("deadline.line", "name", name, "counted", date.counted(), "basis", basis.cite());
    }
}
