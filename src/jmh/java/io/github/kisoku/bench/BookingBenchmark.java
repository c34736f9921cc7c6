package io.github.kisoku.bench;

import io.github.kisoku.booking.RequestAssessment;
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
}
