package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Reasons;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.Function;

/**
 * The order of the checks (kisoku ruling 6: business use → 第75条の2 → 第75条の3 → 第69条 reductions
 * → standard) and the tax of the treatment that applied. Static functions and constants only;
 * thread-safe.
 */
// Words built once per enum constant, in arrays indexed by ordinal: read on every decision.
@SuppressWarnings("EnumOrdinal")
final class TaxOrder {
    /** The basis of every "not checked" reason: kisoku ruling 6. */
    static final LegalBasis PRECEDENCE = Sources.ruling(6,
            "business use → 75条の2 (under 18, 70+, disability) → 75条の3 → 69条 reductions → standard");

    // The treatments that can apply before a check, numbered: the exemptions, then the reductions,
    // then the business uses (by ordinal). Each is shown by its kind's label in the bundle.
    private static final Enum<?>[] FIRST = io.vavr.collection.List.<Enum<?>>of(ExemptionItem.values())
            .appendAll(io.vavr.collection.List.of(ReductionCase.values()))
            .appendAll(io.vavr.collection.List.of(BusinessUseItem.values())).toJavaArray(Enum<?>[]::new);

    /**
     * One rule checked in order: the check itself, and the reasons it was not made, one per
     * treatment that applied first (numbered as {@link #first}), built once.
     */
    private static final class Check {
        private final Function<Visit, Either<Reason, Applied>> test;
        private final Reason[] notChecked = new Reason[FIRST.length];

        Check(GolfRule rule, Function<Visit, Either<Reason, Applied>> test) {
            this.test = test;
            Reason said = Reason.of(rule, PRECEDENCE).variant("not-checked");
            for (int i = 0; i < FIRST.length; i++) {
                notChecked[i] = said.withFigures(GolfTaxRules.SCOPE, GolfTaxRules.SCOPE_PRECEDENCE, APPLIED_FIRST,
                        FIRST[i]);
            }
        }

        Either<Reason, Applied> test(Visit visit) {
            return test.apply(visit);
        }

        Reason notChecked(int first) {
            return notChecked[first];
        }
    }

    /** The figure of a not-checked reason that names the treatment that applied first. */
    static final String APPLIED_FIRST = "appliedFirst";

    /** The checks in the order of kisoku ruling 6. */
    private static final Check[] CHECKS = {
        new Check(GolfRule.BUSINESS_USE, BusinessUseRules::businessUse),
        new Check(GolfRule.UNDER_18, v -> PersonExemptions.ageExemption(v, ExemptionItem.UNDER_18)),
        new Check(GolfRule.AGED_70_OR_OVER, v -> PersonExemptions.ageExemption(v, ExemptionItem.AGED_70_OR_OVER)),
        new Check(GolfRule.DISABILITY, PersonExemptions::disability),
        new Check(GolfRule.NATIONAL_SPORTS_FESTIVAL, ActivityExemptions::festival),
        new Check(GolfRule.SCHOOL_ACTIVITY, ActivityExemptions::school),
        new Check(GolfRule.SENIOR, Reductions::senior),
        new Check(GolfRule.COMPETITION, Reductions::competition),
        new Check(GolfRule.EARLY_MORNING, Reductions::earlyMorning),
        new Check(GolfRule.CLOSED_DAY, Reductions::closedDay),
        new Check(GolfRule.NINE_HOLES, Reductions::nineHoles),
    };

    private static final Applied STANDARD = new Applied(new Treatment.Standard(),
            List.of(Reason.of(GolfRule.STANDARD)), List.empty());

    // The reason of no tax, one per treatment, built once: it shows no figures of the case.
    // (by the item's ordinal)
    private static final Reason[] NO_TAX_EXEMPT = new Reason[ExemptionItem.values().length];
    private static final Reason[] NO_TAX_NOT_TAXABLE = new Reason[BusinessUseItem.values().length];

    static {
        for (ExemptionItem item : ExemptionItem.values()) {
            NO_TAX_EXEMPT[item.ordinal()] = Reason.of(GolfRule.TAX_NONE, new Treatment.Exempt(item).basis())
                    .variant("exempt." + item.name());
        }
        for (BusinessUseItem item : BusinessUseItem.values()) {
            NO_TAX_NOT_TAXABLE[item.ordinal()] = Reason.of(GolfRule.TAX_NONE,
                    new Treatment.NotTaxableUse(item).basis()).variant("not-taxable." + item.name());
        }
    }

    private TaxOrder() {
    }

    static Decision<VisitAssessment> decide(Visit visit, GradeRate rate) {
        Reasons reasons = Reasons.expecting(CHECKS.length + 3);
        Applied applied = null;
        int first = -1;
        List<MissingFact> missing = List.empty();
        for (Check check : CHECKS) {
            if (applied != null) {
                reasons.notApplied(check.notChecked(first));
                continue;
            }
            Either<Reason, Applied> result = check.test(visit);
            if (result.isLeft()) {
                Reason why = result.getLeft();
                missing = missing.appendAll(Missing.facts(why));
                reasons.notApplied(why);
            } else {
                applied = result.get();
                first = first(applied.treatment());
            }
        }
        Applied a = applied == null ? STANDARD : applied;
        Treatment treatment = a.treatment();
        Yen tax;
        Reason taxReason;
        Grade grade = visit.course().grade();
        if (treatment instanceof Treatment.Reduced r) {
            TaxFigure f = r.reductionCase().paragraph() == 1 ? rate.reducedParagraph1() : rate.reducedParagraph2();
            tax = f.amount();
            taxReason = Reason.of(GolfRule.TAX_REDUCED, f.basis())
                    .withFigures("grade", grade, "standard", rate.standard().amount(), "reduced", f.amount());
        } else if (treatment instanceof Treatment.Standard) {
            TaxFigure f = rate.standard();
            tax = f.amount();
            taxReason = Reason.of(GolfRule.TAX_STANDARD, f.basis()).withFigures("grade", grade, "tax", f.amount());
        } else {
            tax = Yen.ZERO;
            taxReason = noTax(treatment);
        }
        for (Reason r : a.reasons()) {
            reasons.because(r);
        }
        reasons.because(taxReason);
        return reasons.decide(new VisitAssessment(treatment, tax, a.evidence(), missing));
    }

    /** {@return the number of a treatment that applies before a check: its place in {@link #FIRST}} */
    private static int first(Treatment treatment) {
        if (treatment instanceof Treatment.Exempt e) {
            return e.item().ordinal();
        }
        if (treatment instanceof Treatment.Reduced r) {
            return ExemptionItem.values().length + r.reductionCase().ordinal();
        }
        // Only a treatment of a check applies first: the standard rate is what is left when none did.
        return ExemptionItem.values().length + ReductionCase.values().length
                + ((Treatment.NotTaxableUse) treatment).item().ordinal();
    }

    private static Reason noTax(Treatment treatment) {
        if (treatment instanceof Treatment.Exempt e) {
            return NO_TAX_EXEMPT[e.item().ordinal()];
        }
        return NO_TAX_NOT_TAXABLE[((Treatment.NotTaxableUse) treatment).item().ordinal()];
    }
}
