package io.github.kisoku.golftax;

/**
 * The taxes of one grade (等級別税率): the standard amount (熊本県税条例, 地方税法第76条) and the
 * reduced amounts under 県税条例第69条第1項 (half, confirmed by the circular's forms) and
 * 第69条第2項 (half, UNCONFIRMED, kisoku ruling 5). Immutable and thread-safe.
 *
 * @param standard the full tax
 * @param reducedParagraph1 the tax under 第69条第1項 (65–69 year-olds, competitions)
 * @param reducedParagraph2 the tax under 第69条第2項 (early morning, closed day, nine holes)
 */
public record GradeRate(TaxFigure standard, TaxFigure reducedParagraph1, TaxFigure reducedParagraph2) {
}
