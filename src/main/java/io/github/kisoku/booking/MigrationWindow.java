package io.github.kisoku.booking;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.data.BundledCsv;
import io.vavr.collection.Map;
import java.time.LocalDate;

/**
 * The window in which a facility's switch to the new booking system lies (manual §3): the first
 * facilities moved on {@link #FIRST_DAY} and the old system ran in parallel until
 * {@link #LAST_DAY}. Read once from {@code figures.csv}, with its source. A switch date outside
 * it would answer "the old system's rules apply" after the old system had closed (issue 16 §2).
 */
public final class MigrationWindow {
    private record Figure(LocalDate value, LegalBasis basis) {
    }

    private static final Map<String, Figure> FIGURES = BundledCsv.read(MigrationWindow.class, "figures.csv")
            .toMap(r -> r.get("id"), r -> new Figure(LocalDate.parse(r.get("value")),
                    LegalBasis.document(r.get("source"), r.get("provision"), Confidence.valueOf(r.get("confidence")))
                            .withNote(r.get("note"))));

    /** The first day a facility may be on the new system: 2026-05-27 (manual §3). */
    public static final LocalDate FIRST_DAY = figure("MIGRATION_FIRST_DAY").value();
    /** The last day a facility may switch: the old system ran in parallel until 2026-07-30 (manual §3). */
    public static final LocalDate LAST_DAY = figure("MIGRATION_LAST_DAY").value();
    /** Where the window comes from. */
    public static final LegalBasis BASIS = figure("MIGRATION_LAST_DAY").basis();

    private MigrationWindow() {
    }

    /**
     * Whether a switch date lies in the window, both ends included.
     *
     * @param newSystemFrom a facility's first day on the new system
     * @return whether it is in the window
     */
    public static boolean contains(LocalDate newSystemFrom) {
        return !newSystemFrom.isBefore(FIRST_DAY) && !newSystemFrom.isAfter(LAST_DAY);
    }

    private static Figure figure(String id) {
        return FIGURES.get(id).getOrElseThrow(() -> new BundledCsv.BrokenData("figures.csv: no figure " + id));
    }
}
