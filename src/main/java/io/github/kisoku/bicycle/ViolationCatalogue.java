package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.data.BundledCsv;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The bicycle 反則行為 tables over time (反則行為と反則金の額): each version in force from a date,
 * read once from the bundled files. {@code schedules.csv} lists the versions (file, first and
 * last day in force, source, confidence); the first version is {@code violations.csv}, in force
 * from 2026-04-01 (seed: 令和8年4月1日施行; kisoku ruling 4, docs/rulings.md). An amendment is a new row
 * of {@code schedules.csv} with its own file, never an edit of an old one.
 *
 * <p>{@code violations.csv} is the reference table with every column kept (id, names, amount,
 * article, 危険行為 number, source_url, notes) plus two columns derived from the notes when it
 * was copied: {@code confidence} (the word after "amount" in the notes; CONFIRMED for the three
 * rows that are not 反則行為) and {@code scope} (※1 → BICYCLE, ※2 → ORDINARY_BICYCLE, else
 * LIGHT_VEHICLE). Immutable and thread-safe; equal by its versions.
 */
@Value.Immutable
@ValueStyle
public abstract class ViolationCatalogue {
    private static final ViolationCatalogue STANDARD = load();

    ViolationCatalogue() {
    }

    /**
     * The bundled catalogue (Kanagawa, and the nation: the table is national), read once.
     *
     * @return the catalogue
     */
    public static ViolationCatalogue standard() {
        return STANDARD;
    }

    private static ViolationCatalogue load() {
        List<Effective<ViolationSchedule>> versions = BundledCsv.read(ViolationCatalogue.class, "schedules.csv")
                .map(ViolationCatalogue::version);
        return ImmutableViolationCatalogue.create(EffectiveTimeline.validate("bicycle.violations", versions).toEither()
                .getOrElseThrow(p -> new BundledCsv.BrokenData("schedules.csv: " + p.mkString("; "))));
    }

    private static Effective<ViolationSchedule> version(BundledCsv.Row r) {
        LegalBasis basis = LegalBasis.law(r.get("source"), r.get("provision"),
                Confidence.valueOf(r.get("confidence"))).withNote(r.get("note"));
        if (!r.get("url").isBlank()) {
            basis = basis.withUrl(r.get("url"));
        }
        ViolationSchedule schedule = ViolationSchedule.of(BundledCsv.read(ViolationCatalogue.class, r.get("file"))
                .map(Violation::fromRow));
        LocalDate from = LocalDate.parse(r.get("from"));
        return r.get("until").isBlank() ? Effective.from(from, schedule, basis)
                : Effective.between(from, LocalDate.parse(r.get("until")), schedule, basis);
    }

    /** {@return every version of the table, oldest first, with the dates each is in force} */
    public abstract EffectiveTimeline<ViolationSchedule> versions();

    /**
     * The table in force on a date.
     *
     * @param date the date of the act
     * @return the table with its dates and basis, or why none is in force (e.g. before 2026-04-01)
     */
    public Either<NotInForce, Effective<ViolationSchedule>> at(LocalDate date) {
        return versions().at(date);
    }

    /** {@return the newest table} */
    public ViolationSchedule latest() {
        return versions().versions().last().value();
    }

    /** {@return the first day any table is in force (the start of the blue-ticket system for bicycles)} */
    public LocalDate firstInForce() {
        return versions().versions().head().from();
    }

    /**
     * A row of the newest table by id.
     *
     * @param id the id, e.g. {@code SIGNAL_VIOLATION}
     * @return the row, or which id is unknown
     */
    public Either<UnknownViolation, Violation> find(String id) {
        return latest().find(id);
    }

    /** {@return every row of the newest table, in order} */
    public List<Violation> list() {
        return latest().violations();
    }
}
