package io.github.kisoku.calendar;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One national holiday (休日) on one date: its name in Japanese and English, its kind, its legal
 * basis, and whether the date is a prediction (an equinox day past the last official
 * announcement).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Holiday {
    Holiday() {
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
        return ImmutableHoliday.create(Require.nonNull(date, "date"), Require.notBlank(nameJa, "nameJa"),
                Require.notBlank(nameEn, "nameEn"), Require.nonNull(kind, "kind"), Require.nonNull(basis, "basis"),
                predicted);
    }

    /** {@return the date} */
    public abstract LocalDate date();

    /** {@return the Japanese name, e.g. {@code 振替休日}} */
    public abstract String nameJa();

    /** {@return the English name} */
    public abstract String nameEn();

    /** {@return the kind of holiday} */
    public abstract HolidayKind kind();

    /** {@return the provision that makes the day a holiday} */
    public abstract LegalBasis basis();

    /** {@return whether the date is a prediction (an equinox day not yet announced in the official gazette)} */
    public abstract boolean predicted();

    /**
     * {@return the name in both languages, as a set of closed days gives why the day is closed}
     * Built once per holiday (derived, not part of equality): a deadline's roll asks for it on
     * every holiday it steps over.
     */
    @Value.Derived
    @Value.Auxiliary
    Option<Message> whyClosed() {
        return Option.some(Message.of(nameJa(), nameEn()));
    }
}
