package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, concurrency: 8 threads make 100,000 operations (request, pay, cancel) through one
 * ledger kept in an {@link AtomicReference}, as the {@link Ledger} Javadoc prescribes, on rooms
 * that compete through their blocks (日本間1号+2号 against each part, manual §5). Every committed
 * answer is recorded by the thread that committed it; at the end the ledger holds exactly those
 * bookings, payments and cancellations — none lost, none doubled. No timing is asserted.
 */
class LedgerSharedLoadTest {
    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 12_500;
    private static final List<Unit> UNITS = List.of(WASHITSU, WASHITSU_1, WASHITSU_2, KAIGI_1,
            NISHI.unit("nishi.kaigi-2").get(), NISHI.unit("nishi.cooking").get(),
            NISHI.unit("nishi.cooking-kitchen").get());
    private static final List<LocalDate> DATES = List.range(0, 5).map(i -> LocalDate.of(2026, 6, 20).plusDays(i));

    /** Applies an operation until it commits or is refused against the ledger as it then stands. */
    private static Either<Refusal, Ledger.Step> commit(AtomicReference<Ledger> shared,
            Function<Ledger, Either<Refusal, Ledger.Step>> op) {
        while (true) {
            Ledger current = shared.get();
            Either<Refusal, Ledger.Step> answer = op.apply(current);
            if (answer.isLeft() || shared.compareAndSet(current, answer.get().ledger())) {
                return answer;
            }
        }
    }

    @Test
    @DisplayName("issue 6: 8 threads × 12,500 operations through one AtomicReference<Ledger>: nothing lost, nothing doubled")
    void hundredThousandOperations() throws InterruptedException {
        AtomicReference<Ledger> shared = new AtomicReference<>(Ledger.empty(NISHI, BookingSettings.defaults()));
        ConcurrentHashMap<Long, BookingRequest> booked = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> bookedIds = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> paid = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> cancelled = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger operations = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = List.range(0, THREADS).map(t -> new Thread(() -> {
            SplittableRandom random = new SplittableRandom(t);
            Group g = t % 2 == 0 ? DANCE : STUDY;
            try {
                start.await();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    int kind = random.nextInt(100);
                    operations.incrementAndGet();
                    if (kind < 88) {
                        Unit u = UNITS.get(random.nextInt(UNITS.size()));
                        List<Slot> slots = FACILITY.slots().drop(random.nextInt(5)).take(1 + random.nextInt(2));
                        BookingRequest r = BookingRequest.of(g, u.id(), DATES.get(random.nextInt(DATES.size())),
                                slots).withHeadcount(3).withPurpose("会議").withConsent();
                        Either<Refusal, Ledger.Step> a = commit(shared, l -> l.request(r, NOW));
                        if (a.isRight()) {
                            booked.put(a.get().reservation().id(), r);
                            bookedIds.add(a.get().reservation().id());
                        } else {
                            assertThat(a.getLeft().codes()).containsExactly(RefusalCode.TAKEN);
                            refused.incrementAndGet();
                        }
                    } else {
                        long id = 1 + random.nextInt(Math.max(1, shared.get().reservations().size()));
                        if (kind < 98) {
                            commit(shared, l -> l.pay(id, NOW)).forEach(s -> paid.add(id));
                        } else {
                            commit(shared, l -> l.cancel(id, NOW)).forEach(s -> cancelled.add(id));
                        }
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }));
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(operations.get()).isEqualTo(THREADS * OPERATIONS_PER_THREAD).isGreaterThanOrEqualTo(100_000);
        Ledger l = shared.get();
        // no booking lost or doubled: the ledger holds exactly the committed bookings, each under one id
        assertThat(bookedIds).doesNotHaveDuplicates();
        assertThat(l.reservations().keySet().toJavaSet()).isEqualTo(booked.keySet());
        assertThat(l.reservations().forAll(e -> e._2.request().equals(booked.get(e._1)))).isTrue();
        assertThat(booked.size() + refused.get()).isGreaterThan(0);
        // every committed payment and cancellation happened exactly once
        assertThat(paid).doesNotHaveDuplicates();
        assertThat(cancelled).doesNotHaveDuplicates().isNotEmpty();
        assertThat(l.reservations().values().filter(r -> r.history().exists(e -> e.status() == Status.CONFIRMED))
                .map(Reservation::id).toJavaSet()).isEqualTo(new java.util.HashSet<>(paid));
        assertThat(l.reservations().values().filter(r -> r.status() == Status.CANCELLED).map(Reservation::id)
                .toJavaSet()).isEqualTo(new java.util.HashSet<>(cancelled));
        // never two holds on one block-slot; the index is exactly the live reservations' blocks
        List<BlockSlot> liveSlots = l.live().flatMap(Reservation::blockSlots);
        assertThat(liveSlots.distinct().size()).isEqualTo(liveSlots.size());
        assertThat(l.held()).isEqualTo(HashMap.ofEntries(l.live().flatMap(r -> r.blockSlots()
                .map(bs -> Tuple.of(bs, r.id())))));
    }
}
