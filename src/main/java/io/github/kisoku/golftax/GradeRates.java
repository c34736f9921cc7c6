package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    @SuppressWarnings("unchecked")
    private GradeRates(Map<Integer, EffectiveTimeline<GradeRate>> timelines) {
        this.timelines = timelines;
        this.byGrade = (EffectiveTimeline<GradeRate>[]) new EffectiveTimeline<?>[Grade.MAX + 1];
        timelines.forEach((grade, timeline) -> byGrade[grade] = timeline);
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
     * Every grade's timeline, by grade number.
     *
     * @return the timelines
     */
    public Map<Integer, EffectiveTimeline<GradeRate>> timelines() {
        return timelines;
    }

    private static GradeRates load() {
        String resource = "grades.csv";
        try (InputStream in = GradeRates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = List.ofAll(reader.lines().toList())
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .drop(1)
                    .map(l -> l.split(",", -1));
            Map<Integer, List<Effective<GradeRate>>> byGrade = rows
                    .groupBy(r -> Integer.parseInt(r[0].strip()))
                    .mapValues(rs -> rs.map(GradeRates::version));
            return new GradeRates(HashMap.ofEntries(byGrade.map(e -> io.vavr.Tuple.of(e._1,
                    Validations.orThrow(EffectiveTimeline.validate("golftax.grade-" + e._1, e._2))))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Effective<GradeRate> version(String[] r) {
        LocalDate from = LocalDate.parse(r[1].strip());
        String url = r[9].strip();
        LegalBasis standard = LegalBasis.document("熊本県 税務課「ゴルフ場利用税」(2020-08-01)",
                "等級別税率 " + r[0].strip() + "級", Confidence.valueOf(r[4].strip())).withUrl(url);
        LegalBasis reduced1 = Sources.ordinance("第69条第1項", "別記第1号の2様式・第2号様式（二分の一）")
                .withConfidence(Confidence.valueOf(r[6].strip()));
        LegalBasis reduced2 = Sources.ordinance("第69条第2項", "第2・7")
                .withConfidence(Confidence.valueOf(r[8].strip()))
                .withNote("軽減割合（二分の一）は未確認 — reference ruling 5");
        GradeRate rate = new GradeRate(new TaxFigure(Yen.of(Long.parseLong(r[3].strip())), standard),
                new TaxFigure(Yen.of(Long.parseLong(r[5].strip())), reduced1),
                new TaxFigure(Yen.of(Long.parseLong(r[7].strip())), reduced2));
        return r[2].isBlank() ? Effective.from(from, rate, standard)
                : Effective.between(from, LocalDate.parse(r[2].strip()), rate, standard);
    }
}
