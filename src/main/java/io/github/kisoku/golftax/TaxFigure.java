package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Yen;

/**
 * One tax amount per person per day (一人一日当たりの税額) with where it comes from and how sure
 * that source is. Immutable and thread-safe.
 *
 * @param amount the tax in yen
 * @param basis its source and confidence
 */
public record TaxFigure(Yen amount, LegalBasis basis) {
}
