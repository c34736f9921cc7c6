package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;

/**
 * The fee a course's grade is based on (等級決定の基準となる利用料金, 熊本県税条例施行規則第23条第2項):
 * the green fee plus the incidental fees every user pays, without public-interest contributions
 * and optional fees, as the circular 税第423号 第4 sorts them. The grade brackets themselves are
 * not known (kisoku ruling 5), so this gives the fee, not the grade. Immutable and
 * thread-safe.
 */
public final class GradingFee {
    private final List<FeeItemClassification> items;

    private GradingFee(List<FeeItemClassification> items) {
        this.items = items;
    }

    /**
     * Sorts a course's fee items (circular 第4・1〜第4・3).
     *
     * @param items the published fee items per person per day
     * @return the grading fee, with one reason per item that counts and one not-applied reason
     *     per item that does not
     */
    public static Decision<GradingFee> classify(Iterable<FeeItem> items) {
        List<FeeItemClassification> sorted = List.ofAll(Require.nonNull(items, "items")).map(GradingFee::classify);
        GradingFee fee = new GradingFee(sorted);
        return Decision.of(fee, sorted.filter(c -> c.group() == FeeGroup.GRADING_FEE).map(FeeItemClassification::reason)
                .append(Reason.of("golftax.grading-fee.total", rules(), "等級決定の利用料金 " + fee.total(),
                        "fee for grading: " + fee.total()).withFigure("total", fee.total())),
                sorted.filter(c -> c.group() != FeeGroup.GRADING_FEE).map(FeeItemClassification::reason));
    }

    private static LegalBasis rules() {
        return LegalBasis.document(Sources.ORDINANCE_RULES, "第23条第2項", Confidence.CONFIRMED)
                .withNote("規則の本文は未読。通達第4による");
    }

    private static FeeItemClassification classify(FeeItem item) {
        FeeItemKind kind = item.kind();
        String rule = "golftax.grading-fee.item";
        LegalBasis basis = Sources.circular(kind.section());
        String name = item.name() + "（" + kind.ja() + "）" + item.amount();
        String nameEn = item.name() + " (" + kind.en() + ") " + item.amount();
        switch (kind.family()) {
            case GREEN_FEE:
                return new FeeItemClassification(item, FeeGroup.GRADING_FEE, Reason.of(rule, basis,
                        name + ": グリーンフィーは利用料金に算入", nameEn + ": the green fee counts"));
            case INCIDENTAL:
                return item.mandatory()
                        ? new FeeItemClassification(item, FeeGroup.GRADING_FEE, Reason.of(rule, basis,
                                name + ": 利用者の意思にかかわらず一律に徴収される附帯的な料金として算入",
                                nameEn + ": an incidental fee every user pays, counted"))
                        : new FeeItemClassification(item, FeeGroup.OTHER, Reason.of(rule, Sources.circular("第4・1"),
                                name + ": 利用者が選択できるため一律に徴収される料金に当たらず、算入しない",
                                nameEn + ": the user can decline it, so it is not charged to all; not counted"));
            case PUBLIC_INTEREST:
                return new FeeItemClassification(item, FeeGroup.PUBLIC_INTEREST, Reason.of(rule, basis,
                        name + ": 全額が公益上の費用として国・地方公共団体・公益法人等に支払われるため算入しない",
                        nameEn + ": paid in full to a public body for public purposes; not counted"));
            default:
                return item.mandatory()
                        ? new FeeItemClassification(item, FeeGroup.GRADING_FEE, Reason.of(rule,
                                Sources.circular("第4・3 ただし書, 第4・1(5)"),
                                name + ": 本来は選択制の料金だが一律に徴収されるため、第4・1(5)の類するものとして算入",
                                nameEn + ": an optional kind of fee made mandatory, counted as a similar incidental fee"))
                        : new FeeItemClassification(item, FeeGroup.OTHER, Reason.of(rule, basis,
                                name + ": 利用者が選択できる料金のため算入しない（別に表示）",
                                nameEn + ": an optional fee; not counted (shown apart)"));
        }
    }

    /** {@return every item with where it belongs, in the order given} */
    public List<FeeItemClassification> items() {
        return items;
    }

    /**
     * The items of one group, e.g. what the front desk shows apart (circular 第6(1)).
     *
     * @param group the group
     * @return its items
     */
    public List<FeeItem> in(FeeGroup group) {
        return items.filter(c -> c.group() == group).map(FeeItemClassification::item);
    }

    /** {@return the fee for grading: the sum of the items that count} */
    public Yen total() {
        return in(FeeGroup.GRADING_FEE).map(FeeItem::amount).foldLeft(Yen.ZERO, Yen::plus);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradingFee && ((GradingFee) o).items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "GradingFee " + total();
    }
}
