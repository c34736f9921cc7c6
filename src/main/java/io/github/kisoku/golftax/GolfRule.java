package io.github.kisoku.golftax;

import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Rule;

/**
 * The rules of the Kumamoto golf course utilisation tax (ゴルフ場利用税) that kisoku's reasons name,
 * each with its stable id (the JSON contract) and its usual legal basis; a reason may cite a
 * more specific provision of the circular. Their words are in {@code messages_ja.properties} and
 * {@code messages_en.properties} beside this class, under the rule's id or
 * {@code <id>#<variant>}.
 *
 * <p>Every check of kisoku ruling 6 has the variant {@code not-checked}: the check was not made
 * because an earlier treatment applied.
 */
public enum GolfRule implements Rule {
    /**
     * Business use (業務による利用) is not a ゴルフ場の利用 under 熊本県税条例第67条 (circular 第5,
     * confirmed). Variants: {@code other-play}; one per {@link BusinessUseItem} constant when it
     * applies; {@code not-qualified} and {@code not-qualified.charged} (figures {@code item},
     * {@code unmet}: the {@link BusinessUseCondition}s not met, {@code fee} when known);
     * {@code missing} (figures {@code item}, {@code facts}: the fee charged left out).
     */
    BUSINESS_USE("golftax.business-use", Sources.circular("第5")),
    /**
     * 地方税法第75条の2第1号: under 18 on the use date, proved by a document (circular 第1・2(1)).
     * Variants: {@code out-of-range}, {@code no-document}, one per {@link AgeDocument} constant
     * when it applies, {@code not-checked}.
     */
    UNDER_18("golftax.exempt.under-18", ExemptionItem.UNDER_18.basis()),
    /**
     * 地方税法第75条の2第2号: 70 or over on the use date, proved by a document (circular 第1・2(1)).
     * Variants as {@link #UNDER_18}.
     */
    AGED_70_OR_OVER("golftax.exempt.70-or-over", ExemptionItem.AGED_70_OR_OVER.basis()),
    /**
     * 地方税法第75条の2第3号: a person with a disability, proved by a card (circular 第1・2(2)).
     * Variants: {@code no-card}, {@code applied}, {@code municipal-under-65} (a 市町村長's certificate
     * makes a person with a disability only at 65 or over, 施行令第7条第7号; figures {@code age},
     * {@code turning}), {@code not-checked}.
     */
    DISABILITY("golftax.exempt.disability", ExemptionItem.DISABILITY.basis()),
    /**
     * 地方税法第75条の3第1号: the national sports festival, its official practice or a Kumamoto
     * qualifier, certified (circular 第1・3(1), 第1・4). Variants: {@code other-play.<name>} and
     * {@code no-certificate.<name>} per festival name ({@code kokutai}, {@code kokusupo},
     * {@code unnamed}); {@code certifier.<stage>.<certifier>} for a certificate from the wrong
     * body; {@code no-identity-check}; {@code applied.<certifier>}; {@code not-checked}.
     */
    NATIONAL_SPORTS_FESTIVAL("golftax.exempt.national-sports-festival",
            ExemptionItem.NATIONAL_SPORTS_FESTIVAL.basis()),
    /**
     * 地方税法第75条の3第2号: a school's education activity led by its teacher and certified by its
     * head (circular 第1・3(2), 第1・5, 第1・6). Variants: {@code other-play}, {@code not-education},
     * {@code no-teacher}, {@code no-certificate}, {@code kindergarten},
     * {@code signer.<school>.<signer>}, {@code incomplete}, {@code no-identity-check},
     * {@code applied.<signer>}, {@code not-checked}.
     */
    SCHOOL_ACTIVITY("golftax.exempt.school-activity", ExemptionItem.SCHOOL_ACTIVITY.basis()),
    /**
     * 熊本県税条例第69条第1項第1号: aged 65 to 69 with a separate fee at least 1/5 below (circular
     * 第2・1(1), 第2・2, 第2・8(1)). Variants: {@code out-of-range}, the fee test's
     * ({@code no-fee.<day>}, {@code not-reduced.<class>}, {@code charged-more}, {@code fee}),
     * {@code no-public-document}, {@code no-public-document.<document>}, {@code missing} (figures
     * {@code age}, {@code facts}: the {@link GolfFact}s left out that the fee test needs),
     * {@code not-checked}.
     */
    SENIOR("golftax.reduced.senior", ReductionCase.SENIOR_65_TO_69.basis()),
    /**
     * 熊本県税条例第69条第1項第2号: an entrant of a certified competition whose fee per day is at
     * least 1/5 below the non-member fee (circular 第2・1(2)〜第2・6, 第2・8(2)). Variants:
     * {@code other-play}, {@code organizer}, {@code no-certificate}, {@code not-on-day},
     * {@code not-on-list}, {@code not-reduced}, {@code no-public-document}, {@code missing}
     * (figure {@code facts}: the per-day course fee or the fee table left out), {@code applied},
     * {@code not-checked}.
     */
    COMPETITION("golftax.reduced.competition", ReductionCase.COMPETITION.basis()),
    /**
     * 熊本県税条例第69条第2項, circular 第2・7(1): play before opening finishing by 10:00 with a separate
     * fee at least 1/2 below (the half rate UNCONFIRMED, ruling 5). Variants: {@code other-play},
     * {@code not-restricted}, {@code not-restricted.after-opening}, the fee test's (with
     * {@code missing}), {@code not-checked}.
     */
    EARLY_MORNING("golftax.reduced.early-morning", ReductionCase.EARLY_MORNING.basis()),
    /**
     * 熊本県税条例第69条第2項, circular 第2・7(2): closed-day self-bag play with a separate fee at
     * least 1/2 below. Variants: {@code other-play}, the fee test's, {@code not-checked}.
     */
    CLOSED_DAY("golftax.reduced.closed-day", ReductionCase.CLOSED_DAY_SELF_BAG.basis()),
    /**
     * 熊本県税条例第69条第2項, circular 第2・7(3): a specific course of nine holes or fewer with a
     * separate fee at least 1/2 below. Variants: {@code other-play}, {@code holes}, the fee
     * test's, {@code not-checked}.
     */
    NINE_HOLES("golftax.reduced.nine-holes", ReductionCase.NINE_HOLES_OR_FEWER.basis()),
    /** 地方税法第75条: no exemption or reduction applies, so the standard rate. */
    STANDARD("golftax.standard", Sources.law("第75条")),
    /** The grade's standard tax per person per day; the reason cites the rate's own source. */
    TAX_STANDARD("golftax.tax.standard", Sources.law("第75条・第76条")),
    /**
     * The grade's reduced tax, half of the standard (熊本県税条例第69条); the reason cites the rate's
     * own source.
     */
    TAX_REDUCED("golftax.tax.reduced", Sources.law("第75条・第76条")),
    /**
     * No tax for a use that is exempt or not taxable; the reason cites the treatment's basis.
     * Variants: {@code exempt.<item>} per {@link ExemptionItem}, {@code not-taxable.<item>} per
     * {@link BusinessUseItem}.
     */
    TAX_NONE("golftax.tax.none", Sources.law("第75条の2・第75条の3")),
    /**
     * Ages are read as of the use date and reached on the eve of the birthday (circular 第1・2(1),
     * 第2・8(1); kisoku ruling 1).
     */
    AGE_READING("golftax.age-reading", AgeReading.AS_OF_DATE.basis()),
    /**
     * Circular 第4: where one fee item belongs for grading (the reason cites the item's section).
     * Variants: {@code green-fee}, {@code incidental}, {@code incidental-optional},
     * {@code public-interest}, {@code optional-mandatory}, {@code optional}.
     */
    GRADING_FEE_ITEM("golftax.grading-fee.item", Sources.circular("第4")),
    /** 熊本県税条例施行規則第23条第2項: the fee a course's grade is based on, the sum of the items that count. */
    GRADING_FEE_TOTAL("golftax.grading-fee.total",
            LegalBasis.document(Sources.ORDINANCE_RULES, "第23条第2項", io.github.kisoku.kernel.Confidence.CONFIRMED)),
    /** Circular 第6(1): the fee, the public-interest contributions and the other fees displayed apart. */
    DISPLAY_FEES("golftax.display.fees", Sources.circular("第6(1)")),
    /** Circular 第6(2): a reduced separate fee displayed with its reduced tax. */
    DISPLAY_REDUCED("golftax.display.reduced", Sources.circular("第6(2)")),
    /** 地方税法第20条の4の2第3項: a month's total tax, the sum of its visits. */
    MONTHLY_TOTAL("golftax.monthly-total", Sources.law("第20条の4の2第3項")),
    /**
     * Circular 第3: a self-play member course. Variants: {@code type.<CourseType>},
     * {@code self-play-only}, {@code caddies-allowed}, {@code no-cart-fee}, {@code cart-fee.within},
     * {@code cart-fee.over}.
     */
    SELF_PLAY_MEMBER_COURSE("golftax.self-play-member-course", Sources.circular("第3・1"));

    private static final MessageBundle WORDS = MessageBundle.load(GolfRule.class, "messages");

    private final String id;
    private final LegalBasis basis;

    GolfRule(String id, LegalBasis basis) {
        this.id = id;
        this.basis = basis;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public MessageBundle words() {
        return WORDS;
    }
}
