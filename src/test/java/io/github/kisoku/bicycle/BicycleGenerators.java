package io.github.kisoku.bicycle;

import static io.github.kisoku.testing.Generators.anyBoolean;
import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.Generators.withEdges;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * Generators of the bicycle rules' values for properties: offences against the bundled catalogue,
 * notice dates, dangerous acts and riding histories, riders' birth dates and the events of a
 * ticket case. Each comes with the edges the bicycle rules care about: the start of the blue-ticket
 * system (2026-04-01) and the day before, the 16th birthday and the days around it, the day each
 * kind of dangerous act starts to count, and notice dates whose deadlines fall on bank holidays.
 */
public final class BicycleGenerators {
    /** The first day of the blue-ticket system for bicycles. */
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final ViolationCatalogue CATALOGUE = ViolationCatalogue.standard();
    /** The oldest rider of an offence, in days (about 90 years). */
    private static final int OLDEST_RIDER_DAYS = 90 * 366;
    /** The age from which an offence gets a blue ticket. */
    private static final int BLUE_TICKET_AGE = 16;

    private BicycleGenerators() {
    }

    /**
     * The ids of every row of the bundled catalogue (反則行為 or not, the drink-riding row among
     * them).
     *
     * @return the generator
     */
    public static Gen<String> violationIds() {
        return oneOf(CATALOGUE.list().map(Violation::id).toJavaList());
    }

    /**
     * Offence dates from 2025-01-01 to 2035-12-31, over a year before the system and ten after it,
     * with the first day of every table in the catalogue and the day before it among the edges.
     *
     * @return the generator
     */
    public static Gen<LocalDate> offenceDates() {
        List<LocalDate> edges = new ArrayList<>();
        for (Effective<ViolationSchedule> version : CATALOGUE.versions().versions()) {
            edges.add(version.from().minusDays(1));
            edges.add(version.from());
        }
        return days(LocalDate.of(2025, 1, 1), LocalDate.of(2035, 12, 31), edges);
    }

    /**
     * Birth dates of riders from newborn to about 90 years old on an offence date, with the eve of
     * the 16th birthday, the birthday itself and the day after among the edges (age is read at the
     * moment of the act, so the rider turns 16 at 00:00 of the birthday).
     *
     * @param offenceDate the day of the act
     * @return the generator
     */
    public static Gen<LocalDate> riderBirthDatesOn(LocalDate offenceDate) {
        LocalDate sixteenthBirthdayToday = offenceDate.minusYears(BLUE_TICKET_AGE);
        return withEdges(ints(0, OLDEST_RIDER_DAYS).map(offenceDate::minusDays),
                List.of(sixteenthBirthdayToday.plusDays(1), sixteenthBirthdayToday, sixteenthBirthdayToday.minusDays(1)));
    }

    /**
     * Offences of an ordinary bicycle's rider against the bundled catalogue: any row, a date from
     * {@link #offenceDates()}, a birth date from {@link #riderBirthDatesOn(LocalDate)}, any finding
     * on alcohol (over the limit at least for the drink-riding row, which needs it) and with or
     * without an accident.
     *
     * @return the generator
     */
    public static Gen<Offence> offences() {
        Gen<DayAndBirth> dayAndBirth = offenceDates().flatMap(d -> riderBirthDatesOn(d).map(b -> new DayAndBirth(d, b)));
        return violationIds().zip(dayAndBirth, anyOf(Alcohol.class), anyBoolean(), (id, dates, a, accident) ->
                Offence.builder().violation(id).on(dates.day()).riderBornOn(dates.birth())
                        .alcohol(id.equals("DRUNK_RIDING") && a == Alcohol.NONE ? Alcohol.OVER_LIMIT : a)
                        .causedAccident(accident).riderType(RiderType.ORDINARY_BICYCLE).build())
                .describedAs(o -> o + ", " + o.alcohol() + (o.causedAccident() ? ", caused an accident" : "")
                        + ", " + o.riderType().map(RiderType::name).getOrElse("no rider type"));
    }

