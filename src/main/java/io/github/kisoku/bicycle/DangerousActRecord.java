package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * One dangerous act in a rider's record (危険行為の履歴): when, which of the 16, and whether it was
 * detected (違反切符による取締り) or led to an accident (交通事故); both count for the riders'
 * course (Kanagawa police mesf0281). Immutable and thread-safe.
 */
public final class DangerousActRecord {
    /** How the act came to the police's notice. */
    public enum How {
        /** Detected and ticketed, blue or red (違反切符による取締り). */
        DETECTED,
        /** It caused a traffic accident (交通事故). */
        ACCIDENT
    }

    private final LocalDate date;
    private final DangerousAct act;
    private final How how;

    private DangerousActRecord(LocalDate date, DangerousAct act, How how) {
        this.date = date;
        this.act = act;
        this.how = how;
    }

    /**
     * A record, validated.
     *
     * @param date the day of the act
     * @param number the 危険行為 number, 1 to 16
     * @param how detected or accident
     * @return the record, or every problem found
     */
    public static Validation<Seq<Problem>, DangerousActRecord> validate(LocalDate date, int number, How how) {
        return Validation.combine(Validations.required("date", date), DangerousAct.validate("number", number),
                Validations.required("how", how)).ap(DangerousActRecord::new);
    }

    /**
     * A record.
     *
     * @param date the day of the act
     * @param number the 危険行為 number, 1 to 16
     * @param how detected or accident
     * @return the record
     * @throws io.github.kisoku.kernel.InvalidInputException with every problem, if invalid
     */
    public static DangerousActRecord of(LocalDate date, int number, How how) {
        return Validations.orThrow(validate(date, number, how));
    }

    /** {@return the day of the act} */
    public LocalDate date() {
        return date;
    }

    /** {@return which act} */
    public DangerousAct act() {
        return act;
    }

    /** {@return detected or accident} */
    public How how() {
        return how;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DangerousActRecord && ((DangerousActRecord) o).date.equals(date)
                && ((DangerousActRecord) o).act.equals(act) && ((DangerousActRecord) o).how == how;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(date, act, how);
    }

    @Override
    public String toString() {
        return date + " " + act + " (" + (how == How.DETECTED ? "取締り" : "交通事故") + ")";
    }
}
