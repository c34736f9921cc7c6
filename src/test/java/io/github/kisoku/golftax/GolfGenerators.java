package io.github.kisoku.golftax;

import static io.github.kisoku.testing.Generators.anyOf;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.optionals;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.Generators.withEdges;

import io.github.kisoku.kernel.Yen;
import io.github.kisoku.testing.Generators;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Generators of the golf-course-use tax's values for properties: the plays the rules tell apart,
 * users, courses, fees charged, the visits of April 2026 and a month's visits, and the lines of a
 * visits CSV. Users' birth dates come with the days around the 18th, 65th and 70th birthdays on
 * the use date among the edges (age N holds on the whole eve of the N-th birthday).
 */
public final class GolfGenerators {
    /** The month of every generated visit. */
    private static final YearMonth MONTH = YearMonth.of(2026, 4);
    /** The ages at which the tax changes: exempt under 18, reduced from 65, exempt from 70. */
    private static final java.util.List<Integer> AGE_LIMITS = java.util.List.of(18, 65, 70);
    /** The oldest user, in days before 2026-04-01 (about 95 years). */
    private static final int OLDEST_USER_DAYS = 95 * 366;
    private static final int MOST_VISITS_IN_A_MONTH = 20;

    private GolfGenerators() {
    }

    /**
     * The plays the rules tell apart, each as often: a normal round, early-morning play (starting
     * before opening or not), closed-day self-bag play, a restricted course of 9 or 18 holes, a
     * competition entry (on the entrant list with a document, or not), the national sports
     * festival (the competition and the Kumamoto qualifier), school activities (certified or not)
     * and business use (course maintenance and an opening invitation).
     *
     * @return the generator
     */
    public static Gen<Play> plays() {
        Competition c = Competition.of("九州アマチュア", CompetitionOrganizer.REGIONAL_FEDERATION, LocalDate.of(2026, 4, 8),
                LocalDate.of(2026, 4, 10), List.of(LocalDate.of(2026, 4, 7)), Yen.of(4000), Option.of(Yen.of(7000)), true);
        return oneOf(
                Play.normal(),
                new Play.EarlyMorning(true, LocalTime.of(10, 0)),
                new Play.EarlyMorning(false, LocalTime.of(9, 0)),
                new Play.ClosedDaySelfBag(),
                new Play.RestrictedCourse(9),
                new Play.RestrictedCourse(18),
                new Play.CompetitionEntry(c, true, Option.of(AgeDocument.PASSPORT)),
                new Play.CompetitionEntry(c, false, Option.none()),
                new Play.NationalSportsFestival(Play.FestivalStage.COMPETITION, Option.of(Play.Certifier.GOVERNOR), true),
                new Play.NationalSportsFestival(Play.FestivalStage.KUMAMOTO_QUALIFIER, Option.of(Play.Certifier.GOVERNOR),
                        true),
                new Play.SchoolActivity(Play.SchoolActivityKind.PE_LESSON, Option.of(new Play.SchoolCertificate(
                        Play.SchoolKind.OTHER_SCHOOL, Play.SchoolSigner.PRINCIPAL, true)), new Play.SchoolParty(true, true)),
                new Play.SchoolActivity(Play.SchoolActivityKind.APPROVED_CLUB_PLAN, Option.none(),
                        new Play.SchoolParty(true, true)),
                new Play.BusinessUse(BusinessUseItem.OWN_COURSE_MAINTENANCE, true, Option.none()),
                new Play.BusinessUse(BusinessUseItem.OPENING_INVITATION, true, Option.none()));
    }

    /**
     * Birth dates of users from 2026-04-01 back about 95 years, with the day after the 18th, 65th
     * and 70th birthday on the use date, the birthday itself, its eve and the day before the eve
     * among the edges.
     *
     * @param useDate the day of the round
     * @return the generator
     */
    public static Gen<LocalDate> birthDatesAroundAgeLimitsOn(LocalDate useDate) {
        LocalDate first = LocalDate.of(2026, 4, 1);
        java.util.List<LocalDate> edges = new ArrayList<>();
        for (int age : AGE_LIMITS) {
            LocalDate birthdayToday = useDate.minusYears(age);
            for (int daysBeforeBirthday = -1; daysBeforeBirthday <= 2; daysBeforeBirthday++) {
                edges.add(birthdayToday.plusDays(daysBeforeBirthday));
            }
        }
        return withEdges(ints(0, OLDEST_USER_DAYS).map(first::minusDays), edges);
    }

    /**
     * Users on a use date: "利用者", born on a date from {@link #birthDatesAroundAgeLimitsOn},
     * showing an age document in about seven cases in ten and a disability card in about two.
     *
     * @param useDate the day of the round
     * @return the generator
     */
    public static Gen<Person> personsOn(LocalDate useDate) {
        Gen<Option<AgeDocument>> doc = optionals(anyOf(AgeDocument.class), 30).map(Option::ofOptional);
        Gen<Option<DisabilityCard>> card = optionals(anyOf(DisabilityCardKind.class), 80)
                .map(k -> Option.ofOptional(k).map(kind -> DisabilityCard.of(kind, "No.1")));
        return birthDatesAroundAgeLimitsOn(useDate).zip(doc, card, (b, d, c) -> Person.of("利用者", b, d, c));
    }

