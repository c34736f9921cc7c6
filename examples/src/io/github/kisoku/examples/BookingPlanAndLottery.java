package io.github.kisoku.examples;

import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.BookingSettings;
import io.github.kisoku.booking.BookingSources;
import io.github.kisoku.booking.CancellationDeadline;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.Facility;
import io.github.kisoku.booking.Group;
import io.github.kisoku.booking.GroupClass;
import io.github.kisoku.booking.Ledger;
import io.github.kisoku.booking.Method;
import io.github.kisoku.booking.Plan;
import io.github.kisoku.booking.Planner;
import io.github.kisoku.booking.Reservation;
import io.github.kisoku.booking.RuleSet;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.booking.Unit;
import io.github.kisoku.booking.lottery.Application;
import io.github.kisoku.booking.lottery.Lottery;
import io.github.kisoku.booking.lottery.LotteryResult;
import io.github.kisoku.booking.lottery.Pool;
import io.github.kisoku.booking.lottery.SeedCommitment;
import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.Message;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Plans and books 会議室1号 9時～15時 at 西公民館 (the manual's example), shows why one 3-slot
 * reservation is refused, then runs a small lottery for 日本間 with its log, enters the wins in the
 * ledger with their month-end payment deadline, and re-runs the draw from the log.
 */
public final class BookingPlanAndLottery {
    private BookingPlanAndLottery() {
    }

    /**
     * Runs the example.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Catalogue nishi = Catalogue.nishiKominkanExample();
        Facility facility = nishi.facility("nishi").get();
        Unit kaigi = nishi.unit("nishi.kaigi-1").get();
        // Settings the city has not published: the values below are the example's own, not Kawaguchi's.
        ClosedDays mondays = ClosedDays.of(Message.of("月曜休館（例）", "closed on Mondays (example)"),
                BookingSources.setting("example.closed-days"), HashSet.of(DayOfWeek.MONDAY), HashSet.empty());
        BookingSettings settings = BookingSettings.defaults().withClosedDays("nishi", mondays)
                .withCancellation("nishi", EffectiveTimeline.of("example.cancellation", Effective.from(
                        LocalDate.of(2026, 5, 27), new CancellationDeadline(7, LocalTime.of(17, 0)),
                        BookingSources.setting("example.cancellation"))));
        Group dance = Group.Registered.of("K0001", "舞踊の会", GroupClass.GENERAL, LocalDate.of(2027, 3, 31));
        LocalDateTime now = LocalDateTime.of(2026, 7, 1, 10, 0);
        LocalDate day = LocalDate.of(2026, 8, 5);

        System.out.println("== 計画: 会議室1号 9時～15時 ==");
        Plan plan = Planner.plan(facility, kaigi, day, LocalTime.of(9, 0), LocalTime.of(15, 0), RuleSet.NEW).get()
                .value();
        Plan old = Planner.plan(facility, kaigi, day, LocalTime.of(9, 0), LocalTime.of(15, 0), RuleSet.OLD).get()
                .value();
        System.out.println("新: " + show(plan));
        System.out.println("旧: " + show(old));
        System.out.println("抽選で全部当たる確率: " + plan.lotteryChance(HashMap.of(Slot.hours(9, 11), 2,
                Slot.hours(13, 15), 1)).value());

        Ledger ledger = Ledger.empty(nishi, settings);
        BookingRequest threeSlots = BookingRequest.of(dance, kaigi.id(), day, facility.slots().take(3))
                .withHeadcount(8).withPurpose("総会");
        System.out.println("== 3コマを一つの予約で ==");
        System.out.println(ledger.request(threeSlots, now).getLeft().decision().render(Language.JA));

        System.out.println("== 計画どおりに予約 ==");
        Ledger.Batch batch = ledger.requestAll(plan.requests(dance, 8, "総会"), now);
        batch.answers().forEach(a -> System.out.println(a.<String>fold(r -> "拒否 " + r.codes(),
                s -> "仮予約 " + show(s.reservation()))));
        ledger = batch.ledger();

        System.out.println("== 抽選: 日本間 2026-10-10 9時～11時 ==");
        LocalDate october = LocalDate.of(2026, 10, 10);
        List<Slot> nine = List.of(Slot.hours(9, 11));
        List<Application> apps = List.of(
                Application.of("L-001", BookingRequest.of(Group.Registered.of("K0101", "茶道会", GroupClass.GENERAL,
                        LocalDate.of(2028, 3, 31)), "nishi.washitsu", october, nine).withHeadcount(20).withPurpose("茶道")),
                Application.of("L-002", BookingRequest.of(Group.Registered.of("K0102", "書道会", GroupClass.GENERAL,
                        LocalDate.of(2028, 3, 31)), "nishi.washitsu-1", october, nine).withHeadcount(8).withPurpose("書道")),
                Application.of("L-003", BookingRequest.of(Group.Registered.of("K0103", "句会", GroupClass.GENERAL,
                        LocalDate.of(2028, 3, 31)), "nishi.washitsu-2", october, nine).withHeadcount(6).withPurpose("句会")),
                Application.of("L-004", BookingRequest.of(Group.Registered.of("K0104", "囲碁クラブ", GroupClass.GENERAL,
                        LocalDate.of(2028, 3, 31)), "nishi.washitsu-2", october, nine).withHeadcount(6).withPurpose("囲碁")));
        Pool pool = Pool.freeze(nishi, apps, LocalDateTime.of(2026, 8, 10, 17, 0)).get();
        SeedCommitment seed = new SeedCommitment("2026-08-kawaguchi-example-seed", LocalDateTime.of(2026, 8, 1, 0, 0),
                "published on 2026-08-01, before the pool closed");
        LotteryResult result = Lottery.draw(pool, seed).get();
        System.out.print(result.log().render());

        LocalDateTime drawn = LocalDateTime.of(2026, 8, 16, 9, 0);
        for (String id : result.winners()) {
            Ledger.Step win = ledger.win(pool.application(id).get().request(), drawn).get();
            ledger = win.ledger();
            System.out.println("当選 " + id + " → " + show(win.reservation()));
        }
        System.out.println("次点: " + result.alternates().mkString(", "));

        // The first winner cancels its hold: the alternates move up in draw order.
        String first = result.winners().head();
        long held = ledger.live().find(r -> r.request().equals(pool.application(first).get().request()
                .by(Method.LOTTERY))).get().id();
        ledger = ledger.cancel(held, drawn.plusDays(1)).get().ledger();
        LotteryResult.Promotion up = result.release(first);
        for (String id : up.promoted()) {
            Ledger.Step win = ledger.win(pool.application(id).get().request(), drawn.plusDays(1)).get();
            ledger = win.ledger();
            System.out.println("繰り上げ当選 " + id + " → " + show(win.reservation()));
        }
        System.out.println("replay: " + Lottery.replay(result.log()).value());
        System.out.println("台帳: Ledger[" + ledger.reservations().size() + " reservations, " + ledger.live().size()
                + " live]");
    }

    /** The booking bundle: the words of statuses, methods, channels and rule sets. */
    private static final MessageBundle WORDS = BookingRule.UNIT.words();

    /** A plan as a clerk reads it: unit, date, rule set, the reservations to ask for and the quota units. */
    private static String show(Plan p) {
        return p.unit().name() + " " + p.date() + " " + WORDS.label(p.ruleSet()).ja() + ": "
                + p.pieces().map(piece -> piece.head().start() + "–" + piece.last().end()).mkString(" + ")
                + "（持ちコマ数 " + p.quotaUnits() + "）";
    }

    /** A reservation as a clerk reads it: number, state, who, where, when, how, and the payment deadline. */
    private static String show(Reservation r) {
        BookingRequest q = r.request();
        return "#" + r.id() + " " + WORDS.label(r.status()).ja() + " " + q.group().name() + " " + q.unitId() + " " + q.date() + " "
                + q.slots().map(Slot::label).mkString("・") + " " + WORDS.label(q.method()).ja() + "/" + WORDS.label(q.channel()).ja()
                + r.paymentDeadline().map(d -> " 支払期限 " + d).getOrElse("");
    }
}
