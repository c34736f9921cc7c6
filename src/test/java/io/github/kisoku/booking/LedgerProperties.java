package io.github.kisoku.booking;

import static io.github.kisoku.booking.BookingGenerators.bookingRequests;
import static io.github.kisoku.booking.BookingGenerators.describe;
import static io.github.kisoku.booking.BookingGenerators.sequencesOf;
import static io.github.kisoku.booking.Fixtures.*;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Random sequences of ledger operations keep the ledger's invariants. */
class LedgerProperties {
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

    private enum Kind {
        REQUEST, WIN, PAY, CANCEL, CHANGE, EXPIRE
    }

    /**
     * One operation: a request (twice as often as the others), a lottery win, or a payment,
     * cancellation, change or expiry of one of the reservations so far (picked by number), after
     * some hours pass (in {@code invariantsHold}).
     */
    private record Operation(Kind kind, BookingRequest request, int pick, int newHeadcount, int hours) {
        Ledger apply(Ledger l, LocalDateTime now) {
            long id = 1 + (l.reservations().isEmpty() ? 0 : pick % l.reservations().size());
            return switch (kind) {
                case REQUEST -> l.request(request, now).map(Ledger.Step::ledger).getOrElse(l);
                case WIN -> l.win(request, now).map(Ledger.Step::ledger).getOrElse(l);
                case PAY -> l.pay(id, now).map(Ledger.Step::ledger).getOrElse(l);
                case CANCEL -> l.cancel(id, now).map(Ledger.Step::ledger).getOrElse(l);
                case CHANGE -> l.change(id, Option.of("変更"), Option.of(newHeadcount), now).map(Ledger.Step::ledger)
                        .getOrElse(l);
                case EXPIRE -> l.expire(now).ledger();
            };
        }

        @Override
        public String toString() {
            return "after " + hours + "h: " + switch (kind) {
                case REQUEST -> "request " + describe(request);
                case WIN -> "win " + describe(request);
                case PAY -> "pay pick " + pick;
                case CANCEL -> "cancel pick " + pick;
                case CHANGE -> "change pick " + pick + " to 変更, " + newHeadcount + "人";
                case EXPIRE -> "expire";
            };
        }
    }

    /** 1–60 operations; a pick is a reservation's number: 1 + pick mod reservations. */
    private static Gen<java.util.List<Operation>> operations() {
        Gen<Kind> kinds = oneOf(Kind.REQUEST, Kind.REQUEST, Kind.WIN, Kind.PAY, Kind.CANCEL, Kind.CHANGE, Kind.EXPIRE);
        return sequencesOf(kinds.zip(bookingRequests(), ints(0, 10_000), ints(1, 50), ints(0, 29), Operation::new),
                ints(1, 60));
    }

    @Test
    void invariantsHold() {
        property(200).forAll(operations()).checkAssert(LedgerProperties::invariantsHold);
    }

    private static void invariantsHold(java.util.List<Operation> ops) {
        Ledger l = Ledger.empty(NISHI, SETTINGS);
        LocalDateTime now = LocalDateTime.of(2026, 6, 1, 9, 0);
        int seen = 0;
        for (Operation op : ops) {
            now = now.plusHours(op.hours());
            Ledger l2 = op.apply(l, now);
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

    @Test
    void expiredHoldsFreeTheirSlotForOthers() {
        property(100).forAll(operations()).checkAssert(LedgerProperties::expiredHoldsFreeTheirSlotForOthers);
    }

    private static void expiredHoldsFreeTheirSlotForOthers(java.util.List<Operation> ops) {
        Ledger l = Ledger.empty(NISHI, SETTINGS);
        LocalDateTime now = LocalDateTime.of(2026, 6, 1, 9, 0);
        for (Operation op : ops) {
            // the clock stands still here: the hours are for invariantsHold
            l = op.apply(l, now);
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
