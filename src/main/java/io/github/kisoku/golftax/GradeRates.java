package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The catalogue of taxes per grade over time (等級別税率表), read once from
 * {@code grades.csv} beside this class. Each row carries its source URL and the confidence of
 * each amount, so an answer that rests on the unconfirmed 第69条第2項 fraction says so.
 *
 * <p>Source: 熊本県 税務課「ゴルフ場利用税」(page dated 2020-08-01), the circular 税第423号 for
 * the half rate of 第69条第1項. Immutable and thread-safe.
 */
public final class GradeRates {
    private static final GradeRates KUMAMOTO = load();

    private final Map<Integer, EffectiveTimeline<GradeRate>> timelines;
    // The same timelines by grade number, for the lookup every visit makes.
    private final EffectiveTimeline<GradeRate>[] byGrade;
    // The tax reasons of each grade's versions, in the order of its timeline: they name only the
    // grade and its rates, so every visit of that grade and period shares them.
    private final TaxReasons[][] taxReasons;

    /**
     * The tax reasons of one grade and version: each reduced paragraph's, and the whole reasons of
     * the standard rate (that no check applied, then the tax), which a visit of the standard rate
     * gives as they are.
     */
    private record TaxReasons(GradeRate rate, Reason reducedParagraph1, Reason reducedParagraph2,
            Seq<Reason> standardReasons) {
        static TaxReasons of(Grade grade, GradeRate rate) {
            return new TaxReasons(rate, TaxOrder.reducedTaxReason(grade, rate, rate.reducedParagraph1()),
                    TaxOrder.reducedTaxReason(grade, rate, rate.reducedParagraph2()), standardOf(grade, rate));
        }
    }

    private static Seq<Reason> standardOf(Grade grade, GradeRate rate) {
        return Array.of(TaxOrder.STANDARD_REASON, TaxOrder.standardTaxReason(grade, rate));
    }

    @SuppressWarnings("unchecked")
    private GradeRates(Map<Integer, EffectiveTimeline<GradeRate>> timelines) {
        this.timelines = timelines;
        this.byGrade = (EffectiveTimeline<GradeRate>[]) new EffectiveTimeline<?>[Grade.MAX + 1];
        this.taxReasons = new TaxReasons[Grade.MAX + 1][];
        timelines.forEach((grade, timeline) -> {
            byGrade[grade] = timeline;
            taxReasons[grade] = timeline.versions().map(v -> TaxReasons.of(Grade.of(grade), v.value()))
                    .toJavaArray(TaxReasons[]::new);
        });
    }

    /**
     * The Kumamoto catalogue shipped with the library.
     *
     * @return the catalogue
     */
    public static GradeRates kumamoto() {
        return KUMAMOTO;
    }

    /**
     * The taxes of a grade in force on a date.
     *
     * @param grade the course's grade
     * @param date the use date
     * @return the taxes with their period in force, or why none is in force on that date
     */
    public Either<NotInForce, Effective<GradeRate>> on(Grade grade, LocalDate date) {
        return byGrade[grade.value()].at(date);
    }

    /**
     * The reason for the reduced tax of a visit of a grade at one of its rates (as {@link #on}
     * gave it), under paragraph 1 or 2 of 第69条.
     *
     * @param grade the course's grade
     * @param rate the grade's rate in force
     * @param paragraph the paragraph of 第69条, 1 or 2
     * @return the reason, built with the catalogue
     */
    Reason reducedTaxReason(Grade grade, GradeRate rate, int paragraph) {
        for (TaxReasons r : taxReasons[grade.value()]) {
            if (r.rate().equals(rate)) {
                return paragraph == 1 ? r.reducedParagraph1() : r.reducedParagraph2();
            }
        }
        // A rate of no version of this catalogue (not one that on() gives) is said the same way.
        return TaxOrder.reducedTaxReason(grade, rate, paragraph == 1 ? rate.reducedParagraph1() : rate.reducedParagraph2());
    }

    /**
     * The reasons of the standard rate of a grade: that no check applied, then the tax; built with
     * the catalogue for its own rates.
     *
     * @param grade the course's grade
     * @param rate the grade's rate in force
     * @return the reasons, in order
     */
    Seq<Reason> standardReasons(Grade grade, GradeRate rate) {
        for (TaxReasons r : taxReasons[grade.value()]) {
            if (r.rate().equals(rate)) {
                return r.standardReasons();
            }
        }
        return standardOf(grade, rate);
    }

    /**
     * Every grade's timeline, by grade number.
     *
     * @return the timelines
     */
    public Map<Integer, EffectiveTimeline<GradeRate>> timelines() {
        return timelines;
    }

    private static GradeRates load() {
        Map<Integer, List<Effective<GradeRate>>> byGrade = BundledCsv.read(GradeRates.class, "grades.csv")
                .groupBy(r -> Integer.parseInt(r.get("grade").strip()))
                .mapValues(rs -> rs.map(GradeRates::version));
        return new GradeRates(HashMap.ofEntries(byGrade.map(e -> io.vavr.Tuple.of(e._1,
                Validations.orThrow(EffectiveTimeline.validate("golftax.grade-" + e._1, e._2))))));
    }

    private static Effective<GradeRate> version(BundledCsv.Row r) {
        LocalDate from = LocalDate.parse(r.get("from").strip());
        String url = r.get("source").strip();
        LegalBasis standard = LegalBasis.document("熊本県 税務課「ゴルフ場利用税」(2020-08-01)",
                "等級別税率 " + r.get("grade").strip() + "級", Confidence.valueOf(r.get("tax_confidence").strip())).withUrl(url);
        LegalBasis reduced1 = Sources.ordinance("第69条第1項", "別記第1号の2様式・第2号様式（二分の一）")
                .withConfidence(Confidence.valueOf(r.get("reduced_69_1_confidence").strip()));
        LegalBasis reduced2 = Sources.ordinance("第69条第2項", "第2・7")
                .withConfidence(Confidence.valueOf(r.get("reduced_69_2_confidence").strip()))
                .withNote("軽減割合（二分の一）は未確認 — kisoku ruling 5 (docs/rulings.md)");
        GradeRate rate = new GradeRate(new TaxFigure(Yen.of(Long.parseLong(r.get("tax_yen").strip())), standard),
                new TaxFigure(Yen.of(Long.parseLong(r.get("reduced_69_1_yen").strip())), reduced1),
                new TaxFigure(Yen.of(Long.parseLong(r.get("reduced_69_2_yen").strip())), reduced2));
        return r.get("until").isBlank() ? Effective.from(from, rate, standard)
                : Effective.between(from, LocalDate.parse(r.get("until").strip()), rate, standard);
    }
}
