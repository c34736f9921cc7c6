package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random sequences of ledger operations keep the ledger's invariants. */
class LedgerProperties {
    private static final List<Unit> UNITS = List.of(WASHITSU, WASHITSU_1, WASHITSU_2, KAIGI_1, HALL);
    private static final List<Group> GROUPS = List.of(DANCE, STUDY);
    private static final QuotaPolicy UNITS_PER_MONTH = QuotaPolicy.of("施設 月4", 4, QuotaPolicy.Period.MONTH_OF_USE,
            QuotaPolicy.Scope.FACILITY, QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING);
    private static final QuotaPolicy UNPAID = QuotaPolicy.of("未払い3", 3, QuotaPolicy.Period.OPEN_BOOKINGS,
            QuotaPolicy.Scope.CITY, QuotaPolicy.Counts.UNPAID_HOLDS, TEST_SETTING);
    private static final BookingSettings SETTINGS = BookingSettings.defaults()
            .withClosedDays("nishi", mondays())
            .withCancellation("nishi", cancelDays(2))
            .withQuotas(quotas(UNITS_PER_MONTH, UNPAID))
            .withPayment(Method.FIRST_COME, EffectiveTimeline.of("booking.payment.first-come",
                    Effective.from(LocalDate.of(2026, 1, 1), new PaymentRule.DaysAfterRequest(2, LocalTime.of(17, 0)),
                            TEST_SETTING)));

    @Provide
    Arbitrary<java.util.List<int[]>> operations() {
        return Arbitraries.integers().between(0, 10_000).array(int[].class).ofSize(6).list().ofMinSize(1)
                .ofMaxSize(60);
    }

    private static Ledger apply(Ledger l, int[] op, LocalDateTime now) {
        Group g = GROUPS.get(op[1] % GROUPS.size());
        Unit u = UNITS.get(op[2] % UNITS.size());
        LocalDate date = LocalDate.of(2026, 6, 10).plusDays(op[3] % 40);
        List<Slot> slots = FACILITY.slots().drop(op[4] % 6).take(1 + op[4] % 3);
        BookingRequest r = BookingRequest.of(g, u.id(), date, slots).withHeadcount(1 + op[5] % 30)
                .withPurpose("練習").withConsent();
        long id = 1 + (l.reservations().isEmpty() ? 0 : op[5] % l.reservations().size());
        switch (op[0] % 7) {
            case 0:
            case 1:
                return l.request(r, now).map(Ledger.Step::ledger).getOrElse(l);
            case 2:
                return l.win(r, now).map(Ledger.Step::ledger).getOrElse(l);
            case 3:
                return l.pay(id, now).map(Ledger.Step::ledger).getOrElse(l);
            case 4:
                return l.cancel(id, now).map(Ledger.Step::ledger).getOrElse(l);
            case 5:
                return l.change(id, Option.of("変更"), Option.of(1 + op[3] % 50), now).map(Ledger.Step::ledger)
                        .getOrElse(l);
            default:
                return l.expire(now).ledger();
        }
    }

    @Property(tries = 200)
    void invariantsHold(@ForAll("operations") java.util.List<int[]> ops) {
        Ledger l = Ledger.empty(NISHI, SETTINGS);
        LocalDateTime now = LocalDateTime.of(2026, 6, 1, 9, 0);
        int seen = 0;
        for (int[] op : ops) {
            now = now.plusHours(op[5] % 30);
            Ledger l2 = apply(l, op, now);
            l = l2;
            List<Reservation> live = l2.live();
            // never two live holds on one block-slot, and the index agrees with the reservations
            List<BlockSlot> liveSlots = live.flatMap(Reservation::blockSlots);
            assertThat(liveSlots.distinct().size()).isEqualTo(liveSlots.size());
            assertThat(l2.held().size()).isEqualTo(liveSlots.size());
            for (Reservation r : live) {
                assertThat(r.blockSlots().forAll(bs -> l2.held().get(bs).contains(r.id()))).isTrue();
            }
            // cancelled, expired and used reservations free their blocks
            Ledger current = l;
            assertThat(l.reservations().values().filter(r -> !r.status().holds())
                    .forAll(r -> r.blockSlots().forAll(bs -> !current.held().get(bs).contains(r.id())))).isTrue();
            // every reservation has 1 or 2 consecutive slots
            assertThat(l.reservations().values().forAll(r -> r.slots().size() >= 1 && r.slots().size() <= 2
                    && r.slots().zip(r.slots().tail()).forAll(p -> p._1.isFollowedBy(p._2)))).isTrue();
            // quotas never exceeded
            for (Group g : GROUPS) {
                for (YearMonth m : List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7))) {
                    int units = l.reservations().values().filter(r -> r.group().equals(g)
                            && (r.status().holds() || r.status() == Status.USED) && YearMonth.from(r.date()).equals(m))
                            .map(Reservation::quotaUnits).sum().intValue();
                    assertThat(units).isLessThanOrEqualTo(UNITS_PER_MONTH.limit());
                }
            }
            // nothing is ever deleted
            assertThat(l.reservations().size()).isGreaterThanOrEqualTo(seen);
            seen = l.reservations().size();
        }
    }

    @Property(tries = 100)
    void expiredHoldsFreeTheirSlotForOthers(@ForAll("operations") java.util.List<int[]> ops) {
        Ledger l = Ledger.empty(NISHI, SETTINGS);
        LocalDateTime now = LocalDateTime.of(2026, 6, 1, 9, 0);
        for (int[] op : ops) {
            l = apply(l, op, now);
        }
        LocalDateTime later = LocalDateTime.of(2026, 6, 8, 9, 0);
        Ledger expired = l.expire(later).ledger();
        assertThat(expired.live().forAll(r -> r.status() == Status.CONFIRMED || r.paymentDeadline()
                .forAll(d -> !later.isAfter(d)))).isTrue();
        for (Reservation r : l.live().filter(r -> r.status() == Status.TENTATIVE
                && r.paymentDeadline().exists(later::isAfter))) {
            assertThat(r.blockSlots().forAll(bs -> expired.held().get(bs).isEmpty())).isTrue();
        }
    }
}
