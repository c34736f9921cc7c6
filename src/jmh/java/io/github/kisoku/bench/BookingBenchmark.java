package io.github.kisoku.bench;

import io.github.kisoku.booking.AvailabilityGrid;
import io.github.kisoku.booking.BookingSources;
import io.github.kisoku.booking.LotteryPeriod;
import io.github.kisoku.booking.Method;
import io.github.kisoku.booking.QuotaPolicy;
import io.github.kisoku.booking.RequestAssessment;
import io.github.kisoku.booking.Reservation;
import io.github.kisoku.booking.Status;
import io.github.kisoku.booking.lottery.Application;
import io.github.kisoku.booking.lottery.Lottery;
import io.github.kisoku.booking.lottery.LotteryResult;
import io.github.kisoku.booking.lottery.Pool;
import io.github.kisoku.booking.lottery.SeedCommitment;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.BookingSettings;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.Facility;
import io.github.kisoku.booking.Group;
import io.github.kisoku.booking.GroupClass;
import io.github.kisoku.booking.Ledger;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.booking.Unit;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decision 3 of issue 7: one booking request checked ({@link Ledger#check}) against a ledger that
 * holds a month of bookings (August 2026) for 西公民館, with every reason. Half of the requests hit
 * a taken slot, half a free one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BookingBenchmark {
    private static final int N = 256;
    static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 1, 10, 0);

    private Ledger ledger;
    private final BookingRequest[] requests = new BookingRequest[N];
    private int next;

    /** Fills the ledger with a month of bookings and prepares the requests. */
    @Setup
    public void setUp() {
        Catalogue nishi = Catalogue.nishiKominkanExample();
        Facility facility = nishi.facility("nishi").get();
        List<Unit> units = facility.units();
        SplittableRandom random = new SplittableRandom(8L);
        ArrayList<BookingRequest> month = new ArrayList<>();
        ArrayList<BookingRequest> free = new ArrayList<>();
        int g = 0;
        for (LocalDate d = LocalDate.of(2026, 8, 1); d.getMonthValue() == 8; d = d.plusDays(1)) {
            for (Unit u : units) {
                for (Slot s : facility.slots()) {
                    BookingRequest r = BookingRequest.of(group(g++ % 400), u.id(), d, List.of(s)).withHeadcount(5)
                            .withPurpose("会議");
                    (random.nextInt(10) < 7 ? month : free).add(r);
                }
            }
        }
        Ledger.Batch batch = Ledger.empty(nishi, BookingSettings.defaults()).requestAll(List.ofAll(month), NOW);
        ledger = batch.ledger();
        System.out.println("ledger: " + ledger.live().size() + " reservations booked of " + month.size()
                + " requests for August 2026");
        for (int i = 0; i < N; i++) {
            BookingRequest r = i % 2 == 0 ? month.get(random.nextInt(month.size())) : free.get(random.nextInt(free.size()));
            requests[i] = BookingRequest.of(group(1000 + i), r.unitId(), r.date(), r.slots()).withHeadcount(5)
                    .withPurpose("会議");
        }
    }

    private static Group group(int n) {
        return Group.Registered.of(String.format("K%04d", n), "団体" + n, GroupClass.GENERAL, LocalDate.of(2028, 3, 31));
    }

    /** {@return decision 3 by kisoku: the request's assessment with every reason} */
    @Benchmark
    public RequestAssessment bookingKisoku() {
        return ledger.check(requests[next++ & (N - 1)], NOW);
    }

    /**
     * {@return issue 18: one request checked against a month of history (August 2026 booked at ~70 %,
     * nine holds in ten paid), under two quota policies, by a group that has bookings that month}
     */
    @Benchmark
    public RequestAssessment checkMonth(MonthOfHistory h) {
        return h.check();
    }

    /**
     * {@return issue 18: the same requests checked against a year of history (twelve months of the
     * same bookings: eleven past months used or lapsed, then August 2026), so 12× the reservations}
     */
    @Benchmark
    public RequestAssessment checkYear(YearOfHistory h) {
        return h.check();
    }

    /**
     * {@return issue 18: 10,000 lottery applications for a month of 西公民館's units frozen into a pool,
     * drawn with alternates, and the re-runnable log written out}
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String lottery10k(Lottery10k l) {
        return l.draw();
    }

    /** {@return issue 18: the same with 100,000 applications} */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String lottery100k(Lottery100k l) {
        return l.draw();
    }

    /**
     * {@return issue 18: the availability grid of 西公民館 for August 2026 against the month-full ledger:
     * every one of its 11 units (joined rooms and their parts), 31 days × 6 slots each}
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<AvailabilityGrid> gridMonth(MonthOfHistory h) {
        List<LotteryPeriod> lotteries = List.of(new LotteryPeriod(YearMonth.of(2026, 9),
                LocalDateTime.of(2026, 7, 1, 0, 0), LocalDateTime.of(2026, 7, 10, 23, 59)));
        return h.units.map(u -> AvailabilityGrid.of(h.ledger, u, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31),
                lotteries, NOW));
    }

    /** The settings of the history benchmarks: the defaults and two quota policies (caller-supplied). */
    static BookingSettings quotaSettings() {
        LegalBasis basis = BookingSources.setting("benchmark");
        return BookingSettings.defaults().withQuotas(EffectiveTimeline.of("booking.quota", Effective.from(
                LocalDate.of(2025, 1, 1), List.of(
                        QuotaPolicy.of("公民館 月10コマ", 10, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                                QuotaPolicy.Counts.RESERVATION_UNITS, basis),
                        QuotaPolicy.of("未払い5件", 5, QuotaPolicy.Period.OPEN_BOOKINGS, QuotaPolicy.Scope.CITY,
                                QuotaPolicy.Counts.UNPAID_HOLDS, basis)), basis)));
    }

    /**
     * A ledger with the history of some months of use, each booked on the first of the month before
     * (by priority, so each hold has a month-end payment deadline), nine holds in ten paid an hour
     * later; at {@link #NOW} the past months' paid reservations are used and the unpaid ones lapsed.
     * The requests checked are for August 2026, half on a taken slot, by groups with bookings.
     */
    abstract static class History {
        Ledger ledger;
        List<Unit> units = List.empty();
        final BookingRequest[] requests = new BookingRequest[N];
        int next;

        void fill(YearMonth first) {
            Catalogue nishi = Catalogue.nishiKominkanExample();
            Facility facility = nishi.facility("nishi").get();
            units = facility.units();
            SplittableRandom random = new SplittableRandom(8L);
            Ledger l = Ledger.empty(nishi, quotaSettings());
            ArrayList<BookingRequest> august = new ArrayList<>();
            ArrayList<BookingRequest> free = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(YearMonth.of(2026, 8)); m = m.plusMonths(1)) {
                LocalDateTime at = m.minusMonths(1).atDay(1).atTime(10, 0);
                ArrayList<BookingRequest> month = new ArrayList<>();
                int g = 0;
                for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
                    for (Unit u : facility.units()) {
                        for (Slot s : facility.slots()) {
                            BookingRequest r = BookingRequest.of(group(g++ % 400), u.id(), d, List.of(s))
                                    .withHeadcount(5).withPurpose("会議").by(Method.PRIORITY);
                            (random.nextInt(10) < 7 ? month : free).add(r);
                        }
                    }
                }
                if (m.equals(YearMonth.of(2026, 8))) {
                    august = month;
                }
                Ledger.Batch batch = l.requestAll(List.ofAll(month), at);
                l = batch.ledger();
                for (var a : batch.answers()) {
                    if (a.isRight() && random.nextInt(10) < 9) {
                        l = l.pay(a.get().reservation().id(), at.plusHours(1)).get().ledger();
                    }
                }
                if (!m.equals(YearMonth.of(2026, 8))) {
                    free.clear();
                }
            }
            l = l.expire(NOW).ledger();
            for (Reservation r : l.live()) {
                if (r.status() == Status.CONFIRMED && r.date().isBefore(NOW.toLocalDate())) {
                    l = l.use(r.id(), NOW).get().ledger();
                }
            }
            ledger = l;
            System.out.println("ledger: " + ledger.reservations().size() + " reservations, " + ledger.live().size()
                    + " live, from " + first);
            for (int i = 0; i < N; i++) {
                BookingRequest r = i % 2 == 0 ? august.get(random.nextInt(august.size()))
                        : free.get(random.nextInt(free.size()));
                requests[i] = BookingRequest.of(group(i % 400), r.unitId(), r.date(), r.slots()).withHeadcount(5)
                        .withPurpose("会議");
            }
        }

        RequestAssessment check() {
            return ledger.check(requests[next++ & (N - 1)], NOW);
        }
    }

    /** A month of history: August 2026. */
    @State(Scope.Thread)
    public static class MonthOfHistory extends History {
        /** Fills the ledger. */
        @Setup
        public void setUp() {
            fill(YearMonth.of(2026, 8));
        }
    }

    /** A year of history: September 2025 to August 2026. */
    @State(Scope.Thread)
    public static class YearOfHistory extends History {
        /** Fills the ledger. */
        @Setup
        public void setUp() {
            fill(YearMonth.of(2025, 9));
        }
    }

    /** Lottery applications for August 2026 of every unit of 西公民館, 1 or 2 slots, 2,000 groups. */
    abstract static class Applications {
        static final LocalDateTime CLOSED = LocalDateTime.of(2026, 7, 10, 23, 59);
        Catalogue nishi;
        List<Application> applications;
        SeedCommitment seed;

        void fill(int n) {
            nishi = Catalogue.nishiKominkanExample();
            Facility facility = nishi.facility("nishi").get();
            SplittableRandom random = new SplittableRandom(18L);
            ArrayList<Application> apps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Unit u = facility.units().get(random.nextInt(facility.units().size()));
                int first = random.nextInt(facility.slots().size() - 1);
                List<Slot> slots = facility.slots().subSequence(first, first + 1 + random.nextInt(2));
                BookingRequest r = BookingRequest.of(group(random.nextInt(2000)), u.id(),
                        LocalDate.of(2026, 8, 1 + random.nextInt(31)), slots).withHeadcount(5).withPurpose("会議");
                apps.add(Application.of(String.format("A%06d", i), r));
            }
            applications = List.ofAll(apps);
            seed = new SeedCommitment("2026-07-01 宝くじ第1000回", LocalDateTime.of(2026, 7, 1, 9, 0), "benchmark");
        }

        String draw() {
            Pool pool = Pool.freeze(nishi, applications, CLOSED).get();
            LotteryResult result = Lottery.draw(pool, seed).get();
            return result.log().render();
        }
    }

    /** 10,000 applications. */
    @State(Scope.Thread)
    public static class Lottery10k extends Applications {
        /** Makes the applications. */
        @Setup
        public void setUp() {
            fill(10_000);
        }
    }

    /** 100,000 applications. */
    @State(Scope.Thread)
    public static class Lottery100k extends Applications {
        /** Makes the applications. */
        @Setup
        public void setUp() {
            fill(100_000);
        }
    }
}
