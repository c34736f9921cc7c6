package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;
import io.vavr.collection.Array;

/**
 * The words of each {@link Treatment}, read once from the {@code treatment.*} texts: an audit
 * writes a treatment for every one of a million visits, so each is looked up when the class loads,
 * not per visit. Static and immutable; thread-safe.
 */
// By the item's or case's ordinal: an array read, where a map's look-up made an Option per visit.
@SuppressWarnings("EnumOrdinal")
final class TreatmentWords {
    static final Message STANDARD = GolfWords.text("treatment.standard");
    private static final Message[] EXEMPT = Array.of(ExemptionItem.values())
            .map(item -> GolfWords.text("treatment.exempt", "item", item)).toJavaArray(Message[]::new);
    private static final Message[] REDUCED = Array.of(ReductionCase.values())
            .map(c -> GolfWords.text("treatment.reduced", "case", c)).toJavaArray(Message[]::new);
    private static final Message[] NOT_TAXABLE = Array.of(BusinessUseItem.values())
            .map(item -> GolfWords.text("treatment.not-taxable", "code", item.code())).toJavaArray(Message[]::new);

    private TreatmentWords() {
    }

    static Message exempt(ExemptionItem item) {
        return EXEMPT[item.ordinal()];
    }

    static Message reduced(ReductionCase reductionCase) {
        return REDUCED[reductionCase.ordinal()];
    }

    static Message notTaxable(BusinessUseItem item) {
        return NOT_TAXABLE[item.ordinal()];
    }
}
