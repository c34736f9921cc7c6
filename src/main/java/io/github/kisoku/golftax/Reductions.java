package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The reductions of 熊本県税条例第69条 as the circular reads them (第2): aged 65 to 69 (第1項第1号), a
 * certified competition (第1項第2号), and early-morning, closed-day self-bag and nine-hole play
 * (第2項), each with its separate fee reduced far enough. Static functions and constants only;
 * thread-safe.
 */
// Words built once per enum constant, in arrays indexed by ordinal: read on every decision.
@SuppressWarnings("EnumOrdinal")
final class Reductions {
    /** The words of one reduction's fee test, built once (circular 第2・1(1), 第2・2). */
    private static final class FeeWords {
        private final Reason[] noFee = new Reason[DayType.values().length];
        private final Reason[][] notReduced = new Reason[FeeClass.values().length][DayType.values().length];
        private final Reason chargedMore;
        private final Reason missing;
        private final Reason[] reduced = new Reason[DayType.values().length];
        // The senior's texts also show the age (a figure appended after the others).
        private final boolean senior;

        FeeWords(GolfRule rule, ReductionCase rc) {
            for (DayType day : DayType.values()) {
                noFee[day.ordinal()] = Reason.of(rule, Sources.circular("第2・1(1)")).variant("no-fee." + day.name());
                reduced[day.ordinal()] = Reason.of(rule, rc.basis()).variant("fee." + day.name());
                for (FeeClass fc : FeeClass.values()) {
                    notReduced[fc.ordinal()][day.ordinal()] = Reason.of(rule, Sources.circular("第2・2"))
                            .variant("not-reduced." + fc.name() + "." + day.name());
                }
            }
            chargedMore = Reason.of(rule, Sources.circular("第2・1(1)").withConfidence(Confidence.INTERPRETATION))
                    .variant("charged-more");
            missing = Reason.of(rule, Missing.ASKED).variant("missing");
            senior = rule == GolfRule.SENIOR;
        }

        /** The reason that the fee test needs facts left out (the senior's shows the age first). */
        Reason missing(List<GolfFact> facts, int age) {
            return Missing.needs(senior ? missing.withFigure("age", age) : missing, facts);
        }
    }

    private static final FeeWords SENIOR_FEE = new FeeWords(GolfRule.SENIOR, ReductionCase.SENIOR_65_TO_69);
    private static final FeeWords EARLY_MORNING_FEE = new FeeWords(GolfRule.EARLY_MORNING, ReductionCase.EARLY_MORNING);
    private static final FeeWords CLOSED_DAY_FEE = new FeeWords(GolfRule.CLOSED_DAY, ReductionCase.CLOSED_DAY_SELF_BAG);
    private static final FeeWords NINE_HOLES_FEE = new FeeWords(GolfRule.NINE_HOLES, ReductionCase.NINE_HOLES_OR_FEWER);

    private static final Reason SENIOR_AGE = Reason.of(GolfRule.SENIOR).variant("out-of-range");
    // The answer for each age out of 65–69 a user has, built once: it shows nothing of the case but
    // the age, and nearly every visit gives it.
    private static final io.vavr.collection.Array<Either<Reason, Applied>> SENIOR_AGE_ANSWERS = io.vavr.collection.Array
            .range(0, 130).map(age -> Either.left(SENIOR_AGE.withFigure("age", age)));
    private static final Reason NO_PUBLIC_DOCUMENT = Reason.of(GolfRule.SENIOR, Sources.circular("第2・8(1)"))
            .variant("no-public-document");
    private static final Reason[] NO_PUBLIC_DOCUMENT_SHOWN = new Reason[AgeDocument.values().length];

