package io.github.kisoku.golftax;

import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Either;
import java.time.LocalTime;

/**
 * The treatment of one visit (課税判定): which of business use, the exemptions of 地方税法第75条の2
 * and 第75条の3, the reductions of 熊本県税条例第69条 or the standard rate applies, in the order of
 * kisoku ruling 6, with the tax, the evidence the course must see or keep, and for every
 * exemption or reduction that did not apply, why not.
 *
 * <p>Ages are read as of the use date (利用日現在, circular 第1・2(1), 第2・8(1); kisoku ruling 1,
 * {@link AgeReading#AS_OF_DATE}): age N holds on the whole eve of the N-th birthday. The rules
 * are grouped by article: {@code BusinessUseRules} (circular 第5), {@code PersonExemptions}
 * (第75条の2), {@code ActivityExemptions} (第75条の3), {@code Reductions} (第69条) and
 * {@code TaxOrder} (the order of kisoku ruling 6 and the tax); their words are in the bundle of
 * {@link GolfRule}. Static functions only; thread-safe.
 */
public final class GolfTaxRules {
    /** The latest finish time for early-morning play, circular 第2・7(1). */
    public static final LocalTime EARLY_MORNING_FINISH = LocalTime.of(10, 0);

    /**
     * The figure that marks a not-applied reason which says only that the case did not arise:
     * the play was of another kind ({@link #SCOPE_OTHER_PLAY}) or an earlier treatment applied
     * ({@link #SCOPE_PRECEDENCE}). Reasons without it are real why-nots: the case arose and a
     * condition failed.
     */
    public static final String SCOPE = "scope";
    /** Value of {@link #SCOPE}: the play was of another kind. */
    public static final String SCOPE_OTHER_PLAY = "other-play";
    /** Value of {@link #SCOPE}: an earlier treatment applied (kisoku ruling 6). */
    public static final String SCOPE_PRECEDENCE = "precedence";

    private GolfTaxRules() {
    }

    /**
     * The treatment of a visit under the Kumamoto rates shipped with the library.
     *
     * @param visit the visit
     * @return the decision, or why no rate is in force on the use date
     */
    public static Either<NotInForce, Decision<VisitAssessment>> assess(Visit visit) {
        return assess(visit, GradeRates.kumamoto());
    }

    /**
     * The treatment of a visit under a catalogue of rates.
     *
     * @param visit the visit
     * @param rates the rates per grade
     * @return the decision, or why no rate is in force on the use date
     */
    public static Either<NotInForce, Decision<VisitAssessment>> assess(Visit visit, GradeRates rates) {
        // no map: its lambda would capture the visit, one more object per decision
        Either<NotInForce, Effective<GradeRate>> rate = rates.on(visit.course().grade(), visit.useDate());
        return rate.isLeft() ? Either.left(rate.getLeft()) : Either.right(TaxOrder.decide(visit, rate.get().value(), rates));
    }

    /** Whether {@code fee} is at least {@code num/den} below {@code normal}, in exact integers. */
    static boolean reducedEnough(Yen fee, Yen normal, int num, int den) {
        return Reductions.reducedEnough(fee, normal, num, den);
    }
}
