package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Message;
import io.vavr.Tuple;
import io.vavr.collection.Array;
import io.vavr.collection.Map;

/**
 * The words of each {@link Treatment}, read once from the {@code treatment.*} texts: an audit
 * writes a treatment for every one of a million visits, so each is looked up when the class loads,
 * not per visit. Static and immutable; thread-safe.
 */
final class TreatmentWords {
    static final Message STANDARD = GolfWords.text("treatment.standard");
    private static final Map<ExemptionItem, Message> EXEMPT = Array.of(ExemptionItem.values())
            .toMap(item -> Tuple.of(item, GolfWords.text("treatment.exempt", "item", item)));
    private static final Map<ReductionCase, Message> REDUCED = Array.of(ReductionCase.values())
            .toMap(c -> Tuple.of(c, GolfWords.text("treatment.reduced", "case", c)));
    private static final Map<BusinessUseItem, Message> NOT_TAXABLE = Array.of(BusinessUseItem.values())
            .toMap(item -> Tuple.of(item, GolfWords.text("treatment.not-taxable", "code", item.code())));

    private TreatmentWords() {
    }

    static Message exempt(ExemptionItem item) {
        return EXEMPT.get(item).get();
    }

    static Message reduced(ReductionCase reductionCase) {
        return REDUCED.get(reductionCase).get();
    }

    static Message notTaxable(BusinessUseItem item) {
        return NOT_TAXABLE.get(item).get();
    }
}