    private static final Either<Reason, Applied> NOT_COMPETITION = otherPlay(GolfRule.COMPETITION);
    private static final Reason[] ORGANIZER = new Reason[CompetitionOrganizer.values().length];
    private static final Either<Reason, Applied> NO_COMPETITION_CERTIFICATE = competition("no-certificate", "第2・6(2)");
    private static final Reason NOT_ON_DAY = Reason.of(GolfRule.COMPETITION, Sources.circular("第2・3"))
            .variant("not-on-day");
    private static final Either<Reason, Applied> NOT_ON_LIST = competition("not-on-list", "第2・6(4)");
    private static final Reason[] COMPETITION_NOT_REDUCED = new Reason[DayType.values().length];
    private static final Either<Reason, Applied> NO_NAME_DOCUMENT = competition("no-public-document", "第2・8(2)");
    private static final Reason ENTRANT = Reason.of(GolfRule.COMPETITION).variant("applied");

    private static final Either<Reason, Applied> NOT_EARLY_MORNING = otherPlay(GolfRule.EARLY_MORNING);
    private static final Reason NOT_RESTRICTED = Reason.of(GolfRule.EARLY_MORNING, Sources.circular("第2・7(1)"))
            .variant("not-restricted");
    private static final Reason NOT_RESTRICTED_AFTER_OPENING = Reason.of(GolfRule.EARLY_MORNING,
            Sources.circular("第2・7(1)")).variant("not-restricted.after-opening");
    private static final Either<Reason, Applied> NOT_CLOSED_DAY = otherPlay(GolfRule.CLOSED_DAY);
    private static final Either<Reason, Applied> NOT_NINE_HOLES = otherPlay(GolfRule.NINE_HOLES);
    private static final Reason TOO_MANY_HOLES = Reason.of(GolfRule.NINE_HOLES, Sources.circular("第2・7(3)"))
            .variant("holes");

    private static final Evidence REDUCED_REGISTER = Evidence.of(EvidenceAction.RECORD,
            GolfWords.text("evidence.reduced-register"),
            Option.of(Register.REDUCED_RATE_REGISTER), Sources.circular("第2・9"));
    private static final Evidence COMPETITION_CERTIFICATE = Evidence.of(EvidenceAction.SUBMIT,
            GolfWords.text("evidence.competition-certificate"),
            Option.none(), Sources.circular("第2・6(3)"));
    private static final Evidence ENTRANT_LIST = Evidence.of(EvidenceAction.RECORD,
            GolfWords.text("evidence.entrant-list"),
            Option.of(Register.COMPETITION_ENTRANT_LIST), Sources.circular("第2・6(4)"));

    private static final List<Evidence> REGISTER_ONLY = List.of(REDUCED_REGISTER);

    // The papers of a senior's reduction, one list per public document shown, built once (by ordinal).
    private static final io.vavr.collection.Array<List<Evidence>> SENIOR_EVIDENCE = io.vavr.collection.Array
            .of(AgeDocument.values()).map(d -> List.of(Evidence.of(EvidenceAction.PRESENT, d.document(), Option.none(),
                    Sources.circular("第2・8(1)")), REDUCED_REGISTER));

    static {
        for (AgeDocument d : AgeDocument.values()) {
            NO_PUBLIC_DOCUMENT_SHOWN[d.ordinal()] = Reason.of(GolfRule.SENIOR, Sources.circular("第2・8(1)"))
                    .variant("no-public-document." + d.name());
        }
        for (CompetitionOrganizer o : CompetitionOrganizer.values()) {
            ORGANIZER[o.ordinal()] = Reason.of(GolfRule.COMPETITION, Sources.circular("第2・4, 第2・5"))
                    .variant("organizer." + o.name()).withFigure("organizer", o);
        }
        for (DayType day : DayType.values()) {
            COMPETITION_NOT_REDUCED[day.ordinal()] = Reason.of(GolfRule.COMPETITION,
                    Sources.circular("第2・2(2)ただし書, 第2・3")).variant("not-reduced." + day.name());
        }
    }

    private Reductions() {
    }

    private static Either<Reason, Applied> otherPlay(GolfRule rule) {
        return Either.left(Reason.of(rule).variant("other-play")
                .withFigure(GolfTaxRules.SCOPE, GolfTaxRules.SCOPE_OTHER_PLAY));
    }

    private static Either<Reason, Applied> competition(String variant, String section) {
        return Either.left(Reason.of(GolfRule.COMPETITION, Sources.circular(section)).variant(variant));
    }