    /**
     * Dates a ticket or a notification is handed over, from the start of the system to
     * 2045-12-31, with the notice dates whose 7-day (仮納付) or 10-day (納付) last day is a bank
     * holiday among the edges: the year-end closing (31 December, 3 January) and 憲法記念日.
     *
     * @return the generator
     */
    public static Gen<LocalDate> noticeDates() {
        LocalDate last = LocalDate.of(2045, 12, 31);
        List<LocalDate> edges = new ArrayList<>();
        for (int year = START.getYear(); year <= last.getYear(); year++) {
            for (LocalDate closed : List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 3), LocalDate.of(year, 5, 3))) {
                Stream.of(closed.minusDays(7), closed.minusDays(10))
                        .filter(d -> !d.isBefore(START) && !d.isAfter(last)).forEach(edges::add);
            }
        }
        return days(START, last, edges);
    }

    /**
     * Dangerous acts (危険行為) of any of the 16 kinds, detected or causing an accident, on a day
     * from 2015-06-01 (the riders' course starts) to 2035-12-31, with the first day each kind
     * counts and the day before it (when in that range) among the edges.
     *
     * @return the generator
     */
    public static Gen<DangerousActRecord> dangerousActs() {
        LocalDate first = LocalDate.of(2015, 6, 1);
        Gen<DangerousActRecord> any = days(first, LocalDate.of(2035, 12, 31), List.of())
                .zip(ints(1, 16), anyOf(DangerousActRecord.How.class), DangerousActRecord::of);
        List<KindOnDay> startsOfKinds = new ArrayList<>();
        for (DangerousAct kind : DangerousAct.all()) {
            Stream.of(kind.from().minusDays(1), kind.from()).filter(d -> !d.isBefore(first))
                    .forEach(d -> startsOfKinds.add(new KindOnDay(kind.number(), d)));
        }
        Gen<DangerousActRecord> onStarts = oneOf(startsOfKinds).zip(anyOf(DangerousActRecord.How.class),
                (start, how) -> DangerousActRecord.of(start.day(), start.number(), how));
        return weighted(List.of(90, 10), List.of(any, onStarts));
    }

    /**
     * A rider's records of dangerous acts: up to six acts from {@link #dangerousActs()}, the empty
     * record and six acts among the edges.
     *
     * @return the generator
     */
    public static Gen<List<DangerousActRecord>> dangerousActHistories() {
        return weighted(List.of(90, 5, 5), List.of(listsOf(dangerousActs(), 0, 6), listsOf(dangerousActs(), 0, 0),
                listsOf(dangerousActs(), 6, 6)));
    }

    /**
     * Birth dates of riders with a history of acts, from 1950-01-01 to 2020-12-31.
     *
     * @return the generator
     */
    public static Gen<LocalDate> riderBirthDates() {
        return days(LocalDate.of(1950, 1, 1), LocalDate.of(2020, 12, 31), List.of());
    }

    /**
     * Dates the riders' course condition is asked about, from 2015-06-01 (the course starts) to
     * 2036-12-31.
     *
     * @return the generator
     */
    public static Gen<LocalDate> courseDates() {
        return days(LocalDate.of(2015, 6, 1), LocalDate.of(2036, 12, 31), List.of());
    }

    /**
     * Events of a ticket case from the start of the system to 2026-07-31, a quarter of each kind:
     * a payment of 6,000 yen (the signal-violation fine), 6,940 or 5,000 yen, a notification
     * handed over, one mailed, or a referral. The last day to pay a ticket given on 2026-04-01
     * (2026-04-08) and the day after are among the dates' edges.
     *
     * @return the generator
     */
    public static Gen<CaseEvent> caseEvents() {
        Gen<LocalDate> d = days(START, LocalDate.of(2026, 7, 31), List.of(START.plusDays(7), START.plusDays(8)));
        Gen<Yen> amounts = oneOf(Yen.of(6000), Yen.of(6940), Yen.of(5000));
        return weighted(List.of(25, 25, 25, 25), List.of(
                d.zip(amounts, (x, a) -> (CaseEvent) new CaseEvent.Payment(x, a)),
                d.map(x -> (CaseEvent) new CaseEvent.Notification(x, Option.none())),
                d.map(x -> (CaseEvent) new CaseEvent.MailedNotification(x, Option.none())),
                d.map(x -> (CaseEvent) new CaseEvent.Referral(x))));
    }

    /** The day of an act and the rider's birth date, drawn together because one depends on the other. */
    private record DayAndBirth(LocalDate day, LocalDate birth) {
    }

    /** A kind of dangerous act and a day near its first day. */
    private record KindOnDay(int number, LocalDate day) {
    }

    /** Days in a closed range; the first two and the last two days, and the given ones, are edges. */
    private static Gen<LocalDate> days(LocalDate from, LocalDate to, List<LocalDate> edges) {
        Gen<LocalDate> range = ints(0, (int) ChronoUnit.DAYS.between(from, to)).map(from::plusDays);
        return edges.isEmpty() ? range : withEdges(range, edges);
    }
}
