package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.lottery.Application;
import io.github.kisoku.booking.lottery.Lottery;
import io.github.kisoku.booking.lottery.LotteryResult;
import io.github.kisoku.booking.lottery.Pool;
import io.github.kisoku.booking.lottery.SeedCommitment;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Issue 6, stateful ledger: 1,000 jqwik action chains of up to 50 actions (request, lottery win,
 * drawn lottery, pay, change, cancel, use, expire, time passing) over the bundled 西公民館, with the
 * ledger's invariants (issue 4; manual §5–§7; 2023 notice) checked after every step against the
 * step before: never two holds on one block-slot (joined rooms through their blocks), the hold
 * index agrees with the live reservations, quotas never exceeded, 1–2 consecutive slots, expired
 * and cancelled reservations free their blocks, and nothing is deleted or rewritten in history.
 */
class LedgerStatefulProperties {
    private static final List<Unit> UNITS = List.of(WASHITSU, WASHITSU_1, WASHITSU_2, KAIGI_1, HALL);
    private static final List<Group> GROUPS = List.of(DANCE, STUDY);
    private static final int UNITS_PER_MONTH = 4;
    private static final int UNPAID_OPEN = 3;
    private static final BookingSettings SETTINGS = BookingSettings.defaults()
            .withClosedDays("nishi", mondays())
            .withCancellation("nishi", cancelDays(2))
            .withQuotas(quotas(
                    QuotaPolicy.of("施設 月4", UNITS_PER_MONTH, QuotaPolicy.Period.MONTH_OF_USE,
                            QuotaPolicy.Scope.FACILITY, QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                    QuotaPolicy.of("未払い3", UNPAID_OPEN, QuotaPolicy.Period.OPEN_BOOKINGS, QuotaPolicy.Scope.CITY,
                            QuotaPolicy.Counts.UNPAID_HOLDS, TEST_SETTING)))
            .withPayment(Method.FIRST_COME, EffectiveTimeline.of("booking.payment.first-come",
                    Effective.from(LocalDate.of(2026, 1, 1), new PaymentRule.DaysAfterRequest(2, LocalTime.of(17, 0)),
                            TEST_SETTING)));
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 10);

    /** The state of the chain: the ledger now, the ledger before the last step, and the clock. */
    static final class Model {
        final Ledger ledger;
        final Ledger before;
        final LocalDateTime now;
        final int drawn;

        Model(Ledger ledger, Ledger before, LocalDateTime now, int drawn) {
            this.ledger = ledger;
            this.before = before;
            this.now = now;
            this.drawn = drawn;
        }

        static Model initial() {
            Ledger l = Ledger.empty(NISHI, SETTINGS);
            return new Model(l, l, LocalDateTime.of(2026, 6, 1, 9, 0), 0);
        }

        Model next(Ledger l, LocalDateTime at) {
            return new Model(l, ledger, at, drawn);
        }

        Model after(Either<Refusal, Ledger.Step> answer) {
            // a refusal leaves the ledger exactly as it was
            return next(answer.map(Ledger.Step::ledger).getOrElse(ledger), now);
        }

        long pick(int n) {
            return 1 + Math.floorMod(n, Math.max(1, ledger.reservations().size() + 1));
        }

        @Override
        public String toString() {
            return ledger + " at " + now;
        }
    }

    @Property(tries = 1000)
    void ledgerInvariantsHoldAfterEveryAction(@ForAll("chains") ActionChain<Model> chain) {
        chain.withInvariant("ledger invariants", LedgerStatefulProperties::invariants).run();
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        return ActionChain.startWith(Model::initial)
                .withAction(4, request(false))
                .withAction(1, request(true))
                .withAction(1, lottery())
                .withAction(3, byId("pay", (m, id) -> m.ledger.pay(id, m.now)))
                .withAction(2, change())
                .withAction(2, byId("cancel", (m, id) -> m.ledger.cancel(id, m.now)))
                .withAction(1, byId("use", (m, id) -> m.ledger.use(id, m.now)))
                .withAction(1, (Action.Independent<Model>) () -> Arbitraries.just(
                        Transformer.transform("expire", m -> m.next(m.ledger.expire(m.now).ledger(), m.now))))
                .withAction(2, (Action.Independent<Model>) () -> Arbitraries.integers().between(1, 72).map(h ->
                        Transformer.transform("wait " + h + "h", m -> m.next(m.ledger, m.now.plusHours(h)))))
                .withMaxTransformations(50);
    }