    /**
     * 熊本県税条例第69条第1項第1号 as circular 第2・1(1), 第2・2, 第2・8(1) read it (confirmed): aged 65
     * to 69 on the use date, a separate fee at least 1/5 below both normal fees of the day type,
     * proved by a public document.
     */
    static Either<Reason, Applied> senior(Visit v, int age) {
        ReductionCase rc = ReductionCase.SENIOR_65_TO_69;
        if (age < GolfFigures.SENIOR_FROM_AGE || age >= GolfFigures.SENIOR_UNTIL_AGE) {
            return age < SENIOR_AGE_ANSWERS.length() ? SENIOR_AGE_ANSWERS.get(age)
                    : Either.left(SENIOR_AGE.withFigure("age", age));
        }
        Option<AgeDocument> doc = v.person().ageDocument();
        Option<Reason> noDocument = doc.isEmpty() ? Option.of(NO_PUBLIC_DOCUMENT.withFigure("age", age))
                : doc.get().issuedByPublicBody() ? Option.none()
                : Option.of(NO_PUBLIC_DOCUMENT_SHOWN[doc.get().ordinal()].withFigure("age", age));
        Either<Reason, Reason> fee = specialFeeTest(v, SpecialFeeCategory.SENIOR_65_TO_69, SENIOR_FEE, age);
        if (fee.isLeft()) {
            // A fee fact left out does not matter when the document already fails (issue 16).
            return Either.left(noDocument.isDefined() && !Missing.facts(fee.getLeft()).isEmpty() ? noDocument.get()
                    : fee.getLeft());
        }
        if (noDocument.isDefined()) {
            return Either.left(noDocument.get());
        }
        return Either.right(new Applied(Treatments.reduced(rc), List.of(PersonExemptions.ageReading(v, age)).prepend(fee.get()),
                SENIOR_EVIDENCE.get(doc.get().ordinal())));
    }

    /**
     * 熊本県税条例第69条第1項第2号 as circular 第2・1(2)〜第2・6, 第2・8(2) read it (confirmed): an entrant
     * of a certified JGA, regional or designated youth competition, on a day of play or practice,
     * whose per-day fee (第2・3) is at least 1/5 below the non-member fee.
     */
    static Either<Reason, Applied> competition(Visit v) {
        if (!(v.play() instanceof Play.CompetitionEntry e)) {
            return NOT_COMPETITION;
        }
        Competition c = e.competition();
        if (!c.organizer().qualifies()) {
            return Either.left(ORGANIZER[c.organizer().ordinal()]);
        }
        if (!c.certified()) {
            return NO_COMPETITION_CERTIFICATE;
        }
        if (!c.isOnDay(v.useDate())) {
            return Either.left(NOT_ON_DAY.withFigure("useDate", v.useDate()));
        }
        if (!e.onEntrantList()) {
            return NOT_ON_LIST;
        }
        boolean nameShown = e.nameDocument().isDefined() && e.nameDocument().get().issuedByPublicBody();
        List<GolfFact> facts = List.empty();
        if (c.courseFeePerDay().isEmpty()) {
            facts = facts.append(GolfFact.COMPETITION_COURSE_FEE);
        }
        if (v.course().fees().isEmpty()) {
            facts = facts.append(GolfFact.FEE_TABLE);
        }
        if (!facts.isEmpty()) {
            // A fee fact left out does not matter when the name document already fails (issue 16).
            return nameShown ? Missing.needs(GolfRule.COMPETITION, facts) : NO_NAME_DOCUMENT;
        }
        Yen perDay = c.feePerDay().get();
        Yen nonMember = v.course().fees().get().normal(v.dayType(), FeeClass.NON_MEMBER);
        if (!reducedEnough(perDay, nonMember, GolfFigures.COMPETITION_CUT_NUMERATOR,
                GolfFigures.COMPETITION_CUT_DENOMINATOR)) {
            return Either.left(COMPETITION_NOT_REDUCED[v.dayType().ordinal()]
                    .withFigures("feePerDay", perDay, "nonMemberFee", nonMember, "courseFee", c.courseFeePerDay().get())
                    .withFigures("participationFee", c.participationFee(), "days", c.daysIncludingPractice()));
        }
        if (!nameShown) {
            return NO_NAME_DOCUMENT;
        }
        AgeDocument doc = e.nameDocument().get();
        return Either.right(new Applied(Treatments.reduced(ReductionCase.COMPETITION), List.of(
                ENTRANT.withFigures("feePerDay", perDay, "nonMemberFee", nonMember, "days", c.daysIncludingPractice())
                        .withFigures("courseFee", c.courseFeePerDay().get(), "participationFee", c.participationFee(),
                                "competition", c.name())),
                List.of(COMPETITION_CERTIFICATE, ENTRANT_LIST,
                        Evidence.of(EvidenceAction.PRESENT, doc.document(), Option.none(), Sources.circular("第2・8(2)")),
                        REDUCED_REGISTER)));
    }

