package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LedgerConcurrencyTest {
    @Test
    @DisplayName("8 threads book overlapping slots through one ledger in an AtomicReference: nothing lost, nothing doubled")
    void sharedLedger() throws InterruptedException {
        List<Unit> units = List.of(NISHI.unit("nishi.kaigi-1").get(), NISHI.unit("nishi.kaigi-2").get(),
                NISHI.unit("nishi.kaigi-3").get());
        List<LocalDate> dates = List.range(0, 4).map(i -> LocalDate.of(2026, 6, 20).plusDays(i));
        AtomicReference<Ledger> shared = new AtomicReference<>(Ledger.empty(NISHI, BookingSettings.defaults()));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            Group g = t % 2 == 0 ? DANCE : STUDY;
            Unit u = units.get(t % units.size());
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (LocalDate d : dates) {
                    for (Slot s : FACILITY.slots()) {
                        BookingRequest r = BookingRequest.of(g, u.id(), d, List.of(s)).withHeadcount(3)
                                .withPurpose("会議");
                        shared.updateAndGet(l -> l.request(r, NOW).map(Ledger.Step::ledger).getOrElse(l));
                    }
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        Ledger l = shared.get();
        int expected = units.size() * dates.size() * FACILITY.slots().size();
        assertThat(l.reservations().size()).isEqualTo(expected);
        assertThat(l.held().size()).isEqualTo(expected);
        assertThat(l.reservations().keySet().toList()).isEqualTo(List.rangeClosed(1L, (long) expected));
        for (Unit u : units) {
            for (LocalDate d : dates) {
                for (Slot s : FACILITY.slots()) {
                    assertThat(l.isFree(u, d, s)).isFalse();
                }
            }
        }
    }
}
