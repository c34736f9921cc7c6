package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.DANCE;
import static io.github.kisoku.booking.Fixtures.FACILITY;
import static io.github.kisoku.booking.Fixtures.HALL;
import static io.github.kisoku.booking.Fixtures.KAIGI_1;
import static io.github.kisoku.booking.Fixtures.STUDY;
import static io.github.kisoku.booking.Fixtures.WASHITSU;
import static io.github.kisoku.booking.Fixtures.WASHITSU_1;
import static io.github.kisoku.booking.Fixtures.WASHITSU_2;
import static io.github.kisoku.testing.Generators.ALPHA;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.Generators.withEdges;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kisoku.testing.Generators;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of booking values for properties: the bundled 西公民館's units and slots, the two test
 * groups, booking requests, lottery seeds and passwords.
 *
 * <p>The ranges are the ones the booking properties have always drawn from: use dates over 40
 * days from Wednesday 10 June 2026 (Mondays, when the facility is closed in the tests' settings,
 * among them; June and July, so the monthly quota is counted in two months), runs of 1–3 of the
 * day's six slots (three is one too many, and a run that starts late is cut at the day's end),
 * 1–30 people.
 */
public final class BookingGenerators {
    /** The day the generated use dates start from, a Wednesday. */
    public static final LocalDate FIRST_USE_DAY = LocalDate.of(2026, 6, 10);

    /** How many days after {@link #FIRST_USE_DAY} the use dates reach, into July. */
    public static final int USE_DAYS = 40;

    private static final String DIGITS = "0123456789";

    /** The largest number a step of {@link #sequencesOf} draws to be kept. */
    private static final int KEEP_LIMIT = 10_000;

    /** Printable ASCII and a few characters a password policy must refuse or count apart. */
    private static final String PASSWORD_CHARS = IntStream.rangeClosed(' ', '~')
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "あ全\u3000é";

    private BookingGenerators() {
    }

    /**
     * The two registered test groups, 舞踊の会 (一般) and 郷土史研究会 (社会教育).
     *
     * @return the generator
     */
    public static Gen<Group> groups() {
        return oneOf(List.<Group>of(DANCE, STUDY));
    }

    /**
     * The units of 西公民館 the tests book: the joined 日本間, its two halves, 会議室1 and the hall, so
     * a joined room competes with its parts through their blocks.
     *
     * @return the generator
     */
    public static Gen<Unit> units() {
        return oneOf(List.of(WASHITSU, WASHITSU_1, WASHITSU_2, KAIGI_1, HALL));
    }

    /**
     * Use dates from {@link #FIRST_USE_DAY} over {@value #USE_DAYS} days, with the first and last
     * days, the end of June and the first of July (the monthly quota's boundary) and a Monday (the
     * facility closed) among the edges. Half of the dates fall in the first ten days, so that
     * requests meet each other: rooms already held and groups at their monthly quota.
     *
     * @return the generator
     */
    public static Gen<LocalDate> useDates() {
        return weighted(List.of(45, 45, 10), List.of(ints(0, 9), ints(0, USE_DAYS - 1),
                oneOf(20, 21, USE_DAYS - 1, 5))).map(d -> FIRST_USE_DAY.plusDays(d));
    }

    /**
     * Runs of consecutive slots of 西公民館's day (six slots, 9時～21時): starting at one of the first
     * {@code maxFirst + 1} slots, {@code 1..maxLength} long, cut at the end of the day.
     *
     * @param maxFirst the index of the latest first slot
     * @param maxLength the longest run drawn
     * @return the generator
     */
    public static Gen<io.vavr.collection.List<Slot>> slotRuns(int maxFirst, int maxLength) {
        return ints(0, maxFirst).zip(ints(1, maxLength), (first, length) -> FACILITY.slots().drop(first).take(length));
    }

    /**
     * Headcounts of 1–30 people.
     *
     * @return the generator
     */
    public static Gen<Integer> headcounts() {
        return ints(1, 30);
    }

    /**
     * Booking requests, with consent and the purpose 練習, for one of the {@link #groups()}, one of the
     * {@link #units()}, on one of the {@link #useDates()}, for a run from {@code slotRuns(5, 3)}, by
     * {@link #headcounts()}. Many are refused (a Monday, three slots, a room already held, a quota
     * reached), as they would be at the counter.
     *
     * @return the generator
     */
    public static Gen<BookingRequest> bookingRequests() {
        return groups().zip(units(), useDates(), slotRuns(5, 3), headcounts(),
                (g, u, date, slots, heads) -> BookingRequest.of(g, u.id(), date, slots).withHeadcount(heads)
                        .withPurpose("練習").withConsent())
                .describedAs(BookingGenerators::describe);
    }

    /**
     * A booking request as a counter-example shows it: group, unit, date with its day of the week,
     * slots, headcount.
     *
     * @param r the request
     * @return the description
     */
    public static String describe(BookingRequest r) {
        return r.group().name() + " " + r.unitId() + " " + r.date() + "("
                + r.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ") "
                + r.slots().mkString("+") + " " + r.headcount().map(h -> h + "人").getOrElse("");
    }

    /**
     * Sequences of steps (operations, actions) for stateful properties, shown one numbered step a
     * line. A sequence draws as many steps as {@code lengths} says; each step also draws a number
     * from 0 to {@value #KEEP_LIMIT} and is left out when it is 0, in one draw out of 10,001 (the
     * sequence is then a step shorter). That number is how a failure loses the steps it does not
     * need: QuickTheories shrinks a sequence by cutting it from its end and by making each drawn
     * number smaller, so it deletes a step in the middle by taking its number to 0.
     * ({@code Generators.listsOf} cannot delete a middle step.) QuickTheories' first examples put
     * every number at its shrink target and then at its least, so those two sequences are empty.
     *
     * @param steps the steps' generator
     * @param lengths how many steps to draw
     * @param <T> the steps' type
     * @return the generator
     */
    public static <T> Gen<List<T>> sequencesOf(Gen<T> steps, Gen<Integer> lengths) {
        Gen<Optional<T>> kept = Generate.range(0, KEEP_LIMIT, 0)
                .zip(steps, (keep, step) -> keep == 0 ? Optional.<T>empty() : Optional.of(step));
        return lists().of(kept).ofSizes(lengths)
                .map(drawn -> drawn.stream().flatMap(Optional::stream).collect(Collectors.toList()))
                .describedAs(s -> IntStream.range(0, s.size())
                        .mapToObj(i -> String.format("%n    %2d. %s", i + 1, steps.asString(s.get(i))))
                        .collect(Collectors.joining("", s.size() + " step(s):", "")));
    }

    /**
     * Lottery seeds as a committed beacon value is written: 1–20 letters and digits, with the
     * shortest and the longest among the edges.
     *
     * @return the generator
     */
    public static Gen<String> lotterySeeds() {
        return withEdges(textOf(ALPHA + DIGITS, 1, 20), List.of("a", "0", "Z9".repeat(10)));
    }

    /**
     * Candidate passwords of 8–24 characters: printable ASCII (the space and the symbols the policy
     * refuses among them) and あ, 全, the ideographic space and é. The edges are the shortest and the
     * longest, all blank (ASCII and ideographic), one that meets the policy and one that is not
     * ASCII. These are made-up passwords, so a counter-example shows the password itself, quoted.
     *
     * @return the generator
     */
    public static Gen<String> passwords() {
        return withEdges(textOf(PASSWORD_CHARS, 8, 24), List.of("        ", "~".repeat(24), "\u3000".repeat(8),
                "Secret99", "全あé-Pass1")).describedAs(Generators::quoted);
    }
}