    /**
     * 熊本県税条例第69条第2項, circular 第2・7(1): play starting before opening and finishing by 10:00
     * with a separate fee at least 1/2 below; the half rate is UNCONFIRMED (ruling 5).
     */
    static Either<Reason, Applied> earlyMorning(Visit v) {
        if (!(v.play() instanceof Play.EarlyMorning e)) {
            return NOT_EARLY_MORNING;
        }
        if (!e.startsBeforeOpening() || e.mustFinishBy().isAfter(GolfTaxRules.EARLY_MORNING_FINISH)) {
            return Either.left((e.startsBeforeOpening() ? NOT_RESTRICTED : NOT_RESTRICTED_AFTER_OPENING)
                    .withFigure("mustFinishBy", e.mustFinishBy()));
        }
        return restricted(v, ReductionCase.EARLY_MORNING, SpecialFeeCategory.EARLY_MORNING, EARLY_MORNING_FEE);
    }

    /**
     * 熊本県税条例第69条第2項, circular 第2・7(2): self-bag play on a closed day with a separate fee at
     * least 1/2 below; the half rate is UNCONFIRMED (ruling 5).
     */
    static Either<Reason, Applied> closedDay(Visit v) {
        if (!(v.play() instanceof Play.ClosedDaySelfBag)) {
            return NOT_CLOSED_DAY;
        }
        return restricted(v, ReductionCase.CLOSED_DAY_SELF_BAG, SpecialFeeCategory.CLOSED_DAY_SELF_BAG, CLOSED_DAY_FEE);
    }

    /**
     * 熊本県税条例第69条第2項, circular 第2・7(3): play restricted to a specific course of nine holes or
     * fewer with a separate fee at least 1/2 below; the half rate is UNCONFIRMED (ruling 5).
     */
    static Either<Reason, Applied> nineHoles(Visit v) {
        if (!(v.play() instanceof Play.RestrictedCourse r)) {
            return NOT_NINE_HOLES;
        }
        if (r.holes() > GolfFigures.MAX_HOLES) {
            return Either.left(TOO_MANY_HOLES.withFigure("holes", r.holes()));
        }
        return restricted(v, ReductionCase.NINE_HOLES_OR_FEWER, SpecialFeeCategory.NINE_HOLES_OR_FEWER, NINE_HOLES_FEE);
    }

    private static Either<Reason, Applied> restricted(Visit v, ReductionCase rc, SpecialFeeCategory cat, FeeWords words) {
        Either<Reason, Reason> fee = specialFeeTest(v, cat, words, 0);
        // not map: its lambda would capture the case, one more object per visit
        return fee.isLeft() ? whyNot(fee)
                : Either.right(new Applied(Treatments.reduced(rc), List.of(fee.get()), REGISTER_ONLY));
    }

    /** The same why-not, as the answer of a check: a left holds no right, so it is the same object. */
    @SuppressWarnings("unchecked")
    private static Either<Reason, Applied> whyNot(Either<Reason, ?> left) {
        return (Either<Reason, Applied>) left;
    }