    private static Arbitrary<BookingRequest> requests() {
        return Combinators.combine(Arbitraries.integers().between(0, GROUPS.size() - 1),
                Arbitraries.integers().between(0, UNITS.size() - 1), Arbitraries.integers().between(0, 39),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 30))
                .as((g, u, d, first, length, heads) -> BookingRequest.of(GROUPS.get(g), UNITS.get(u).id(),
                        FIRST_DAY.plusDays(d), FACILITY.slots().drop(first).take(length)).withHeadcount(heads)
                        .withPurpose("練習").withConsent());
    }

    private static Action.Independent<Model> request(boolean win) {
        return () -> requests().map(r -> Transformer.transform((win ? "win " : "request ") + r,
                m -> m.after(win ? m.ledger.win(r, m.now) : m.ledger.request(r, m.now))));
    }

    private static Action.Independent<Model> lottery() {
        return () -> requests().list().ofMinSize(1).ofMaxSize(3).map(rs -> Transformer.transform("lottery " + rs,
                m -> {
                    List<Application> apps = List.ofAll(rs).zipWithIndex()
                            .map(t -> Application.of("L" + m.drawn + "-" + t._2, t._1));
                    Pool pool = Pool.freeze(NISHI, apps, m.now).get();
                    LotteryResult result = Lottery.draw(pool, new SeedCommitment("seed" + m.drawn,
                            m.now.minusDays(1), "test")).get();
                    Ledger l = m.ledger;
                    for (String w : result.winners()) {
                        Ledger current = l;
                        l = l.win(pool.application(w).get().request(), m.now).map(Ledger.Step::ledger)
                                .getOrElse(current);
                    }
                    return new Model(l, m.ledger, m.now, m.drawn + 1);
                }));
    }

    private interface ById {
        Either<Refusal, Ledger.Step> apply(Model m, long id);
    }

    private static Action.Independent<Model> byId(String name, ById op) {
        return () -> Arbitraries.integers().between(0, 1000).map(n -> Transformer.transform(name + " #" + n,
                m -> m.after(op.apply(m, m.pick(n)))));
    }

    private static Action.Independent<Model> change() {
        return () -> Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.of("変更", "").optional(0.7), Arbitraries.integers().between(-1, 300).optional(0.7))
                .as((n, purpose, heads) -> Transformer.transform("change #" + n + " " + purpose + " " + heads,
                        m -> m.after(m.ledger.change(m.pick(n), Option.ofOptional(purpose),
                                Option.ofOptional(heads), m.now))));
    }

    private static void invariants(Model m) {
        Ledger l = m.ledger;
        List<Reservation> all = l.reservations().values().toList();
        List<Reservation> live = l.live();
        // never two live holds on one block-slot, and the hold index is exactly the live reservations' blocks
        List<BlockSlot> liveSlots = live.flatMap(Reservation::blockSlots);
        assertThat(liveSlots.distinct().size()).as("a block-slot held twice").isEqualTo(liveSlots.size());
        Map<BlockSlot, Long> expected = HashMap.ofEntries(live.flatMap(r -> r.blockSlots().map(bs -> Tuple.of(bs,
                r.id()))));
        assertThat(l.held()).as("held index").isEqualTo(expected);
        // cancelled, expired and used reservations hold nothing
        assertThat(all.filter(r -> !r.status().holds()).flatMap(Reservation::blockSlots)
                .filter(bs -> l.holder(bs).exists(h -> !h.status().holds()))).as("freed blocks").isEmpty();
        // every reservation: 1 or 2 consecutive slots, on the unit's blocks for those slots
        assertThat(all.filter(r -> r.slots().size() < 1 || r.slots().size() > 2
                || !r.slots().zip(r.slots().tail()).forAll(p -> p._1.isFollowedBy(p._2))
                || !r.blockSlots().equals(NISHI.unit(r.unitId()).get().blockSlots(r.date(), r.slots()))))
                .as("1-2 consecutive slots").isEmpty();
        // quotas never exceeded: units per group and month of use, unpaid open holds per group
        for (Group g : GROUPS) {
            List<Reservation> mine = all.filter(r -> r.group().equals(g));
            assertThat(mine.filter(r -> r.status().holds() || r.status() == Status.USED)
                    .groupBy(r -> YearMonth.from(r.date())).mapValues(rs -> rs.map(Reservation::quotaUnits).sum()
                            .intValue()).filterValues(units -> units > UNITS_PER_MONTH)).as("units per month").isEmpty();
            assertThat(mine.count(r -> r.status() == Status.TENTATIVE && !r.date().isBefore(m.now.toLocalDate())))
                    .as("unpaid open holds").isLessThanOrEqualTo(UNPAID_OPEN);
        }
        // nothing deleted: ids 1..n, and every earlier reservation is still there with its history as a prefix
        assertThat(l.reservations().keySet().toList()).isEqualTo(List.rangeClosed(1L, (long) all.size()));
        assertThat(m.before.reservations().values().filter(was -> l.reservation(was.id()).forAll(now ->
                !now.history().take(was.history().size()).equals(was.history())
                        || !now.request().slots().equals(was.request().slots())
                        || !now.createdAt().equals(was.createdAt())
                        || !was.status().holds() && now.status() != was.status()))).as("history rewritten").isEmpty();
        // once expired at this moment, no overdue hold remains live and the lapsed ones free their blocks
        Ledger.Expiry e = l.expire(m.now);
        assertThat(e.ledger().live().filter(r -> r.status() == Status.TENTATIVE
                && r.paymentDeadline().exists(m.now::isAfter))).as("overdue holds").isEmpty();
        assertThat(e.expired().filter(r -> r.status() != Status.EXPIRED
                || r.blockSlots().exists(bs -> e.ledger().holder(bs).isDefined()))).as("expired").isEmpty();
        assertThat(e.ledger().reservations().size()).isEqualTo(all.size());
    }
}
