package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The fee a course's grade is based on (等級決定の基準となる利用料金, 熊本県税条例施行規則第23条第2項):
 * the green fee plus the incidental fees every user pays, without public-interest contributions
 * and optional fees, as the circular 税第423号 第4 sorts them. The grade brackets themselves are
 * not known (kisoku ruling 5), so this gives the fee, not the grade. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class GradingFee {
    GradingFee() {
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
        GradingFee fee = ImmutableGradingFee.create(sorted);
        return Decision.of(fee, sorted.filter(c -> c.group() == FeeGroup.GRADING_FEE).map(FeeItemClassification::reason)
                .append(Reason.of(GolfRule.GRADING_FEE_TOTAL, rules(), "total", fee.total())),
                sorted.filter(c -> c.group() != FeeGroup.GRADING_FEE).map(FeeItemClassification::reason));
    }

    private static LegalBasis rules() {
        return LegalBasis.document(Sources.ORDINANCE_RULES, "第23条第2項", Confidence.CONFIRMED)
                .withNote("規則の本文は未読。通達第4による");
    }

    private static FeeItemClassification classify(FeeItem item) {
        FeeItemKind kind = item.kind();
        LegalBasis basis = Sources.circular(kind.section());
        switch (kind.family()) {
            case GREEN_FEE:
                return new FeeItemClassification(item, FeeGroup.GRADING_FEE, itemReason(item, basis, "green-fee"));
            case INCIDENTAL:
                return item.mandatory()
                        ? new FeeItemClassification(item, FeeGroup.GRADING_FEE, itemReason(item, basis, "incidental"))
                        : new FeeItemClassification(item, FeeGroup.OTHER,
                                itemReason(item, Sources.circular("第4・1"), "incidental-optional"));
            case PUBLIC_INTEREST:
                return new FeeItemClassification(item, FeeGroup.PUBLIC_INTEREST,
                        itemReason(item, basis, "public-interest"));
            default:
                return item.mandatory()
                        ? new FeeItemClassification(item, FeeGroup.GRADING_FEE, itemReason(item,
                                Sources.circular("第4・3 ただし書, 第4・1(5)"), "optional-mandatory"))
                        : new FeeItemClassification(item, FeeGroup.OTHER, itemReason(item, basis, "optional"));
        }
    }

    /** The reason of one item: its name, kind and amount as figures, its words per variant. */
    private static Reason itemReason(FeeItem item, LegalBasis basis, String variant) {
        return Reason.of(GolfRule.GRADING_FEE_ITEM, basis, "item", item.name(), "kind", item.kind(), "amount",
                item.amount()).variant(variant);
    }

    /** {@return every item with where it belongs, in the order given} */
    public abstract List<FeeItemClassification> items();

    /**
     * The items of one group, e.g. what the front desk shows apart (circular 第6(1)).
     *
     * @param group the group
     * @return its items
     */
    public List<FeeItem> in(FeeGroup group) {
        return items().filter(c -> c.group() == group).map(FeeItemClassification::item);
    }

    /** {@return the fee for grading: the sum of the items that count} */
    public Yen total() {
        return in(FeeGroup.GRADING_FEE).map(FeeItem::amount).foldLeft(Yen.ZERO, Yen::plus);
    }
}