    /**
     * Days of April 2026, the first two and the last two (29 April is 昭和の日) among the edges.
     *
     * @return the generator
     */
    public static Gen<LocalDate> useDates() {
        return ints(1, 30).map(MONTH::atDay);
    }

    /**
     * 18-hole member courses "C" of any grade, 1 to 7, with the fees of {@link Fixtures#fees()}.
     *
     * @return the generator
     */
    public static Gen<Course> courses() {
        return ints(1, 7).map(g -> Course.of("C", g, 18, CourseType.MEMBER, false, Option.none(), Fixtures.fees()));
    }

    /**
     * Fees charged for a round: nothing, the closed-day fee (3,000), the early-morning and
     * nine-hole fee (4,000), the senior fee (6,400), the weekday member fee (8,000), the weekday
     * visitor fee (12,000) and the holiday visitor fee (16,000).
     *
     * @return the generator
     */
    public static Gen<Yen> feesCharged() {
        return oneOf(0L, 3000L, 4000L, 6400L, 8000L, 12000L, 16000L).map(Yen::of);
    }

    /**
     * Visit ids of six digits.
     *
     * @return the generator
     */
    public static Gen<String> visitIds() {
        return textOf("0123456789", 6, 6);
    }

    /**
     * Visits in April 2026: a course from {@link #courses()}, a day from {@link #useDates()}, a
     * user from {@link #personsOn(LocalDate)}, a play from {@link #plays()} and a fee from
     * {@link #feesCharged()}. Shown with the user's birth date and documents, the play and the fee.
     *
     * @return the generator
     */
    public static Gen<Visit> visits() {
        Gen<DayAndUser> dayAndUser = useDates().flatMap(d -> personsOn(d).map(p -> new DayAndUser(d, p)));
        return visitIds().zip(courses(), dayAndUser, plays(), feesCharged(),
                (id, course, du, play, fee) -> Visit.of(id, course, du.day(), du.user(), play, fee))
                .describedAs(GolfGenerators::describe);
    }

    /**
     * A month's visits: up to {@value #MOST_VISITS_IN_A_MONTH} visits from {@link #visits()} with
     * the ids v0, v1, … in order; no visit and the most visits among the edges.
     *
     * @return the generator
     */
    public static Gen<java.util.List<Visit>> monthsOfVisits() {
        return weighted(java.util.List.of(90, 5, 5), java.util.List.of(listsOf(visits(), 0, MOST_VISITS_IN_A_MONTH),
                listsOf(visits(), 0, 0), listsOf(visits(), MOST_VISITS_IN_A_MONTH, MOST_VISITS_IN_A_MONTH)))
                .map(vs -> {
                    java.util.List<Visit> out = new ArrayList<>();
                    for (int i = 0; i < vs.size(); i++) {
                        Visit v = vs.get(i);
                        out.add(Visit.of("v" + i, v.course(), v.useDate(), v.person(), v.play(), v.feeCharged(), v.feeClass()));
                    }
                    return out;
                })
                .describedAs(vs -> vs.stream().map(GolfGenerators::describe)
                        .collect(Collectors.joining(";\n    ", "[" + vs.size() + " visits:\n    ", "]")));
    }

    /**
     * Lines of a visits CSV up to 60 characters, mostly commas and the characters of real rows
     * (Japanese names, colons, digits, blanks among them the ideographic space and the tab); the
     * empty line, lone commas, leading and trailing empty fields and 60 commas among the edges.
     *
     * @return the generator
     */
    public static Gen<String> csvLines() {
        // The comma is four times in the alphabet so that it is drawn about as often as in real rows.
        return withEdges(textOf(",,,,:-0123456789aZ 利用者ア\u3000\t", 0, 60),
                java.util.List.of("", ",", ",,", ",a,", "a,", ",a", "\u3000,\t", ",".repeat(60)))
                .describedAs(Generators::quoted);
    }

    /**
     * A visit as a counter-example: the visit's id, day and course with its grade, the user's
     * birth date and documents, the play and the fee (a generated user is nobody; the toString of
     * {@link Person} hides these).
     *
     * @param v the visit
     * @return the description
     */
    static String describe(Visit v) {
        Person p = v.person();
        return v.id() + " " + v.useDate() + " @ " + v.course().name() + " (" + v.course().grade() + "), user born " + p.birthDate() + " "
                + p.ageDocument().map(Enum::name).getOrElse("no age document") + " " + p.disabilityCard().map(c -> c.kind().name() + " card").getOrElse("no disability card")
                + ", " + v.play() + ", fee " + v.feeCharged();
    }

    /** The day of a round and its user, drawn together because the user's edges depend on the day. */
    private record DayAndUser(LocalDate day, Person user) {
    }
}
