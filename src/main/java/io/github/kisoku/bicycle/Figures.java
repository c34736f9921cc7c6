package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * The dated figures of the bicycle rules (days, ages, sizes, the mailing cost), read once from
 * {@code figures.csv}, each with its source and confidence. Rules ask for a figure on a date, so
 * an amended figure is a new row, never an edit of the code.
 */
final class Figures {
    // A JDK map, filled once and never changed: a figure is looked up on every decision.
    private static final java.util.Map<String, EffectiveTimeline<Long>> FIGURES = load().toJavaMap();

    private Figures() {
    }

    private static Map<String, EffectiveTimeline<Long>> load() {
        return BundledCsv.read(Figures.class, "figures.csv").groupBy(r -> r.get("id")).mapValues(rows -> {
            List<Effective<Long>> versions = rows.toList().map(Figures::version);
            return EffectiveTimeline.validate("bicycle." + rows.head().get("id"), versions).toEither()
                    .getOrElseThrow(p -> new BundledCsv.BrokenData("figures.csv: " + p.mkString("; ")));
        });
    }

    private static Effective<Long> version(BundledCsv.Row r) {
        Confidence confidence = Confidence.valueOf(r.get("confidence"));
        LegalBasis basis = r.get("egov_id").isBlank()
                ? LegalBasis.law(r.get("source"), r.get("provision"), confidence)
                : LegalBasis.law(r.get("source"), r.get("egov_id"), r.get("provision"), confidence);
        if (!r.get("url").isBlank()) {
            basis = basis.withUrl(r.get("url"));
        }
        if (!r.get("note").isBlank()) {
            basis = basis.withNote(r.get("note"));
        }
        LocalDate from = LocalDate.parse(r.get("from"));
        long value = Long.parseLong(r.get("value"));
        return r.get("until").isBlank() ? Effective.from(from, value, basis)
                : Effective.between(from, LocalDate.parse(r.get("until")), value, basis);
    }

    /** A figure on a date, or why it is not in force then. */
    static Either<NotInForce, Effective<Long>> at(String id, LocalDate date) {
        return timeline(id).at(date);
    }

    /** A figure's versions, for a rule that keeps them at hand. */
    static EffectiveTimeline<Long> timeline(String id) {
        EffectiveTimeline<Long> figure = FIGURES.get(id);
        if (figure == null) {
            throw new BundledCsv.BrokenData("figures.csv: no figure " + id);
        }
        return figure;
    }
}
