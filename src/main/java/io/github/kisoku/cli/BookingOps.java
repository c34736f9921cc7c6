package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.booking.AvailabilityGrid;
import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.Facility;
import io.github.kisoku.booking.FeeComponent;
import io.github.kisoku.booking.FeeEstimate;
import io.github.kisoku.booking.FeeRequest;
import io.github.kisoku.booking.GroupClass;
import io.github.kisoku.booking.Ledger;
import io.github.kisoku.booking.Plan;
import io.github.kisoku.booking.QuotaItem;
import io.github.kisoku.booking.Planner;
import io.github.kisoku.booking.Ratio;
import io.github.kisoku.booking.Refusal;
import io.github.kisoku.booking.RequestAssessment;
import io.github.kisoku.booking.Reservation;
import io.github.kisoku.booking.RuleSet;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.booking.Unit;
import io.github.kisoku.booking.lottery.Application;
import io.github.kisoku.booking.lottery.Lottery;
import io.github.kisoku.booking.lottery.LotteryLog;
import io.github.kisoku.booking.lottery.LotteryResult;
import io.github.kisoku.booking.lottery.Pool;
import io.github.kisoku.booking.lottery.Priority;
import io.github.kisoku.booking.lottery.SeedCommitment;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The booking operations of the contract beyond {@code booking.request}: {@code booking.book} (a
 * sequence of operations on a ledger), {@code booking.lottery} (a draw, or the re-run of a draw's
 * log), {@code booking.plan}, {@code booking.grid} and {@code booking.fee}. Each reads the
 * optional {@code settings} object where the operation uses one ({@link SettingsReader}).
 */
final class BookingOps {
    /** The most days a grid shows: two months, the span a clerk looks at. */
    static final int MAX_GRID_DAYS = 62;
    /** The most operations or applications one case holds. */
    static final int MAX_ITEMS = 10_000;
    /** The most lottery tickets (weight) one application holds. */
    static final int MAX_WEIGHT = 100;

    private static final MessageBundle BOOKING_WORDS = BookingRule.TAKEN.words();

    private BookingOps() {
    }

    /** An enum value as the contract shows it: its name, and its words from the booking bundle. */
    static void label(ObjectNode o, String key, Enum<?> value) {
        String k = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        o.put(key, value.name());
        o.put(key + "Ja", BOOKING_WORDS.raw(Language.JA, k).getOrElse(value.name()));
        o.put(key + "En", BOOKING_WORDS.raw(Language.EN, k).getOrElse(value.name()));
    }

