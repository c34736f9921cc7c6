package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * What a course files for a month (月分の納入申告): every visit with its decision; users and tax
 * by grade and treatment; the non-taxable users list (別記第1号様式, circular 第1・8, 第1・10); the
 * reduced-rate register (様式第36号付表, 第2・9); the business-use counts by item for the annex
 * (別記第4号様式, 第5); and the total tax. The total is a sum of whole-yen amounts, so the
 * truncation of a 確定金額 below 1 yen (地方税法第20条の4の2第3項ただし書, 施行令第6条の17第2項) never
 * changes it. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class MonthlyReturn {
    MonthlyReturn() {
    }

    /**
     * Builds a month's return under the Kumamoto rates shipped with the library.
     *
     * @param month the month of use
     * @param visits the month's visits
     * @return the return, or every problem (a visit outside the month, a repeated id, a date with
     *     no rate in force)
     */
    public static Validation<Seq<Problem>, MonthlyReturn> build(YearMonth month, Iterable<Visit> visits) {
        return build(month, visits, GradeRates.kumamoto());
    }

    /**
     * Builds a month's return under a catalogue of rates.
     *
     * @param month the month of use
     * @param visits the month's visits
     * @param rates the rates per grade
     * @return the return, or every problem
     */
    public static Validation<Seq<Problem>, MonthlyReturn> build(YearMonth month, Iterable<Visit> visits,
            GradeRates rates) {
        if (month == null || visits == null || rates == null) {
            return Validation.invalid(List.of(Problem.required(month == null ? "month" : visits == null ? "visits"
                    : "rates")));
        }
        // java.util lists while building: appending to and indexing a vavr List is linear, which made
        // a month of many visits quadratic (issue 7).
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        java.util.List<AssessedVisit> assessed = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int i = -1;
        for (Visit v : visits) {
            i++;
            String field = "visits[" + i + "]";
            if (v == null) {
                problems.add(Problem.required(field));
                continue;
            }
            if (!YearMonth.from(v.useDate()).equals(month)) {
                problems.add(Problem.of(GolfProblem.OUTSIDE_MONTH, field + ".useDate")
                        .withFigures("useDate", v.useDate(), "month", month).withFigure("id", v.id()));
            }
            if (!seen.add(v.id())) {
                problems.add(Problem.of(GolfProblem.DUPLICATE_ID, field + ".id").withFigure("id", v.id()));
            }
            Either<NotInForce, Decision<VisitAssessment>> d = GolfTaxRules.assess(v, rates);
            if (d.isLeft()) {
                problems.add(d.getLeft().asProblem(field + ".useDate"));
            } else {
                assessed.add(new AssessedVisit(v, d.get()));
            }
        }
        return problems.isEmpty() ? Validation.valid(ImmutableMonthlyReturn.create(month, List.ofAll(assessed)))
                : Validation.invalid(List.ofAll(problems));
    }

    /** {@return the month of use} */
    public abstract YearMonth month();

    /** {@return every visit with its decision, in the order given} */
    public abstract List<AssessedVisit> visits();

    /**
     * Users and tax by grade and treatment, ordered by grade and then by the order of
     * precedence (business use, exemptions, reductions, standard).
     *
     * @return the lines
     */
    public List<ReturnLine> lines() {
        LinkedHashMap<Tuple2<Grade, Treatment>, Tally> tallies = LinkedHashMap.empty();
        for (AssessedVisit a : visits().sortBy(a -> a.visit().course().grade().value() * 1000 + order(a.treatment()))) {
            Tuple2<Grade, Treatment> key = Tuple.of(a.visit().course().grade(), a.treatment());
            tallies = tallies.put(key, tallies.get(key).getOrElse(Tally.ZERO).plus(a.tax()));
        }
        return tallies.map(e -> new ReturnLine(e._1._1, e._1._2, e._2)).toList();
    }

    // The items' declaration order is the order of the seed's tables, which is the order the
    // return lists them in; ordinal() is used for sorting only, never stored or parsed.
    @SuppressWarnings("EnumOrdinal")
    private static int order(Treatment t) {
        if (t instanceof Treatment.NotTaxableUse n) {
            return n.item().ordinal();
        }
        if (t instanceof Treatment.Exempt e) {
            return 100 + e.item().ordinal();
        }
        if (t instanceof Treatment.Reduced r) {
            return 200 + r.reductionCase().ordinal();
        }
        return 300;
    }

    /**
     * The non-taxable users list (別記第1号様式), filed with this month's return (circular 第1・10).
     *
     * @return one row per exempt visit, in the order given
     */
    public List<NonTaxableUserRow> nonTaxableUsers() {
        return visits().filter(a -> a.treatment() instanceof Treatment.Exempt)
                .map(a -> new NonTaxableUserRow(a.visit(), ((Treatment.Exempt) a.treatment()).item(),
                        a.decision().value().evidence().filter(e -> e.action() == EvidenceAction.PRESENT
                                || (e.action() == EvidenceAction.SUBMIT && e.register().isEmpty()))
                                .map(Evidence::document)));
    }

    /**
     * The reduced-rate register (様式第36号付表), circular 第2・9.
     *
     * @return one row per reduced visit, in the order given
     */
    public List<ReducedRateRow> reducedRateRegister() {
        return visits().filter(a -> a.treatment() instanceof Treatment.Reduced)
                .map(a -> new ReducedRateRow(a.visit(), ((Treatment.Reduced) a.treatment()).reductionCase(), a.tax()));
    }

    /**
     * The business-use counts for the annex (別記第4号様式), one per item of circular 第5 with
     * zeros, in the form's order.
     *
     * @return the count per item
     */
    public Map<BusinessUseItem, Integer> businessUseCounts() {
        Map<BusinessUseItem, Integer> counts = LinkedHashMap.empty();
        for (BusinessUseItem item : BusinessUseItem.values()) {
            counts = counts.put(item, visits().count(a -> a.treatment().equals(new Treatment.NotTaxableUse(item))));
        }
        return counts;
    }

    /**
     * The cumulative business-use counts (累計) of the annex (別記第4号様式) over several months'
     * returns, e.g. from the first month the register covers to this one.
     *
     * @param returns the months' returns
     * @return the count per item, with zeros, in the form's order
     */
    public static Map<BusinessUseItem, Integer> cumulativeBusinessUse(Iterable<MonthlyReturn> returns) {
        List<MonthlyReturn> all = List.ofAll(returns);
        Map<BusinessUseItem, Integer> counts = LinkedHashMap.empty();
        for (BusinessUseItem item : BusinessUseItem.values()) {
            counts = counts.put(item, all.map(r -> r.businessUseCounts().get(item).getOrElse(0)).sum().intValue());
        }
        return counts;
    }

    /** {@return the total tax of the month: the sum of every visit's tax, in whole yen} */
    public Yen totalTax() {
        return visits().map(AssessedVisit::tax).foldLeft(Yen.ZERO, Yen::plus);
    }

    /**
     * Why the total is what it is: the sum of the visits, with no rounding below 1 yen needed.
     *
     * @return the reason
     */
    public Reason totalReason() {
        return Reason.of(GolfRule.MONTHLY_TOTAL, GolfRule.MONTHLY_TOTAL.basis()
                .withNote("地方税法施行令第6条の17第2項: ゴルフ場利用税の確定金額は1円未満切捨て"),
                "visits", visits().size(), "total", totalTax(), "month", month());
    }
}