    /**
     * The fee test of circular 第2・1(1), 第2・2: a separate fee published for the day type, reduced
     * by the required fraction against both the member and the non-member normal fee, and
     * actually charged (the user pays no more than the separate fee of their class, member or
     * non-member; an interpretation). A fact left out is asked for only when it could change the
     * outcome (issue 16): the fee table always, the fee charged once the separate fee passes, the
     * user's class only when the fee charged lies between the two separate fees.
     */
    private static Either<Reason, Reason> specialFeeTest(Visit v, SpecialFeeCategory cat, FeeWords words, int age) {
        DayType day = v.dayType();
        if (v.course().fees().isEmpty()) {
            List<GolfFact> facts = List.of(GolfFact.FEE_TABLE);
            facts = v.feeCharged().isEmpty() ? facts.append(GolfFact.FEE_CHARGED) : facts;
            facts = v.feeClass().isEmpty() ? facts.append(GolfFact.FEE_CLASS) : facts;
            return Either.left(words.missing(facts, age));
        }
        CourseFeeTable table = v.course().fees().get();
        Option<SpecialFee> special = table.special(cat, day);
        if (special.isEmpty()) {
            return Either.left(words.senior ? words.noFee[day.ordinal()].withFigure("age", age) : words.noFee[day.ordinal()]);
        }
        SpecialFee s = special.get();
        String required = cat.requiredFraction();
        for (FeeClass fc : FeeClass.values()) {
            Yen normal = table.normal(day, fc);
            Yen fee = fc == FeeClass.MEMBER ? s.member() : s.nonMember();
            if (!reducedEnough(fee, normal, cat.requiredNumerator(), cat.requiredDenominator())) {
                Reason notReduced = words.notReduced[fc.ordinal()][day.ordinal()]
                        .withFigures("separateFee", fee, "normalFee", normal, "required", required);
                return Either.left(words.senior ? notReduced.withFigure("age", age) : notReduced);
            }
        }
        if (v.feeCharged().isEmpty()) {
            List<GolfFact> facts = List.of(GolfFact.FEE_CHARGED);
            facts = v.feeClass().isEmpty() && !s.member().equals(s.nonMember()) ? facts.append(GolfFact.FEE_CLASS) : facts;
            return Either.left(words.missing(facts, age));
        }
        Yen charged = v.feeCharged().get();
        // The separate fee of the user's class; without the class, only a fee charged between the
        // two separate fees needs it: at most the lower one passes, above the higher one fails.
        Yen lower = s.member().compareTo(s.nonMember()) <= 0 ? s.member() : s.nonMember();
        Yen ceiling = v.feeClass().map(fc -> fc == FeeClass.MEMBER ? s.member() : s.nonMember()).getOrElse(s.highest());
        if (v.feeClass().isEmpty() && charged.compareTo(lower) > 0 && charged.compareTo(ceiling) <= 0) {
            return Either.left(words.missing(List.of(GolfFact.FEE_CLASS), age));
        }
        if (charged.compareTo(ceiling) > 0) {
            return Either.left(words.senior
                    ? words.chargedMore.withFigures("charged", charged, "separateFee", ceiling, "age", age)
                    : words.chargedMore.withFigures("charged", charged, "separateFee", ceiling));
        }
        Yen member = table.normal(day, FeeClass.MEMBER);
        Yen nonMember = table.normal(day, FeeClass.NON_MEMBER);
        Reason fees = words.reduced[day.ordinal()]
                .withFigures("separateMember", s.member(), "separateNonMember", s.nonMember(), "member", member);
        return Either.right(words.senior ? fees.withFigures("nonMember", nonMember, "required", required, "age", age)
                : fees.withFigures("nonMember", nonMember, "required", required));
    }

    /** Whether {@code fee} is at least {@code num/den} below {@code normal}, in exact integers. */
    static boolean reducedEnough(Yen fee, Yen normal, int num, int den) {
        long cut = normal.amount() - fee.amount();
        return normal.amount() > 0 && cut * den >= normal.amount() * num;
    }
}