    static ArrayNode slots(Seq<Slot> slots) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        slots.forEach(s -> a.add(BookingCases.label(s)));
        return a;
    }

    /** A reservation as the contract shows it. */
    static ObjectNode reservation(Reservation r) {
        ObjectNode o = Json.object().put("id", r.id());
        label(o, "status", r.status());
        BookingRequest q = r.request();
        o.put("group", q.group().name()).put("groupKey", q.group().key()).put("unit", q.unitId())
                .put("date", q.date().toString());
        o.set("slots", slots(q.slots()));
        label(o, "method", q.method());
        o.put("channel", q.channel().name());
        label(o, "ruleSet", r.ruleSet());
        o.put("quotaUnits", r.quotaUnits()).put("createdAt", r.createdAt().toString());
        if (r.paymentDeadline().isDefined()) {
            o.put("paymentDeadline", r.paymentDeadline().get().toString());
        } else {
            o.putNull("paymentDeadline");
        }
        return o;
    }

    static ArrayNode ledger(Ledger l) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        l.reservations().values().forEach(r -> a.add(reservation(r)));
        return a;
    }

    /** The operations of {@code booking.book}, written in lower case in a case. */
    enum Op {
        /** A request by first come or priority ({@code method}), booked as a 仮予約. */
        REQUEST,
        /**
         * A lottery application (抽選申込) checked against the rules, the ledger and the quotas that
         * count applications, given the applications accepted earlier in the case; nothing is booked.
         */
        APPLY,
        /** A lottery win entered as a 仮予約. */
        WIN,
        /** Payment of a 仮予約: it becomes 予約確定. */
        PAY,
        /** The same step as {@code pay}: in Kawaguchi's lifecycle a hold is confirmed by its payment. */
        CONFIRM,
        /** A change of purpose or headcount of a 仮予約. */
        CHANGE,
        /** A cancellation. */
        CANCEL,
        /** Use of a confirmed reservation. */
        USE,
        /** Expiry of every 仮予約 whose payment deadline has passed (自動キャンセル). */
        EXPIRE;

        String shown() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One operation read from a case. */
    private record Operation(Op op, LocalDateTime at, Option<BookingRequest> request, long reservation,
            Option<String> purpose, Option<Integer> headcount) {
    }

    private static Option<Operation> operation(CaseReader o, Option<Catalogue> catalogue) {
        Option<Op> op = o.text("op", true).flatMap(t -> {
            for (Op x : Op.values()) {
                if (x.shown().equals(t)) {
                    return Option.of(x);
                }
            }
            o.problem(Problem.of(CliProblem.UNKNOWN_VALUE, o.path("op")).withFigures("value", t, "known",
                    List.of(Op.values()).map(Op::shown).mkString(", ")));
            return Option.none();
        });
        Option<LocalDateTime> at = BookingCases.dateTime(o, "at", true);
        if (op.isEmpty()) {
            // the other fields depend on the operation; only its name and time are checked
            o.fieldNames().forEach(o::ignore);
            return Option.none();
        }
        Option<BookingRequest> request = Option.none();
        Option<Long> id = Option.none();
        Option<String> purpose = Option.none();
        Option<Long> headcount = Option.none();
        switch (op.get()) {
            case REQUEST:
            case APPLY:
            case WIN:
                request = BookingCases.request(o, catalogue);
                break;
            case EXPIRE:
                break;
            case CHANGE:
                id = o.integer("reservation", true, 1, Long.MAX_VALUE);
                purpose = o.text("purpose", false);
                headcount = o.integer("headcount", false, 1, 10_000);
                break;
            default:
                id = o.integer("reservation", true, 1, Long.MAX_VALUE);
                break;
        }
        if (at.isEmpty() || o.hasProblems()) {
            return Option.none();
        }
        return Option.of(new Operation(op.get(), at.get(), request, id.getOrElse(0L), purpose,
                headcount.map(Long::intValue)));
    }

    /** Times of a list that must not go back: a ledger and an account live forward in time. */
    static void inOrder(CaseReader f, String list, List<LocalDateTime> times) {
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i).isBefore(times.get(i - 1))) {
                f.problem(Problem.of(CliProblem.NOT_BEFORE, f.path(list + "[" + i + "].at"))
                        .withFigures("first", list + "[" + (i - 1) + "].at", "value", times.get(i)));
            }
        }
    }

    /** {@code booking.book}: operations on a ledger, each answered, and the ledger after them. */
    static final class Book implements CaseHandler {
        @Override
        public String type() {
            return "booking.book";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<Catalogue> catalogue = BookingCases.catalogue(f);
            Option<SettingsReader.CaseSettings> settings = SettingsReader.read(f, catalogue);
            Option<List<BookingCases.Entry>> entries = f.objects("ledger", false,
                    e -> BookingCases.entry(e, catalogue));
            Option<List<Operation>> ops = f.objects("operations", true, o -> operation(o, catalogue));
            ops.filter(List::isEmpty).forEach(x -> f.problem(Problem.required(f.path("operations"))));
            ops.forEach(l -> inOrder(f, "operations", l.map(Operation::at)));
            ops.filter(l -> l.size() > MAX_ITEMS).forEach(x -> f.problem(Problem.of(
                    io.github.kisoku.kernel.InputProblem.OUT_OF_RANGE, f.path("operations"))
                    .withFigures("min", 1, "max", MAX_ITEMS).withFigure("value", x.size())));
            return f.finish(() -> BookingCases.ledger(f, Ledger.empty(catalogue.get(), settings.get().booking()),
                    entries.getOrElse(List.empty())).map(l -> run(l, ops.get())));
        }

        private static Answer run(Ledger start, List<Operation> ops) {
            Ledger l = start;
            List<QuotaItem> applications = List.empty();
            ArrayNode steps = JsonNodeFactory.instance.arrayNode();
            List<Reason> reasons = List.empty();
            List<Reason> notApplied = List.empty();
            for (Operation o : ops) {
                ObjectNode s = steps.addObject().put("op", o.op().shown()).put("at", o.at().toString());
                Decision<?> d;
                if (o.op() == Op.APPLY) {
                    BookingRequest q = o.request().get();
                    RequestAssessment a = l.checkApplication(q, o.at(), applications);
                    s.put("done", a.accepted());
                    s.putNull("reservation");
                    s.putArray("expired");
                    ArrayNode codes = s.putArray("refusals");
                    a.violations().forEach(v -> codes.add(v.code().name()));
                    if (a.accepted()) {
                        Facility facility = l.catalogue().facility(l.catalogue().unit(q.unitId()).get().facilityId()).get();
                        applications = applications.append(Application.of("apply-" + applications.size(), q)
                                .quotaItem(facility, o.at().toLocalDate()));
                    }
                    d = a.decision();
                } else if (o.op() == Op.EXPIRE) {
                    Ledger.Expiry e = l.expire(o.at());
                    l = e.ledger();
                    s.put("done", true);
                    s.putNull("reservation");
                    ArrayNode ex = s.putArray("expired");
                    e.expired().forEach(r -> ex.add(r.id()));
                    s.putArray("refusals");
                    d = Decision.of(e.expired().size());
                } else {
                    Either<Refusal, Ledger.Step> step = apply(l, o);
                    s.put("done", step.isRight());
                    ArrayNode codes = JsonNodeFactory.instance.arrayNode();
                    if (step.isRight()) {
                        l = step.get().ledger();
                        s.set("reservation", reservation(step.get().reservation()));
                        d = step.get().decision();
                    } else {
                        s.putNull("reservation");
                        step.getLeft().codes().forEach(c -> codes.add(c.name()));
                        d = step.getLeft().decision();
                    }
                    s.putArray("expired");
                    s.set("refusals", codes);
                }
                s.set("reasons", Json.reasons(d.reasons()));
                s.set("notApplied", Json.reasons(d.notApplied()));
                reasons = reasons.appendAll(d.reasons());
                notApplied = notApplied.appendAll(d.notApplied());
            }
            ObjectNode r = Json.object();
            r.set("steps", steps);
            r.set("ledger", ledger(l));
            r.put("live", l.live().size());
            return new Answer(r, Decision.of(l.reservations().size(), reasons.distinct(), notApplied.distinct()));
        }

        private static Either<Refusal, Ledger.Step> apply(Ledger l, Operation o) {
            switch (o.op()) {
                case REQUEST:
                    return l.request(o.request().get(), o.at());
                case WIN:
                    return l.win(o.request().get(), o.at());
                case PAY:
                case CONFIRM:
                    return l.pay(o.reservation(), o.at());
                case CHANGE:
                    return l.change(o.reservation(), o.purpose(), o.headcount(), o.at());
                case CANCEL:
                    return l.cancel(o.reservation(), o.at());
                default:
                    return l.use(o.reservation(), o.at());
            }
        }
    }

    /**
     * {@code booking.lottery}: a draw (catalogue, applications, when the pool closed, the committed
     * seed) or the re-run of a draw's {@code log}; both answer the winners, the alternates and the
     * log, and whether the log re-runs to the identical draw.
     */
    static final class LotteryCase implements CaseHandler {
        @Override
        public String type() {
            return "booking.lottery";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<String> logText = f.text("log", false);
            if (logText.isDefined()) {
                for (String other : List.of("catalogue", "applications", "closedAt", "seed", "settings", "enterAt",
                        "release")) {
                    if (f.value(other).isDefined()) {
                        f.problem(Problem.of(CliProblem.ONE_OF, f.path(other)).withFigure("fields",
                                "log, {catalogue, applications, closedAt, seed}"));
                    }
                }
                Option<LotteryLog> log = logText.flatMap(t -> {
                    try {
                        return Option.of(LotteryLog.parse(t));
                    } catch (InvalidInputException e) {
                        e.problems().forEach(p -> f.problem(p.at(f.path(p.field()))));
                        return Option.none();
                    }
                });
                return f.finish(() -> Validation.valid(replay(log.get())));
            }
            Option<Catalogue> catalogue = BookingCases.catalogue(f);
            Option<List<Application>> apps = f.objects("applications", true, a -> application(a, catalogue));
            apps.filter(l -> l.size() > MAX_ITEMS).forEach(x -> f.problem(Problem.of(
                    io.github.kisoku.kernel.InputProblem.OUT_OF_RANGE, f.path("applications"))
                    .withFigures("min", 0, "max", MAX_ITEMS).withFigure("value", x.size())));
            Option<LocalDateTime> closedAt = BookingCases.dateTime(f, "closedAt", true);
            Option<SeedCommitment> seed = f.nested("seed", true, s -> {
                Option<String> text = s.text("seed", true);
                Option<LocalDateTime> at = BookingCases.dateTime(s, "committedAt", true);
                Option<String> source = s.text("source", true);
                return text.isDefined() && at.isDefined() && source.isDefined()
                        ? Option.of(new SeedCommitment(text.get(), at.get(), source.get())) : Option.none();
            });
            Option<SettingsReader.CaseSettings> settings = SettingsReader.read(f, catalogue);
            Option<LocalDateTime> enterAt = BookingCases.dateTime(f, "enterAt", false);
            Option<List<String>> release = f.texts("release", false);
            return f.finish(() -> Pool.freeze(catalogue.get(), apps.get(), closedAt.get())
                    .mapError(ps -> f.translate(ps, HashMap.empty()))
                    .flatMap(pool -> Lottery.draw(pool, seed.get()).mapError(ps -> f.translate(ps, HashMap.empty()))
                            .map(result -> draw(pool, result, catalogue.get(), settings.get(), enterAt,
                                    release.getOrElse(List.empty())))));
        }

        private static Option<Application> application(CaseReader a, Option<Catalogue> catalogue) {
            Option<String> id = a.text("id", true);
            Option<Long> tier = a.integer("tier", false, 0, 100);
            // a weight is that many SHA-256 tickets: bounded so that one case cannot hold up a batch
            Option<Long> weight = a.integer("weight", false, 1, MAX_WEIGHT);
            Option<BookingRequest> request = BookingCases.request(a, catalogue);
            if (id.isEmpty() || request.isEmpty() || a.hasProblems()) {
                return Option.none();
            }
            Application app = Application.of(id.get(), request.get());
            return Option.of(tier.isDefined() || weight.isDefined()
                    ? app.withPriority(Priority.of(tier.getOrElse(0L).intValue(), weight.getOrElse(1L).intValue()))
                    : app);
        }

        private static Answer draw(Pool pool, LotteryResult result, Catalogue catalogue,
                SettingsReader.CaseSettings settings, Option<LocalDateTime> enterAt, List<String> release) {
            LotteryLog log = result.log();
            Decision<Boolean> replay = Lottery.replay(log);
            ObjectNode r = common(log, replay.value());
            ObjectNode blocked = r.putObject("blockedBy");
            result.blockedBy().toSortedMap(t -> t).forEach((k, v) -> {
                ArrayNode a = blocked.putArray(k);
                v.forEach(a::add);
            });
            Decision<Integer> d = Decision.of(result.winners().size())
                    .because(Reason.of(CaseRule.LOTTERY_DRAW).withFigures("applications", pool.entries().size(),
                            "committedAt", log.seed().committedAt(), "source", log.seed().source())
                            .withFigures("winners", result.winners().size(), "alternates", result.alternates().size(),
                                    "poolHash", log.poolHash()))
                    .because(replay.reasons().head());
            if (enterAt.isDefined()) {
                Ledger l = Ledger.empty(catalogue, settings.booking());
                ArrayNode holds = r.putArray("holds");
                for (String id : result.winners()) {
                    Either<Refusal, Ledger.Step> win = l.win(pool.application(id).get().request(), enterAt.get());
                    ObjectNode h = holds.addObject().put("application", id).put("done", win.isRight());
                    if (win.isRight()) {
                        l = win.get().ledger();
                        h.set("reservation", reservation(win.get().reservation()));
                        h.putArray("refusals");
                        d = Decision.of(d.value(), d.reasons().appendAll(win.get().decision().reasons()).distinct(),
                                d.notApplied().appendAll(win.get().decision().notApplied()).distinct());
                    } else {
                        h.putNull("reservation");
                        ArrayNode codes = h.putArray("refusals");
                        win.getLeft().codes().forEach(c -> codes.add(c.name()));
                    }
                }
            } else {
                r.putNull("holds");
            }
            // winners whose holds were cancelled or lapsed: the alternates move up in draw order
            ArrayNode promoted = r.putArray("promoted");
            LotteryResult after = result;
            for (String id : release) {
                LotteryResult.Promotion up = after.release(id);
                after = up.result();
                ObjectNode p = promoted.addObject().put("released", id);
                ArrayNode ids = p.putArray("promoted");
                up.promoted().forEach(ids::add);
            }
            ArrayNode now = r.putArray("winnersAfterRelease");
            after.winners().forEach(now::add);
            return new Answer(r, d);
        }

        private static Answer replay(LotteryLog log) {
            Decision<Boolean> replay = Lottery.replay(log);
            ObjectNode r = common(log, replay.value());
            r.putNull("blockedBy");
            r.putNull("holds");
            r.putArray("promoted");
            ArrayNode now = r.putArray("winnersAfterRelease");
            log.winners().forEach(now::add);
            return new Answer(r, Decision.of(log.winners().size(), replay.reasons(), replay.notApplied()));
        }

        private static ObjectNode common(LotteryLog log, boolean reproduced) {
            ObjectNode r = Json.object().put("algorithm", log.algorithm()).put("poolHash", log.poolHash())
                    .put("poolClosedAt", log.poolClosedAt().toString());
            ArrayNode order = r.putArray("order");
            log.order().forEach(order::add);
            ArrayNode winners = r.putArray("winners");
            log.winners().forEach(winners::add);
            ArrayNode alternates = r.putArray("alternates");
            log.alternates().forEach(alternates::add);
            r.put("reproduced", reproduced);
            r.put("log", log.render());
            return r;
        }
    }

    /** {@code booking.plan}: a span of a day to cover → the fewest reservations and quota units, and the lottery risk. */
    static final class PlanCase implements CaseHandler {
        @Override
        public String type() {
            return "booking.plan";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<Catalogue> catalogue = BookingCases.catalogue(f);
            Option<Unit> unit = unit(f, catalogue);
            Option<LocalDate> date = f.date("date", true);
            Option<LocalTime> from = f.time("from", true);
            Option<LocalTime> to = f.time("to", true);
            Option<RuleSet> ruleSet = f.enumeration("ruleSet", false, RuleSet.class);
            Option<Map<Slot, Integer>> others = othersPerSlot(f);
            return f.finish(() -> {
                Facility facility = catalogue.get().facilityOf(unit.get()).get();
                RuleSet rs = ruleSet.getOrElse(() -> facility.ruleSetOn(date.get()));
                return Planner.plan(facility, unit.get(), date.get(), from.get(), to.get(), rs)
                        .mapError(ps -> f.translate(ps, HashMap.of("span", "from")))
                        .map(d -> answer(d, others, ruleSet.isEmpty() ? Option.of(facility.ruleSetReason(date.get()))
                                : Option.none()));
            });
        }

        private static Option<Map<Slot, Integer>> othersPerSlot(CaseReader f) {
            return f.object("othersPerSlot", false).flatMap(o -> {
                Map<Slot, Integer> out = LinkedHashMap.empty();
                boolean bad = false;
                for (String k : o.fieldNames()) {
                    o.ignore(k);
                    Option<Slot> s = BookingCases.slot(o, o.path(k), k);
                    Option<Long> n = o.integer(k, true, 0, 1_000_000);
                    bad |= s.isEmpty() || n.isEmpty();
                    if (s.isDefined() && n.isDefined()) {
                        out = out.put(s.get(), n.get().intValue());
                    }
                }
                f.absorb(o);
                return bad ? Option.none() : Option.of(out);
            });
        }

        private static Answer answer(Decision<Plan> d, Option<Map<Slot, Integer>> others, Option<Reason> ruleSet) {
            Plan p = d.value();
            ObjectNode r = Json.object().put("unit", p.unit().id()).put("date", p.date().toString());
            label(r, "ruleSet", p.ruleSet());
            ArrayNode pieces = r.putArray("pieces");
            p.pieces().forEach(piece -> pieces.add(slots(piece)));
            r.put("quotaUnits", p.quotaUnits());
            List<Reason> reasons = ruleSet.toList().appendAll(d.reasons());
            if (others.isDefined()) {
                Decision<Ratio> chance = p.lotteryChance(others.get());
                r.put("lotteryChance", chance.value().toString());
                reasons = reasons.appendAll(chance.reasons());
            } else {
                r.putNull("lotteryChance");
            }
            return new Answer(r, Decision.of(p, reasons, d.notApplied()));
        }
    }

    /** A unit id of the case that must be in the catalogue. */
    static Option<Unit> unit(CaseReader f, Option<Catalogue> catalogue) {
        Option<String> id = f.text("unit", true);
        if (id.isEmpty() || catalogue.isEmpty()) {
            return Option.none();
        }
        Option<Unit> u = catalogue.get().unit(id.get());
        if (u.isEmpty()) {
            f.problem(Problem.of(CliProblem.UNKNOWN_UNIT, f.path("unit")).withFigure("id", id.get()));
        }
        return u;
    }

    /** {@code booking.grid}: a unit's availability day by day and slot by slot, as the ledger stands at a time. */
    static final class Grid implements CaseHandler {
        @Override
        public String type() {
            return "booking.grid";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<Catalogue> catalogue = BookingCases.catalogue(f);
            Option<SettingsReader.CaseSettings> settings = SettingsReader.read(f, catalogue);
            Option<List<BookingCases.Entry>> entries = f.objects("ledger", false,
                    e -> BookingCases.entry(e, catalogue));
            Option<Unit> unit = unit(f, catalogue);
            Option<LocalDate> from = f.date("from", true);
            Option<LocalDate> to = f.date("to", true);
            Option<LocalDateTime> at = BookingCases.dateTime(f, "at", true);
            if (from.isDefined() && to.isDefined()) {
                long days = ChronoUnit.DAYS.between(from.get(), to.get()) + 1;
                if (days < 1 || days > MAX_GRID_DAYS) {
                    f.problem(Problem.of(io.github.kisoku.kernel.InputProblem.OUT_OF_RANGE, f.path("to"))
                            .withFigures("min", from.get(), "max", from.get().plusDays(MAX_GRID_DAYS - 1))
                            .withFigure("value", to.get()));
                }
            }
            return f.finish(() -> BookingCases.ledger(f, Ledger.empty(catalogue.get(), settings.get().booking()),
                    entries.getOrElse(List.empty())).map(l -> {
                        AvailabilityGrid g = AvailabilityGrid.of(l, unit.get(), from.get(), to.get(),
                                settings.get().lotteries().map(SettingsReader.Lottery::period), at.get());
                        Facility facility = catalogue.get().facilityOf(unit.get()).get();
                        Reason closed = l.settings().closedDays(facility.id())
                                .map(c -> Reason.of(CaseRule.GRID, c.basis()).variant("closed-days")
                                        .withFigure("closedDays", c.name()))
                                .getOrElse(() -> Reason.of(CaseRule.GRID, io.github.kisoku.booking.BookingSources
                                        .setting("booking.closed-days")).variant("closed-days-unknown")
                                        .withFigure("facility", facility.name()));
                        // the lottery periods that mark a day of the grid 抽, each with where it is set
                        List<Reason> lotteries = settings.get().lotteries()
                                .filter(p -> p.period().isOpenAt(at.get())
                                        && !p.period().useMonth().atEndOfMonth().isBefore(from.get())
                                        && !p.period().useMonth().atDay(1).isAfter(to.get()))
                                .map(p -> Reason.of(CaseRule.GRID, p.basis()).variant("lottery")
                                        .withFigures("useMonth", p.period().useMonth(), "opens", p.period().opens(),
                                                "closes", p.period().closes()));
                        return answer(g, from.get(), to.get(), at.get(), lotteries.prepend(closed));
                    }));
        }

        private static Answer answer(AvailabilityGrid g, LocalDate from, LocalDate to, LocalDateTime at,
                List<Reason> settingsUsed) {
            ObjectNode r = Json.object().put("unit", g.unit().id());
            r.set("slots", slots(g.slots()));
            ArrayNode days = r.putArray("days");
            int free = 0;
            int cells = 0;
            for (io.vavr.Tuple2<LocalDate, List<AvailabilityGrid.Mark>> row : g.rows()) {
                ObjectNode d = days.addObject().put("date", row._1.toString());
                ArrayNode marks = d.putArray("marks");
                StringBuilder symbols = new StringBuilder();
                for (AvailabilityGrid.Mark m : row._2) {
                    marks.add(m.name());
                    symbols.append(m.symbol());
                    free += m == AvailabilityGrid.Mark.FREE ? 1 : 0;
                    cells++;
                }
                d.put("symbols", symbols.toString());
            }
            Decision<Integer> d = Decision.of(free).because(Reason.of(CaseRule.GRID)
                    .withFigures("unit", g.unit().id(), "from", from, "to", to)
                    .withFigures("at", at, "free", free, "cells", cells));
            for (Reason reason : settingsUsed) {
                d = d.because(reason);
            }
            return new Answer(r, d);
        }
    }

    /** {@code booking.fee}: a fee estimate (概算料金) with 加算/減免, from the settings' fee table. */
    static final class Fee implements CaseHandler {
        @Override
        public String type() {
            return "booking.fee";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<Catalogue> catalogue = BookingCases.catalogue(f);
            Option<SettingsReader.CaseSettings> settings = SettingsReader.read(f, catalogue);
            Option<Unit> unit = unit(f, catalogue);
            Option<List<Slot>> slots = f.texts("slots", true).flatMap(ts -> BookingCases.slots(f, ts));
            slots.filter(List::isEmpty).forEach(x -> f.problem(Problem.of(CliProblem.SLOTS_REQUIRED, f.path("slots"))));
            Option<GroupClass> cls = f.enumeration("groupClass", false, GroupClass.class);
            Option<Map<FeeComponent, Yen>> charges = f.nested("charges", false, c -> {
                Map<FeeComponent, Yen> out = LinkedHashMap.empty();
                for (FeeComponent k : List.of(FeeComponent.EQUIPMENT, FeeComponent.FITTINGS)) {
                    Option<Yen> y = c.yen(k.name(), false);
                    if (y.isDefined()) {
                        out = out.put(k, y.get());
                    }
                }
                return Option.of(out);
            });
            Option<Map<FeeComponent, String>> adjustments = f.nested("adjustments", false, c -> {
                Map<FeeComponent, String> out = LinkedHashMap.empty();
                for (FeeComponent k : FeeComponent.values()) {
                    Option<String> id = c.text(k.name(), false);
                    if (id.isDefined() && settings.isDefined()
                            && !settings.get().adjustments().containsKey(id.get())) {
                        c.problem(Problem.of(CliProblem.UNKNOWN_ADJUSTMENT, c.path(k.name())).withFigures("id", id.get(),
                                "known", settings.get().adjustments().keySet().toSortedSet().mkString(", ")));
                    }
                    if (id.isDefined()) {
                        out = out.put(k, id.get());
                    }
                }
                return Option.of(out);
            });
            return f.finish(() -> {
                SettingsReader.CaseSettings s = settings.get();
                FeeRequest req = FeeRequest.of(unit.get(), slots.get(), cls);
                for (io.vavr.Tuple2<FeeComponent, Yen> c : charges.getOrElse(LinkedHashMap.empty())) {
                    req = req.withCharge(c._1, c._2);
                }
                for (io.vavr.Tuple2<FeeComponent, String> a : adjustments.getOrElse(LinkedHashMap.empty())) {
                    req = req.withAdjustment(a._1, s.adjustments().get(a._2).get());
                }
                if (s.rounding().isDefined()) {
                    req = req.withRounding(s.rounding().get());
                }
                return req.estimate(s.fees()).mapError(ps -> f.translate(ps, HashMap.of("fee", "settings.fees.table",
                        "rounding", "settings.fees.rounding"))).map(Fee::answer);
            });
        }

        private static Answer answer(Decision<FeeEstimate> d) {
            FeeEstimate e = d.value();
            ObjectNode r = Json.object();
            ArrayNode lines = r.putArray("lines");
            for (FeeEstimate.Line l : e.lines()) {
                ObjectNode o = lines.addObject();
                label(o, "component", l.component());
                o.put("baseYen", l.base().amount()).put("adjustedYen", l.adjusted().amount())
                        .put("adjustmentYen", l.adjustment());
            }
            r.put("totalYen", e.total().amount()).put("estimate", e.isEstimate());
            return new Answer(r, d);
        }
    }
}
