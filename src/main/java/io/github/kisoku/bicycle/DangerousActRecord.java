package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dangerous act in a rider's record (危険行為の履歴): when, which of the 16, and whether it was
 * detected (違反切符による取締り) or led to an accident (交通事故); both count for the riders'
 * course (Kanagawa police mesf0281). Immutable and thread-safe; equal by date, act and how.
 */
@Value.Immutable
@ValueStyle
public abstract class DangerousActRecord {
    /** How the act came to the police's notice. */
    public enum How {
        /** Detected and ticketed, blue or red (違反切符による取締り). */
        DETECTED,
        /** It caused a traffic accident (交通事故). */
        ACCIDENT
    }

    DangerousActRecord() {
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
                Validations.required("how", how)).ap(ImmutableDangerousActRecord::create);
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
    public abstract LocalDate date();

    /** {@return which act} */
    public abstract DangerousAct act();

    /** {@return detected or accident} */
    public abstract How how();

    /** {@return the record as the riders' course reasons show it, e.g. 2026-04-01 危険行為1 信号無視 (取締り), from the bicycle bundle} */
    public Message describe() {
        return BicycleRule.bundle().message("text.bicycle.dangerous-act-record", "date", date(), "act", act().describe(),
                "how", how());
    }
}
