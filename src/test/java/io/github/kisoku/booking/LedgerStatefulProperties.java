package io.github.kisoku.booking;

import static io.github.kisoku.booking.BookingGenerators.bookingRequests;
import static io.github.kisoku.booking.BookingGenerators.describe;
import static io.github.kisoku.booking.BookingGenerators.sequencesOf;
import static io.github.kisoku.booking.Fixtures.*;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.optionals;
import static io.github.kisoku.testing.PropertyCheck.property;
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
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 6, stateful ledger: 1,000 sequences of up to 50 actions (request, lottery win, drawn
 * lottery, pay, change, cancel, use, expire, time passing) over the bundled 西公民館, with the
 * ledger's invariants (issue 4; manual §5–§7; 2023 notice) checked on the empty ledger and after
 * every step against the step before: never two holds on one block-slot (joined rooms through their
 * blocks), the hold index agrees with the live reservations, quotas never exceeded, 1–2 consecutive
 * slots, expired and cancelled reservations free their blocks, and nothing is deleted or rewritten
 * in history.
 *
 * <p>A sequence is a generated {@code List<Action>}: each {@link Action} carries the data it drew
 * (a request, the number that picks a reservation, hours to wait...) and applies itself to the
 * {@link Model}; the property folds the list over {@link Model#initial()} and runs
 * {@code invariants} after each step. The actions and their weights are those of the action chain
 * this property was first written with (request 4, win 1, lottery 1, pay 3, change 2, cancel 2, use
 * 1, expire 1, wait 2). Such a chain always ran its 50 actions; here the length is drawn from 1–200
 * and capped at 50, so about three sequences in four have all 50 and the rest 1–49, and a failure
 * can still shorten its sequence by shrinking one number.
 *
 * <p>QuickTheories' {@code core.stateful.Sequential.modelCheck} is not used: it runs commands on a
 * mutable system and compares it after each command with a model by {@code equals}. The ledger is
 * immutable, and what is checked is not equality with a model but invariants of each state and its
 * predecessor (the model here carries the ledger before the step for the history checks), so a
 * fold that keeps both is the direct way to say it.
 *
 * <p>On a failure, QuickTheories shrinks the sequence to a short one: it cuts it from the end,
 * deletes actions from the middle (see {@link BookingGenerators#sequencesOf}) and simplifies the
 * data of those left (a simpler request, a smaller pick). The report shows the shrunk sequence, and
 * its cause names the step that broke an invariant with a trace of every step up to it: the
 * reservation each pick named, whether the ledger changed, and the ledger and clock after it.
 */
class LedgerStatefulProperties {
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

    static final int MAX_ACTIONS = 50;

    /** The largest number an action draws to pick a reservation: 1 + n mod (reservations + 1). */
    private static final int MAX_PICK = 1000;

    /** The state of a sequence: the ledger now, the ledger before the last step, and the clock. */
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
            return initial(SETTINGS);
        }

        static Model initial(BookingSettings settings) {
            Ledger l = Ledger.empty(NISHI, settings);
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

    @Test
    void ledgerInvariantsHoldAfterEveryAction() {
        // capped, so that seven sequences in eight are full and a length still shrinks by one number
        Gen<Integer> lengths = ints(1, 8 * MAX_ACTIONS).map(n -> Math.min(n, MAX_ACTIONS));
        property(1000).forAll(sequencesOf(actions(), lengths))
                .checkAssert(LedgerStatefulProperties::ledgerInvariantsHoldAfterEveryAction);
    }

    private static void ledgerInvariantsHoldAfterEveryAction(java.util.List<Action> actions) {
        Model m = Model.initial();
        java.util.List<String> trace = new ArrayList<>();
        int step = 0;
        String doing = "the empty ledger";
        try {
            invariants(m);
            for (Action a : actions) {
                step++;
                doing = a.describeAt(m);
                Model next = a.apply(m);
                trace.add(doing + (next.ledger.equals(m.ledger) ? "  (ledger unchanged)" : "") + "  -> " + next);
                m = next;
                invariants(m);
            }
        } catch (RuntimeException | AssertionError e) {
            String ran = IntStream.range(0, trace.size())
                    .mapToObj(i -> String.format("%n  %2d. %s", i + 1, trace.get(i))).collect(Collectors.joining());
            throw new AssertionError(String.format("Broken at step %d of %d (%s); the steps that ran:%s%n%s", step,
                    actions.size(), doing, ran, e.getMessage()), e);
        }
    }

    /** One step of a sequence, with the data it drew. */
    sealed interface Action permits Request, Win, Draw, OnPicked, Change, Expire, Wait {
        /**
         * The step applied to a state.
         *
         * @param m the state before
         * @return the state after
         */
        Model apply(Model m);

        /**
         * The step as it applies to a state: a pick shown as the reservation it names.
         *
         * @param m the state before
         * @return the description
         */
        default String describeAt(Model m) {
            return toString();
        }
    }

    /** A request at the counter or online, first come. */
    record Request(BookingRequest request) implements Action {
        @Override
        public Model apply(Model m) {
            return m.after(m.ledger.request(request, m.now));
        }

        @Override
        public String toString() {
            return "request " + describe(request);
        }
    }

    /** A request won in a lottery drawn elsewhere. */
    record Win(BookingRequest request) implements Action {
        @Override
        public Model apply(Model m) {
            return m.after(m.ledger.win(request, m.now));
        }

        @Override
        public String toString() {
            return "win " + describe(request);
        }
    }

    /** A lottery drawn now among 1–3 applications; its winners are booked. */
    record Draw(java.util.List<BookingRequest> requests) implements Action {
        @Override
        public Model apply(Model m) {
            List<Application> apps = List.ofAll(requests).zipWithIndex()
                    .map(t -> Application.of("L" + m.drawn + "-" + t._2, t._1));
            Pool pool = Pool.freeze(NISHI, apps, m.now).get();
            LotteryResult result = Lottery.draw(pool, new SeedCommitment("seed" + m.drawn, m.now.minusDays(1), "test"))
                    .get();
            Ledger l = m.ledger;
            for (String w : result.winners()) {
                Ledger current = l;
                l = l.win(pool.application(w).get().request(), m.now).map(Ledger.Step::ledger).getOrElse(current);
            }
            return new Model(l, m.ledger, m.now, m.drawn + 1);
        }

        @Override
        public String toString() {
            return "lottery " + requests.stream().map(BookingGenerators::describe).collect(Collectors.joining("; ", "[",
                    "]"));
        }
    }

    /** What happens to a picked reservation: it is paid, cancelled or used (the day came). */
    enum Step {
        PAY("pay"), CANCEL("cancel"), USE("use");

        private final String verb;

        Step(String verb) {
            this.verb = verb;
        }
    }

    /** Payment, cancellation or use of the picked reservation. */
    record OnPicked(Step step, int pick) implements Action {
        @Override
        public Model apply(Model m) {
            long id = m.pick(pick);
            return m.after(switch (step) {
                case PAY -> m.ledger.pay(id, m.now);
                case CANCEL -> m.ledger.cancel(id, m.now);
                case USE -> m.ledger.use(id, m.now);
            });
        }

        @Override
        public String describeAt(Model m) {
            return step.verb + " #" + m.pick(pick);
        }

        @Override
        public String toString() {
            return step.verb + " pick " + pick;
        }
    }

    /** A change of purpose and/or headcount of the picked reservation. */
    record Change(int pick, Optional<String> purpose, Optional<Integer> headcount) implements Action {
        @Override
        public Model apply(Model m) {
            return m.after(m.ledger.change(m.pick(pick), Option.ofOptional(purpose), Option.ofOptional(headcount),
                    m.now));
        }

        @Override
        public String describeAt(Model m) {
            return "change #" + m.pick(pick) + what();
        }

        @Override
        public String toString() {
            return "change pick " + pick + what();
        }

        private String what() {
            return purpose.map(p -> " purpose \"" + p + "\"").orElse("")
                    + headcount.map(h -> " headcount " + h).orElse("");
        }
    }

    /** Expiry of the unpaid holds past their deadline. */
    record Expire() implements Action {
        @Override
        public Model apply(Model m) {
            return m.next(m.ledger.expire(m.now).ledger(), m.now);
        }

        @Override
        public String toString() {
            return "expire";
        }
    }

    /** Time passing. */
    record Wait(int hours) implements Action {
        @Override
        public Model apply(Model m) {
            return m.next(m.ledger, m.now.plusHours(hours));
        }

        @Override
        public String toString() {
            return "wait " + hours + "h";
        }
    }

    /** The actions, each as often as its weight (in seventeenths); shrinks towards a request. */
    private enum Kind {
        REQUEST(4), WIN(1), LOTTERY(1), PAY(3), CHANGE(2), CANCEL(2), USE(1), EXPIRE(1), WAIT(2);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /**
     * Every action draws the same data, whichever kind is chosen, so that a shrink which changes the
     * kind of one action leaves the data of the actions after it as they were.
     */
    static Gen<Action> actions() {
        java.util.List<Kind> byWeight = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (int i = 0; i < k.weight; i++) {
                byWeight.add(k);
            }
        }
        Gen<Change> changes = ints(0, MAX_PICK).zip(optionals(oneOf("変更", ""), 30), optionals(ints(-1, 300), 30),
                Change::new);
        return oneOf(byWeight).zip(listsOf(bookingRequests(), 1, 3), changes, ints(1, 72),
                (kind, requests, change, hours) -> switch (kind) {
                    case REQUEST -> new Request(requests.get(0));
                    case WIN -> new Win(requests.get(0));
                    case LOTTERY -> new Draw(requests);
                    case PAY -> new OnPicked(Step.PAY, change.pick());
                    case CHANGE -> change;
                    case CANCEL -> new OnPicked(Step.CANCEL, change.pick());
                    case USE -> new OnPicked(Step.USE, change.pick());
                    case EXPIRE -> new Expire();
                    case WAIT -> new Wait(hours);
                });
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
