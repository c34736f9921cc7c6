package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;

/**
 * One line a course must show at its front desk (利用料金等の表示, 熊本県税条例第73条, circular 第6):
 * what it is, the amount, and the tax shown beside it where the circular asks for one.
 * Immutable and thread-safe.
 *
 * @param label what the line shows
 * @param amount the fee or contribution
 * @param tax the tax shown beside it, if any
 */
public record DisplayLine(Message label, Yen amount, Option<Yen> tax) {
    /**
     * Checks that all parts are given.
     *
     * @param label the label
     * @param amount the amount
     * @param tax the tax, or none
     */
    public DisplayLine {
        Require.nonNull(label, "label");
        Require.nonNull(amount, "amount");
        Require.nonNull(tax, "tax");
    }
}
