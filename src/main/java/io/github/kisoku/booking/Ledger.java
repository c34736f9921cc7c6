package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * The reservation ledger (予約台帳) as an immutable value: each operation — request, win, pay,
 * change, cancel, expire, use — returns a new ledger with its decision, or a typed
 * {@link Refusal} with every reason. No block-slot is ever held by two live reservations (joined
 * rooms included, through their blocks); cancelled and expired reservations stay in the history.
 *
 * <p>Every mutating operation first expires the holds whose payment deadline has passed
 * (自動キャンセル, 2023 notice), so a ledger never lends out a slot that a lapsed hold still blocks.
 * To share one ledger between threads, keep it in an {@code AtomicReference} and apply operations
 * with {@code updateAndGet}: the operations are pure, so a retried update loses nothing.
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Ledger {
    /** A request that meets no hold: said the same way every time, so made once. */
    private static final Reason FREE = Reason.of(BookingRule.TAKEN).variant("free");
    /** No quota policies were supplied: said the same way every time. */
    private static final Reason NO_QUOTA = Reason.of(BookingRule.SETTING_MISSING).variant("quota");

    Ledger() {
    }

    /**
     * An empty ledger.
     *
     * @param catalogue the facilities and units
     * @param settings the caller's settings
     * @return the ledger
     */
    public static Ledger empty(Catalogue catalogue, BookingSettings settings) {
        return ImmutableLedger.create(Require.nonNull(catalogue, "catalogue"), Require.nonNull(settings, "settings"),
                TreeMap.empty(), HashMap.empty(), TreeSet.empty(), QuotaIndex.EMPTY);
    }

    /**
     * An unpaid hold's place in the expiry index: ordered by its payment deadline, then id.
     *
     * @param deadline the payment deadline
     * @param id the reservation's id
     */
    record Lapse(LocalDateTime deadline, long id) implements Comparable<Lapse> {
        @Override
        public int compareTo(Lapse o) {
            int c = deadline.compareTo(o.deadline);
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }

    /**
     * A successful operation: the new ledger, the reservation as it now stands, and why.
     *
     * @param ledger the new ledger
     * @param reservation the reservation after the operation
     * @param decision its new state with every reason
     */
    public record Step(Ledger ledger, Reservation reservation, Decision<Status> decision) {
    }

    /**
     * Several requests made at once (manual §5 複数の予約), each answered on its own, in order, each
     * against the ledger as the earlier ones left it.
     *
     * @param ledger the ledger after all of them
     * @param answers one answer per request, in order
     */
    public record Batch(Ledger ledger, List<Either<Refusal, Step>> answers) {
    }

    /**
     * The holds that lapsed at a time.
     *
     * @param ledger the new ledger
     * @param expired the reservations expired, in id order
     */
    public record Expiry(Ledger ledger, List<Reservation> expired) {
    }

    /** {@return the catalogue (not part of the ledger's identity: two ledgers are equal by their reservations)} */
    @Value.Auxiliary
    public abstract Catalogue catalogue();

    /** {@return the settings (not part of the ledger's identity either)} */
    @Value.Auxiliary
    public abstract BookingSettings settings();

    /** {@return every reservation ever made, by id, history included} */
    public abstract SortedMap<Long, Reservation> reservations();

    /**
     * A reservation by id.
     *
     * @param id the id
     * @return the reservation, if any
     */
    public Option<Reservation> reservation(long id) {
        return reservations().get(id);
    }

    /** {@return the live reservations (仮予約 and 予約確定)} */
    public List<Reservation> live() {
        return reservations().values().filter(r -> r.status().holds()).toList();
    }

    /**
     * Every block-slot held, and by which reservation: an index of the live reservations' block-slots,
     * kept up to date by each operation (so a check never scans the reservations), and left out of
     * equality and text because the reservations decide it.
     *
     * @return the index
     */
    @Value.Auxiliary
    public abstract Map<BlockSlot, Long> held();

    /**
     * The unpaid holds with a payment deadline (the only reservations that can lapse), earliest
     * deadline first: expiring reads this index from its head and stops at the first deadline not
     * yet passed, so it never scans the history. Left out of equality: the reservations decide it.
     *
     * @return the index
     */
    @Value.Auxiliary
    abstract SortedSet<Lapse> lapsing();

    /**
     * The quota items by group and month (see {@link QuotaIndex}), so a quota check reads only the
     * items its policies could count. Left out of equality: the reservations decide it.
     *
     * @return the index
     */
    @Value.Auxiliary
    abstract QuotaIndex quotaIndex();

    /**
     * The live reservation holding a block-slot, if any.
     *
     * @param blockSlot the block-slot
     * @return the reservation
     */
    public Option<Reservation> holder(BlockSlot blockSlot) {
        return held().get(blockSlot).flatMap(reservations()::get);
    }

    /**
     * Whether a unit is free on a date and slot: none of its blocks is held.
     *
     * @param unit the unit
     * @param date the date
     * @param slot the slot
     * @return true when free
     */
    public boolean isFree(Unit unit, LocalDate date, Slot slot) {
        return unit.blockSlots(date, List.of(slot)).forAll(bs -> !held().containsKey(bs));
    }

    /**
     * What the quotas count in this ledger: each live or used reservation by its units, and each
     * unpaid hold once. Cancelled and expired reservations do not count (an assumption: the
     * manual says nothing on it).
     *
     * @return the items
     */
    public List<QuotaItem> quotaItems() {
        return reservations().values().toList().flatMap(r -> QuotaIndex.itemsOf(r, catalogue()));
    }

    /**
     * Checks a request against every rule, the ledger's holds and the quotas, without booking.
     *
     * @param request the request
     * @param now when it is made
     * @return the assessment
     */
    public RequestAssessment check(BookingRequest request, LocalDateTime now) {
        return expireDue(now).ledger.assess(request, now, true, Option.none());
    }

    /**
     * Checks a lottery application (抽選申込) against every rule, the ledger's holds and the quotas
     * that count lottery applications ({@link QuotaPolicy.Counts#LOTTERY_APPLICATIONS}), given the
     * group's other applications in the same round; nothing is booked until the draw.
     *
     * @param request the reservation applied for
     * @param now when the application is made
     * @param applications the applications already made, as quota items
     * @return the assessment
     */
    public RequestAssessment checkApplication(BookingRequest request, LocalDateTime now, Seq<QuotaItem> applications) {
        return expireDue(now).ledger.assess(request.by(Method.LOTTERY), now, true,
                Option.of(List.ofAll(Require.nonNull(applications, "applications"))));
    }

    private RequestAssessment assess(BookingRequest request, LocalDateTime now, boolean checkWindow,
            Option<List<QuotaItem>> applications) {
        RequestAssessment.Draft a = RequestRules.draft(catalogue(), settings(), request, now, checkWindow);
        if (a.unit().isEmpty() || a.facility().isEmpty()) {
            return a.done();
        }
        Unit unit = a.unit().get();
        Facility facility = a.facility().get();
        List<BlockSlot> taken = taken(unit, request.date(), request.slots());
        if (taken.isEmpty()) {
            a = a.notApplied(FREE);
        } else {
            a = a.violate(RefusalCode.TAKEN, takenReason(taken));
        }
        if (settings().quotas().isEmpty()) {
            return a.because(NO_QUOTA).done();
        }
        Either<NotInForce, Effective<List<QuotaPolicy>>> policies = settings().quotas().get().at(now.toLocalDate());
        if (policies.isLeft()) {
            return a.because(Reason.of(BookingRule.SETTING_MISSING).variant("quota-not-in-force")
                    .withFigure("notInForce", policies.getLeft().message())).done();
        }
        QuotaItem.Where where = new QuotaItem.Where(request.group().key(), facility.id(), facility.kind());
        // only the group's items in a period some policy counts: the rest could not change any count
        List<QuotaItem> existing = quotaIndex().candidates(where.groupKey(), policies.get().value(), request.date(),
                now.toLocalDate(), now.toLocalDate());
        if (applications.isDefined()) {
            existing = existing.appendAll(applications.get());
        }
        List<QuotaItem> candidates = applications.isDefined()
                ? List.of(new QuotaItem(QuotaPolicy.Counts.LOTTERY_APPLICATIONS, where,
                        new QuotaItem.When(request.date(), now.toLocalDate(), 1)))
                : List.of(new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, where,
                        new QuotaItem.When(request.date(), now.toLocalDate(), a.quotaUnits())),
                        new QuotaItem(QuotaPolicy.Counts.UNPAID_HOLDS, where,
                                new QuotaItem.When(request.date(), now.toLocalDate(), 1)));
        for (QuotaItem candidate : candidates) {
            Quotas.checkInto(a, policies.get().value(), existing, candidate, now.toLocalDate());
        }
        return a.done();
    }

    /**
     * The block-slots of a request already held, in their canonical order (block, then slot): read
     * from the unit's blocks and the slots as given when those are in order, without building the
     * set of all of them (most requests meet no hold).
     */
    private List<BlockSlot> taken(Unit unit, LocalDate date, List<Slot> slots) {
        for (List<Slot> rest = slots; !rest.isEmpty() && !rest.tail().isEmpty(); rest = rest.tail()) {
            if (rest.head().compareTo(rest.tail().head()) >= 0) {
                return unit.blockSlots(date, slots).toList().filter(held()::containsKey);
            }
        }
        List<BlockSlot> taken = List.empty();
        io.vavr.collection.Array<Block> blocks = unit.blockArray();
        List<Slot> backwards = slots.reverse();
        for (int b = blocks.size() - 1; b >= 0; b--) {
            for (Slot s : backwards) {
                BlockSlot bs = new BlockSlot(blocks.get(b), date, s);
                if (held().containsKey(bs)) {
                    taken = taken.prepend(bs);
                }
            }
        }
        return taken;
    }

    /** Why a request meets a hold: who holds it, and what (each holder and each line once, in order). */
    private Reason takenReason(List<BlockSlot> taken) {
        List<Long> by = List.empty();
        List<String> lines = List.empty();
        for (BlockSlot bs : taken) {
            Long id = held().get(bs).get();
            String line = bs.appendTo(new StringBuilder(56).append('#').append(id).append(' ')).toString();
            by = by.contains(id) ? by : by.prepend(id);
            lines = lines.contains(line) ? lines : lines.prepend(line);
        }
        return Reason.of(BookingRule.TAKEN, BookingRule.TAKEN.basis(), "heldBy", by.reverse().mkString(","),
                "held", lines.reverse());
    }

    /**
     * Books a request as a 仮予約 (first come or priority), with its payment deadline, or refuses
     * it with every reason.
     *
     * @param request the request
     * @param now when it is made
     * @return the new ledger and reservation, or the refusal
     */
    public Either<Refusal, Step> request(BookingRequest request, LocalDateTime now) {
        return expireDue(now).ledger.book(request, now, true);
    }

    /**
     * Books a lottery win as a 仮予約 (抽選予約当選分): the window was checked when the application
     * was made; the hold is paid under the lottery's payment rule.
     *
     * @param request the winning application's request
     * @param now when the result is entered
     * @return the new ledger and reservation, or the refusal
     */
    public Either<Refusal, Step> win(BookingRequest request, LocalDateTime now) {
        return expireDue(now).ledger.book(request.by(Method.LOTTERY), now, false);
    }

    /**
     * Books several requests at once, one by one, each with its own answer (manual §5).
     *
     * @param requests the requests, in order
     * @param now when they are made
     * @return the ledger after all and each answer
     */
    public Batch requestAll(Seq<BookingRequest> requests, LocalDateTime now) {
        Ledger l = this;
        List<Either<Refusal, Step>> answers = List.empty();
        for (BookingRequest r : List.ofAll(requests)) {
            Either<Refusal, Step> a = l.request(r, now);
            answers = answers.append(a);
            if (a.isRight()) {
                l = a.get().ledger();
            }
        }
        return new Batch(l, answers);
    }

    private Either<Refusal, Step> book(BookingRequest request, LocalDateTime now, boolean checkWindow) {
        RequestAssessment a = assess(request, now, checkWindow, Option.none());
        if (!a.accepted()) {
            return Either.left(a.toRefusal());
        }
        Unit unit = a.unit().get();
        Decision<Option<LocalDateTime>> deadline = paymentDeadline(request.method(), unit.facilityId(), now);
        long id = reservations().isEmpty() ? 1 : reservations().last()._1 + 1;
        Reservation r = Reservation.hold(id, request, unit, a.ruleSet(), a.quotaUnits(), now, deadline.value());
        Map<BlockSlot, Long> h = held();
        for (BlockSlot bs : r.blockSlots()) {
            h = h.put(bs, id);
        }
        SortedSet<Lapse> lapsing = r.paymentDeadline().isDefined()
                ? lapsing().add(new Lapse(r.paymentDeadline().get(), id)) : lapsing();
        Decision<Status> d = Decision.of(Status.TENTATIVE, a.decision().reasons().appendAll(deadline.reasons()),
                a.decision().notApplied().appendAll(deadline.notApplied()));
        return Either.right(new Step(ImmutableLedger.create(catalogue(), settings(), reservations().put(id, r), h,
                lapsing, quotaIndex().add(r, catalogue())), r, d));
    }

    private Decision<Option<LocalDateTime>> paymentDeadline(Method method, String facilityId, LocalDateTime now) {
        Option<io.github.kisoku.kernel.EffectiveTimeline<PaymentRule>> rule = settings().payment(method);
        if (rule.isEmpty()) {
            return Decision.<Option<LocalDateTime>>of(Option.none()).because(Reason.of(BookingRule.SETTING_MISSING)
                    .variant("payment").withFigure("method", method));
        }
        Either<NotInForce, Effective<PaymentRule>> in = rule.get().at(now.toLocalDate());
        if (in.isLeft()) {
            return Decision.<Option<LocalDateTime>>of(Option.none()).because(Reason.of(BookingRule.SETTING_MISSING)
                    .variant("payment-not-in-force").withFigure("notInForce", in.getLeft().message()));
        }
        return in.get().value().deadline(now, settings().closedDays(facilityId), in.get().basis()).map(Option::of)
                .because(Reason.of(BookingRule.PAYMENT_AUTO_CANCEL));
    }

    /**
     * Records payment of a 仮予約: it becomes 予約確定 (支払済).
     *
     * @param id the reservation's id
     * @param now when it is paid
     * @return the new ledger, or the refusal
     */
    public Either<Refusal, Step> pay(long id, LocalDateTime now) {
        Option<Reservation> found = reservations().get(id);
        if (found.isEmpty()) {
            return Either.left(unknown(id));
        }
        Reservation r = found.get();
        if (r.status() == Status.TENTATIVE && r.paymentDeadline().exists(now::isAfter)) {
            return Either.left(Refusal.of(new BrokenRule(RefusalCode.PAYMENT_DEADLINE_PASSED,
                    Reason.of(BookingRule.PAYMENT, BookingSources.AUTO_CANCEL).variant("lapsed")
                            .withFigure("paymentDeadline", r.paymentDeadline().get()))));
        }
        Ledger l = expireDue(now).ledger;
        if (r.status() != Status.TENTATIVE) {
            return Either.left(Refusal.of(new BrokenRule(RefusalCode.NOT_TENTATIVE, Reason.of(BookingRule.PAYMENT)
                    .variant("not-tentative").withFigures("reservationId", id, "status", r.status()))));
        }
        Reservation paid = r.moveTo(Status.CONFIRMED, now, BookingRule.words("text.booking.event.paid"));
        return Either.right(new Step(l.replace(paid), paid, Decision.of(Status.CONFIRMED)
                .because(Reason.of(BookingRule.PAYMENT).variant("confirmed"))));
    }

    /**
     * Changes the purpose and/or headcount of a 仮予約; a 予約確定 cannot change, and a change of
     * date or time is a cancellation and a new booking (manual §6).
     *
     * @param id the reservation's id
     * @param purpose the new purpose, if it changes
     * @param headcount the new headcount, if it changes
     * @param now when the change is made
     * @return the new ledger, or the refusal with every reason
     */
    public Either<Refusal, Step> change(long id, Option<String> purpose, Option<Integer> headcount,
            LocalDateTime now) {
        Ledger l = expireDue(now).ledger;
        Option<Reservation> found = l.reservations().get(id);
        if (found.isEmpty()) {
            return Either.left(unknown(id));
        }
        Reservation r = found.get();
        List<BrokenRule> v = List.empty();
        if (r.status() != Status.TENTATIVE) {
            v = v.append(new BrokenRule(RefusalCode.NOT_TENTATIVE, Reason.of(BookingRule.CHANGE)
                    .variant("not-tentative").withFigures("reservationId", id, "status", r.status())));
        }
        if (purpose.isEmpty() && headcount.isEmpty()) {
            v = v.append(new BrokenRule(RefusalCode.NOTHING_TO_CHANGE,
                    Reason.of(BookingRule.CHANGE).variant("nothing")));
        }
        BookingRequest changed = r.request();
        if (purpose.isDefined()) {
            changed = changed.withPurpose(purpose.get());
        }
        if (headcount.isDefined()) {
            changed = changed.withHeadcount(headcount.get());
        }
        RequestAssessment a = RequestRules.check(catalogue(), settings(), changed, now, false);
        v = v.appendAll(a.violations().filter(x -> x.code() == RefusalCode.HEADCOUNT
                || x.code() == RefusalCode.PURPOSE_MISSING));
        if (!v.isEmpty()) {
            return Either.left(Refusal.of(v, List.empty(), List.empty(), Option.none()));
        }
        Reservation after = r.withRequest(changed, now, BookingRule.words("text.booking.event.changed",
                "purpose", changed.purpose().getOrElse(""), "headcount", changed.headcount().getOrElse(0)));
        return Either.right(new Step(l.replace(after), after, Decision.of(Status.TENTATIVE)
                .because(Reason.of(BookingRule.CHANGE).variant("changed"))));
    }

    /**
     * Cancels a live reservation, unless the facility's cancellation deadline has passed. There is
     * no cancellation fee, and fees already paid are not refunded (manual §7).
     *
     * @param id the reservation's id
     * @param now when it is cancelled
     * @return the new ledger, or the refusal
     */
    public Either<Refusal, Step> cancel(long id, LocalDateTime now) {
        Ledger l = expireDue(now).ledger;
        Option<Reservation> found = l.reservations().get(id);
        if (found.isEmpty()) {
            return Either.left(unknown(id));
        }
        Reservation r = found.get();
        if (!r.status().holds()) {
            return Either.left(Refusal.of(new BrokenRule(RefusalCode.NOT_LIVE, Reason.of(BookingRule.CANCEL)
                    .variant("not-live").withFigures("reservationId", id, "status", r.status()))));
        }
        LocalDateTime start = r.date().atTime(r.slots().head().start());
        Option<io.github.kisoku.kernel.EffectiveTimeline<CancellationDeadline>> setting = settings()
                .cancellation(r.facilityId());
        Option<Effective<CancellationDeadline>> in = setting.flatMap(t -> t.at(now.toLocalDate()).toOption());
        LocalDateTime last = in.map(e -> e.value().lastMoment(r.date())).getOrElse(start);
        Reason deadline = in.isDefined()
                ? Reason.of(BookingRule.CANCEL_DEADLINE, in.get().basis()).withFigure("deadline", last)
                : Reason.of(BookingRule.SETTING_MISSING).variant("cancellation").withFigure("useStarts", start);
        if (now.isAfter(last) || !now.isBefore(start)) {
            return Either.left(Refusal.of(List.of(new BrokenRule(RefusalCode.CANCELLATION_CLOSED,
                    Reason.of(BookingRule.CANCEL).variant("closed").withFigure("deadline", last))),
                    List.of(deadline), List.empty(), Option.none()));
        }
        boolean paid = r.status() == Status.CONFIRMED;
        Reservation after = r.moveTo(Status.CANCELLED, now, BookingRule.words("text.booking.event.cancelled"));
        Decision<Status> d = Decision.of(Status.CANCELLED).because(deadline).because(Reason.of(BookingRule.CANCEL_FEE));
        d = paid ? d.because(Reason.of(BookingRule.CANCEL_REFUND).variant("paid"))
                .notApplied(Reason.of(BookingRule.CANCEL_REFUND_COMPARATOR))
                : d.notApplied(Reason.of(BookingRule.CANCEL_REFUND).variant("unpaid"));
        return Either.right(new Step(l.replace(after), after, d));
    }

    /**
     * Marks a confirmed reservation as used, once its time has begun.
     *
     * @param id the reservation's id
     * @param now when it is recorded
     * @return the new ledger, or the refusal
     */
    public Either<Refusal, Step> use(long id, LocalDateTime now) {
        Ledger l = expireDue(now).ledger;
        Option<Reservation> found = l.reservations().get(id);
        if (found.isEmpty()) {
            return Either.left(unknown(id));
        }
        Reservation r = found.get();
        if (r.status() != Status.CONFIRMED || now.isBefore(r.date().atTime(r.slots().head().start()))) {
            return Either.left(Refusal.of(new BrokenRule(RefusalCode.NOT_LIVE, Reason.of(BookingRule.USE)
                    .withFigures("reservationId", id, "status", r.status()))));
        }
        Reservation after = r.moveTo(Status.USED, now, BookingRule.words("text.booking.event.used"));
        return Either.right(new Step(l.replace(after), after, Decision.of(Status.USED)));
    }

    /**
     * Expires every 仮予約 whose payment deadline has passed (自動キャンセル), freeing its blocks;
     * the reservations stay in the history as {@link Status#EXPIRED}.
     *
     * @param now the time
     * @return the new ledger and what expired
     */
    public Expiry expire(LocalDateTime now) {
        return expireDue(Require.nonNull(now, "now"));
    }

    private Expiry expireDue(LocalDateTime now) {
        // the index holds exactly the unpaid holds with a deadline, earliest first
        SortedSet<Lapse> index = lapsing();
        if (index.isEmpty() || !now.isAfter(index.head().deadline())) {
            return new Expiry(this, List.empty());
        }
        List<Long> ids = List.empty();
        while (!index.isEmpty() && now.isAfter(index.head().deadline())) {
            ids = ids.prepend(index.head().id());
            index = index.tail();
        }
        List<Reservation> due = ids.sorted().map(id -> reservations().get(id).get());
        Ledger l = this;
        for (Reservation r : due) {
            l = l.replace(r.moveTo(Status.EXPIRED, now, BookingRule.words("text.booking.event.expired",
                    "paymentDeadline", r.paymentDeadline().get())));
        }
        Ledger done = l;
        return new Expiry(done, due.map(r -> done.reservations().get(r.id()).get()));
    }

    private Ledger replace(Reservation r) {
        Reservation before = reservations().get(r.id()).get();
        Map<BlockSlot, Long> h = held();
        if (!r.status().holds()) {
            for (BlockSlot bs : r.blockSlots()) {
                if (h.get(bs).contains(r.id())) {
                    h = h.remove(bs);
                }
            }
        }
        SortedSet<Lapse> lapsing = lapsing();
        if (before.status() == Status.TENTATIVE && r.status() != Status.TENTATIVE
                && before.paymentDeadline().isDefined()) {
            lapsing = lapsing.remove(new Lapse(before.paymentDeadline().get(), r.id()));
        }
        return ImmutableLedger.create(catalogue(), settings(), reservations().put(r.id(), r), h, lapsing,
                quotaIndex().replace(before, r, catalogue()));
    }

    private static Refusal unknown(long id) {
        return Refusal.of(new BrokenRule(RefusalCode.UNKNOWN_RESERVATION, Reason.of(BookingRule.RESERVATION)
                .withFigure("reservationId", id)));
    }
}
