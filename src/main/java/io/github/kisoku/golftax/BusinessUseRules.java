package io.github.kisoku.golftax;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Business use, circular 第5 (confirmed): use by the manager, staff or pros, free of charge and
 * entered in the register (and, for 第5(3), notified, listed and closed to the public) is not a
 * "ゴルフ場の利用" under 熊本県税条例第67条. Static functions and constants only; thread-safe.
 */
// Words built once per enum constant, in arrays indexed by ordinal: read on every decision.
@SuppressWarnings("EnumOrdinal")
final class BusinessUseRules {
    private static final Either<Reason, Applied> NOT_BUSINESS_USE = Either.left(Reason.of(GolfRule.BUSINESS_USE)
            .variant("other-play").withFigure(GolfTaxRules.SCOPE, GolfTaxRules.SCOPE_OTHER_PLAY));

    // The section of the circular of each item and the reason it applies, one per item (by
    // ordinal), built once.
    private static final LegalBasis[] SECTION = new LegalBasis[BusinessUseItem.values().length];
    private static final Reason[] APPLIED = new Reason[BusinessUseItem.values().length];

    static {
        for (BusinessUseItem item : BusinessUseItem.values()) {
            SECTION[item.ordinal()] = Sources.circular(item.section());
            APPLIED[item.ordinal()] = Reason.of(GolfRule.BUSINESS_USE, SECTION[item.ordinal()])
                    .variant(item.name()).withFigure("item", item.code());
        }
    }

    private static final Evidence REGISTER_ENTRY = Evidence.of(EvidenceAction.RECORD,
            GolfWords.text("evidence.business-register"),
            Option.of(Register.BUSINESS_USE_REGISTER), Sources.circular("第5"));
    private static final Evidence ANNEX = Evidence.of(EvidenceAction.SUBMIT, GolfWords.text("evidence.business-annex"),
            Option.of(Register.BUSINESS_USE_ANNEX), Sources.circular("第5 なお書"));
    private static final Evidence STAFF_CERTIFICATE = Evidence.of(EvidenceAction.PRESENT,
            GolfWords.text("evidence.staff-certificate"),
            Option.none(), Sources.circular("第5(2)ア"));
    private static final Evidence NOTICE = Evidence.of(EvidenceAction.SUBMIT, GolfWords.text("evidence.notice"), Option.none(), Sources.circular("第5(3)ア"));
    private static final Evidence INVITEES = Evidence.of(EvidenceAction.RECORD, GolfWords.text("evidence.invitees"), Option.none(), Sources.circular("第5(3)イ"));

    private BusinessUseRules() {
    }

    static Either<Reason, Applied> businessUse(Visit v) {
        if (!(v.play() instanceof Play.BusinessUse b)) {
            return NOT_BUSINESS_USE;
        }
        List<BusinessUseCondition> unmet = List.empty();
        Option<Yen> fee = v.feeCharged();
        if (fee.exists(f -> !f.isZero())) {
            unmet = unmet.append(BusinessUseCondition.NOT_FREE);
        }
        if (!b.recordedInRegister()) {
            unmet = unmet.append(BusinessUseCondition.NOT_REGISTERED);
        }
        if (b.item() == BusinessUseItem.OPENING_INVITATION) {
            Play.InvitationConditions c = b.invitation().getOrElse(new Play.InvitationConditions(false, false, false));
            if (!c.notifiedByEve()) {
                unmet = unmet.append(BusinessUseCondition.NOT_NOTIFIED);
            }
            if (!c.inviteesListed()) {
                unmet = unmet.append(BusinessUseCondition.NO_INVITEE_LIST);
            }
            if (!c.closedToPublic()) {
                unmet = unmet.append(BusinessUseCondition.OPEN_TO_PUBLIC);
            }
        }
        if (!unmet.isEmpty()) {
            Reason notQualified = Reason.of(GolfRule.BUSINESS_USE, SECTION[b.item().ordinal()], "item",
                    b.item().code(), "unmet", unmet);
            // The fee is shown when known; left out, it does not matter once another condition fails.
            return Either.left(fee.isEmpty() ? notQualified.variant("not-qualified")
                    : notQualified.withFigure("fee", fee.get())
                            .variant(fee.get().isZero() ? "not-qualified" : "not-qualified.charged"));
        }
        if (fee.isEmpty()) {
            return Either.left(Reason.of(GolfRule.BUSINESS_USE, Missing.ASKED, "item", b.item().code())
                    .variant("missing").withFigure(Missing.FACTS, List.of(GolfFact.FEE_CHARGED)));
        }
        List<Evidence> evidence = List.of(REGISTER_ENTRY, ANNEX);
        if (b.item() == BusinessUseItem.OTHER_COURSE_MANAGEMENT_STUDY) {
            evidence = evidence.append(STAFF_CERTIFICATE);
        }
        if (b.item() == BusinessUseItem.OPENING_INVITATION) {
            evidence = evidence.append(NOTICE).append(INVITEES);
        }
        return Either.right(new Applied(Treatments.notTaxable(b.item()), List.of(APPLIED[b.item().ordinal()]),
                evidence));
    }
}
