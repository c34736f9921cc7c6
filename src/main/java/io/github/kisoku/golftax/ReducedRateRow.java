package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One row of the reduced-rate register (ゴルフ場利用税税率特例適用者名簿, 様式第36号付表; circular
 * 第2・9): use date, name, case, fee charged and tax. Immutable and thread-safe.
 *
 * @param visit the visit
 * @param reductionCase the case of 第69条
 * @param tax the reduced tax
 */
public record ReducedRateRow(Visit visit, ReductionCase reductionCase, Yen tax) {
    /** {@return the use date} */
    public LocalDate useDate() {
        return visit.useDate();
    }

    /** {@return the name} */
    public String name() {
        return visit.person().name();
    }

    /** {@return the fee charged, if known (a competition's reduction does not read it)} */
    public Option<Yen> feeCharged() {
        return visit.feeCharged();
    }
}
