package io.github.kisoku.calendar;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Require;
import java.time.LocalDate;

/**
 * One national holiday (休日) on one date: its name in Japanese and English, its kind, its legal
 * basis, and whether the date is a prediction (an equinox day past the last official
 * announcement).
 *
 * <p>Immutable and thread-safe.
 */
public final class Holiday {
    private final LocalDate date;
    private final String nameJa;
    private final String nameEn;
    private final HolidayKind kind;
    private final LegalBasis basis;
    private final boolean predicted;

    private Holiday(LocalDate date, String nameJa, String nameEn, HolidayKind kind, LegalBasis basis,
            boolean predicted) {
        this.date = date;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.kind = kind;
        this.basis = basis;
        this.predicted = predicted;
    }

    /**
     * A holiday.
     *
     * @param date the date
     * @param nameJa the Japanese name, e.g. {@code 春分の日}
     * @param nameEn the English name
     * @param kind the kind
     * @param basis the provision that makes the day a holiday
     * @param predicted whether the date is a prediction rather than announced
     * @return the holiday
     */
    public static Holiday of(LocalDate date, String nameJa, String nameEn, HolidayKind kind, LegalBasis basis,
            boolean predicted) {
        return new Holiday(Require.nonNull(date, "date"), Require.notBlank(nameJa, "nameJa"),
                Require.notBlank(nameEn, "nameEn"), Require.nonNull(kind, "kind"), Require.nonNull(basis, "basis"),
                predicted);
    }

    /** {@return the date} */
    public LocalDate date() {
        return date;
    }

    /** {@return the Japanese name, e.g. {@code 振替休日}} */
    public String nameJa() {
        return nameJa;
    }

    /** {@return the English name} */
    public String nameEn() {
        return nameEn;
    }

    /** {@return the kind of holiday} */
    public HolidayKind kind() {
        return kind;
    }

    /** {@return the provision that makes the day a holiday} */
    public LegalBasis basis() {
        return basis;
    }

    /** {@return whether the date is a prediction (an equinox day not yet announced in the official gazette)} */
    public boolean predicted() {
        return predicted;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Holiday)) {
            return false;
        }
        Holiday h = (Holiday) o;
        return h.date.equals(date) && h.nameJa.equals(nameJa) && h.nameEn.equals(nameEn) && h.kind == kind
                && h.basis.equals(basis) && h.predicted == predicted;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(date, nameJa, kind);
    }

    @Override
    public String toString() {
        return date + " " + nameJa + " (" + nameEn + ")" + (predicted ? " [predicted]" : "");
    }
}
