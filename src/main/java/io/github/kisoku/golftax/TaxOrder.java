package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Reasons;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

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

    /** A check's test: the reason its rule did not apply to a visit, or the treatment it gives. */
    @FunctionalInterface
    private interface Test {
        Either<Reason, Applied> test(Visit visit, int age);
    }

    /**
     * One rule checked in order: its test; whether it reads the user's age (worked out once per
     * visit, by the first check that reads it); and the reasons it was not made, one per treatment
     * that applied first (numbered as {@link #first}), built once. An age exemption's item is kept
     * so that an age out of its range is answered first.
     *
     * <p>The tests are called through {@link Test}, from one place, so the JIT never takes them
     * into {@link #decide}. With a switch of static calls it did or did not, by the order in which
     * it happened to compile the two, and a visit cost a third more when it did: forks of one
     * benchmark run took 185 or 250 ns a visit, where through the interface they take 182–197.
     */
    private static final class Check {
        private final Test test;
        private final boolean readsAge;
        private final Option<ExemptionItem> ageItem;
        private final Reason[] notChecked = new Reason[FIRST.length];

        Check(GolfRule rule, boolean readsAge, Test test) {
            this(rule, readsAge, Option.none(), test);
        }

        Check(GolfRule rule, ExemptionItem ageItem) {
            this(rule, true, Option.some(ageItem), (v, age) -> PersonExemptions.ageExemption(v, ageItem, age));
        }

        private Check(GolfRule rule, boolean readsAge, Option<ExemptionItem> ageItem, Test test) {
            this.test = test;
            this.readsAge = readsAge;
            this.ageItem = ageItem;
            Reason said = Reason.of(rule, PRECEDENCE).variant("not-checked");
            for (int i = 0; i < FIRST.length; i++) {
                notChecked[i] = said.withFigures(GolfTaxRules.SCOPE, GolfTaxRules.SCOPE_PRECEDENCE, APPLIED_FIRST,
                        FIRST[i]);
            }
        }

        Reason notChecked(int first) {
            return notChecked[first];
        }
    }

    /** The figure of a not-checked reason that names the treatment that applied first. */
    static final String APPLIED_FIRST = "appliedFirst";

    /** The checks in the order of kisoku ruling 6. */
    private static final Check[] CHECKS = {
        new Check(GolfRule.BUSINESS_USE, false, (v, age) -> BusinessUseRules.businessUse(v)),
        new Check(GolfRule.UNDER_18, ExemptionItem.UNDER_18),
        new Check(GolfRule.AGED_70_OR_OVER, ExemptionItem.AGED_70_OR_OVER),
        new Check(GolfRule.DISABILITY, false, (v, age) -> PersonExemptions.disability(v)),
        new Check(GolfRule.NATIONAL_SPORTS_FESTIVAL, false, (v, age) -> ActivityExemptions.festival(v)),
        new Check(GolfRule.SCHOOL_ACTIVITY, false, (v, age) -> ActivityExemptions.school(v)),
        new Check(GolfRule.SENIOR, true, Reductions::senior),
        new Check(GolfRule.COMPETITION, false, (v, age) -> Reductions.competition(v)),
        new Check(GolfRule.EARLY_MORNING, false, (v, age) -> Reductions.earlyMorning(v)),
        new Check(GolfRule.CLOSED_DAY, false, (v, age) -> Reductions.closedDay(v)),
        new Check(GolfRule.NINE_HOLES, false, (v, age) -> Reductions.nineHoles(v)),
    };

    /** The reason that no check applied, so the standard rate does. */
    static final Reason STANDARD_REASON = Reason.of(GolfRule.STANDARD);
    private static final Treatment STANDARD = new Treatment.Standard();

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

    /** {@return the reason for the standard tax of a grade at a rate} */
    static Reason standardTaxReason(Grade grade, GradeRate rate) {
        TaxFigure f = rate.standard();
        return Reason.of(GolfRule.TAX_STANDARD, f.basis(), "grade", grade, "tax", f.amount());
    }

    /** {@return the reason for a reduced tax of a grade at a rate, {@code f} being one of its reduced figures} */
    static Reason reducedTaxReason(Grade grade, GradeRate rate, TaxFigure f) {
        return Reason.of(GolfRule.TAX_REDUCED, f.basis(), "grade", grade, "standard", rate.standard().amount(),
                "reduced", f.amount());
    }

    /**
     * The decision on a visit at its grade's rate in force.
     *
     * @param visit the visit
     * @param rate the rate of the visit's grade on its use date
     * @param rates the catalogue the rate is of; it holds the tax reasons of each rate
     * @return the treatment and tax, with every reason
     */
    static Decision<VisitAssessment> decide(Visit visit, GradeRate rate, GradeRates rates) {
        // Every check not applied, the usual case; the reasons that applied are sized when known.
        Reasons reasons = Reasons.expecting(0, CHECKS.length);
        Applied applied = null;
        int first = -1;
        // The age is read by three checks; worked out once, when the first of them is reached.
        int age = -1;
        List<MissingFact> missing = List.empty();
        for (Check check : CHECKS) {
            if (applied != null) {
                reasons.notApplied(check.notChecked(first));
                continue;
            }
            if (check.readsAge && age < 0) {
                age = PersonExemptions.age(visit);
            }
            if (check.ageItem.isDefined() && !PersonExemptions.ageInRange(check.ageItem.get(), age)) {
                // the usual answer of an age exemption, said without its Either: one object less
                reasons.notApplied(PersonExemptions.outOfRange(visit, check.ageItem.get(), age));
                continue;
            }
            Either<Reason, Applied> result = check.test.test(visit, age);
            if (result.isLeft()) {
                Reason why = result.getLeft();
                List<MissingFact> facts = Missing.facts(why);
                if (!facts.isEmpty()) {
                    missing = missing.appendAll(facts);
                }
                reasons.notApplied(why);
            } else {
                applied = result.get();
                first = first(applied.treatment());
            }
        }
        Grade grade = visit.course().grade();
        if (applied == null) {
            // the usual answer: its reasons name only the grade and rate, and are the catalogue's
            return reasons.decide(new VisitAssessment(STANDARD, rate.standard().amount(), List.empty(), missing),
                    rates.standardReasons(grade, rate));
        }
        Treatment treatment = applied.treatment();
        Yen tax;
        Reason taxReason;
        if (treatment instanceof Treatment.Reduced r) {
            int paragraph = r.reductionCase().paragraph();
            tax = (paragraph == 1 ? rate.reducedParagraph1() : rate.reducedParagraph2()).amount();
            taxReason = rates.reducedTaxReason(grade, rate, paragraph);
        } else {
            tax = Yen.ZERO;
            taxReason = noTax(treatment);
        }
        reasons.expectingMore(applied.reasons().size() + 1);
        // head and tail rather than an iterator: the iterator would be one more object per visit
        for (List<Reason> r = applied.reasons(); !r.isEmpty(); r = r.tail()) {
            reasons.because(r.head());
        }
        reasons.because(taxReason);
        return reasons.decide(new VisitAssessment(treatment, tax, applied.evidence(), missing));
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
