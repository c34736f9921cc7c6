package io.github.kisoku.bicycle;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.github.kisoku.kernel.data.BundledCsv;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One blue-ticket case after the ticket is handed over (反則事件の経過), as a small state
 * machine: {@link CaseState.Noticed} → paid provisionally; or → notified in person → paid or
 * referred; or → notified by post → paid (反則金 plus mailing cost) or referred (seed: 反則金の
 * 納付手続きについて; 道路交通法第127条〜第130条). An event the procedure does not allow in the
 * current state is refused with a {@link CaseError}, never an exception. Immutable and
 * thread-safe: {@link #apply(CaseEvent)} returns a new case. Two cases are equal when their
 * offence, amount, state, events and deadlines are.
 */
@Value.Immutable
@ValueStyle
public abstract class TicketCase {
    // The procedure's steps as the timeline names them, each with the basis of the step.
    private static final Reason PROVISIONAL_STEP = Reason.of(BicycleRule.DEADLINE_PROVISIONAL,
            Sources.act("第129条第1項", Confidence.CONFIRMED)).variant("timeline");
    private static final Reason NOTIFICATION_STEP = Reason.of(BicycleRule.DEADLINE_PAYMENT,
            Sources.act("第127条・第128条第1項", Confidence.SECONDARY)).variant("timeline");
    private static final Reason MAILED_STEP = Reason.of(BicycleRule.MAILING_COST,
            Sources.order("第47条第1項第6号・第2項", Confidence.CONFIRMED)).variant("timeline");
    private static final Reason REFERRAL_STEP = Reason.of(BicycleRule.REFERRAL, Sources.REFERRAL).variant("timeline");

    TicketCase() {
    }

    /**
     * Opens a case when a blue ticket is handed over (告知).
     *
     * @param offence the offence
     * @param ticket the assessment's blue ticket for it
     * @param noticeDate the day the ticket was handed over (告知日), not before the offence
     * @param printedDeadline the 仮納付 deadline printed on the ticket, if known
     * @return the case, or every problem found
     */
    public static Validation<Seq<Problem>, TicketCase> open(Offence offence, TicketAssessment.BlueTicket ticket,
            LocalDate noticeDate, Option<LocalDate> printedDeadline) {
        List<Problem> problems = List.empty();
        if (offence == null) {
            problems = problems.append(Problem.required("offence"));
        }
        if (ticket == null) {
            problems = problems.append(Problem.required("ticket"));
        }
        if (offence != null && ticket != null && !ticket.violation().id().equals(offence.violation().id())) {
            problems = problems.append(Problem.of(BicycleProblem.TICKET_FOR_OTHER_VIOLATION, "ticket"));
        }
        if (offence != null && noticeDate != null && noticeDate.isBefore(offence.date())) {
            problems = problems.append(Problem.of(BicycleProblem.NOTICE_BEFORE_OFFENCE, "noticeDate")
                    .withFigures("noticeDate", noticeDate, "offenceDate", offence.date()));
        }
        Validation<Seq<Problem>, Decision<PaymentDeadline>> deadline = PaymentDeadlines.provisionalPayment(noticeDate,
                printedDeadline);
        if (deadline.isInvalid()) {
            problems = problems.appendAll(deadline.getError());
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return Validation.valid(ImmutableTicketCase.create(offence, ticket.amount(),
                new CaseState.Noticed(deadline.get().value()), List.empty(), deadline.get(), Option.none(), Option.none()));
    }

    /** {@return the offence} */
    public abstract Offence offence();

    /** {@return the 反則金} */
    public abstract Yen amount();

    /** {@return where the case stands} */
    public abstract CaseState state();

    /** {@return the events applied so far, in order} */
    public abstract List<CaseEvent> history();

    /** {@return the 仮納付 deadline with its reasons} */
    public abstract Decision<PaymentDeadline> provisionalDeadline();

    /** {@return the deadline after a 通告 (in person or by post) with its reasons, once there was one} */
    public abstract Option<Decision<PaymentDeadline>> paymentDeadline();

    /** The mailing cost in force when a 通告 was mailed, once one was. */
    abstract Option<Effective<Long>> mailingCost();

    /**
     * Applies a list of events in order.
     *
     * @param events the events
     * @return the case after all of them, or the first refusal
     */
    public Either<CaseError, TicketCase> applyAll(Iterable<? extends CaseEvent> events) {
        Either<CaseError, TicketCase> c = Either.right(this);
        for (CaseEvent e : events) {
            c = c.flatMap(x -> x.apply(e));
        }
        return c;
    }

    /**
     * Applies one event.
     *
     * @param event the event
     * @return the case after it, or why the procedure does not allow it now
     */
    public Either<CaseError, TicketCase> apply(CaseEvent event) {
        if (event == null || event.date() == null) {
            return Either.left(CaseError.variant(BicycleProblem.EVENT_REQUIRED, "event"));
        }
        if (state().isClosed()) {
            return Either.left(CaseError.of(BicycleProblem.CASE_CLOSED, "state", state()));
        }
        LocalDate last = history().lastOption().map(CaseEvent::date)
                .getOrElse(provisionalDeadline().value().from());
        if (event.date().isBefore(last)) {
            return Either.left(CaseError.of(BicycleProblem.OUT_OF_ORDER, "date", event.date(), "last", last));
        }
        if (event instanceof CaseEvent.Payment) {
            return pay((CaseEvent.Payment) event);
        }
        if (event instanceof CaseEvent.Notification) {
            CaseEvent.Notification n = (CaseEvent.Notification) event;
            if (!(state() instanceof CaseState.Noticed)) {
                return Either.left(notAllowed("notification"));
            }
            return notify(event, n.date(), n.printedDeadline(), false);
        }
        if (event instanceof CaseEvent.MailedNotification) {
            CaseEvent.MailedNotification m = (CaseEvent.MailedNotification) event;
            if (!(state() instanceof CaseState.Noticed)) {
                return Either.left(notAllowed("mailed-notification"));
            }
            return notify(event, m.date(), m.printedDeadline(), true);
        }
        return refer((CaseEvent.Referral) event);
    }

    private CaseError notAllowed(String event) {
        return CaseError.variant(BicycleProblem.NOT_ALLOWED_IN_STATE, event, "state", state());
    }

    private Either<CaseError, TicketCase> notify(CaseEvent event, LocalDate date, Option<LocalDate> printed,
            boolean mailed) {
        if (!date.isAfter(provisionalDeadline().value().from())) {
            return Either.left(CaseError.of(BicycleProblem.NOTIFICATION_ON_NOTICE_DAY));
        }
        Validation<Seq<Problem>, Decision<PaymentDeadline>> d = PaymentDeadlines.payment(date,
                printed == null ? Option.none() : printed);
        if (d.isInvalid()) {
            return Either.left(CaseError.of(BicycleProblem.INVALID_NOTIFICATION, "problems",
                    d.getError().map(Problem::message).toList()));
        }
        PaymentDeadline deadline = d.get().value();
        if (!mailed) {
            return Either.right(next(Option.of(d.get()), mailingCost(), new CaseState.Notified(deadline), event));
        }
        var cost = Figures.at("MAILING_COST", date);
        if (cost.isLeft()) {
            return Either.left(CaseError.of(BicycleProblem.NOT_IN_FORCE, "notInForce", cost.getLeft().message()));
        }
        Yen due = amount().plus(Yen.of(cost.get().value()));
        return Either.right(next(Option.of(d.get()), Option.of(cost.get()),
                new CaseState.NotifiedByMail(deadline, due), event));
    }

    private Either<CaseError, TicketCase> pay(CaseEvent.Payment p) {
        if (p.amount() == null) {
            return Either.left(CaseError.variant(BicycleProblem.EVENT_REQUIRED, "amount"));
        }
        PaymentDeadline deadline;
        Yen due;
        CaseState.PaymentKind kind;
        if (state() instanceof CaseState.Noticed) {
            deadline = ((CaseState.Noticed) state()).deadline();
            due = amount();
            kind = CaseState.PaymentKind.PROVISIONAL;
        } else if (state() instanceof CaseState.Notified) {
            deadline = ((CaseState.Notified) state()).deadline();
            due = amount();
            kind = CaseState.PaymentKind.AFTER_NOTIFICATION;
        } else {
            deadline = ((CaseState.NotifiedByMail) state()).deadline();
            due = ((CaseState.NotifiedByMail) state()).due();
            kind = CaseState.PaymentKind.AFTER_MAILING;
        }
        if (p.date().isAfter(deadline.operative())) {
            return Either.left(CaseError.of(BicycleProblem.DEADLINE_PASSED, "step", deadline.step(), "deadline",
                    deadline.operative(), "paid", p.date()));
        }
        if (!p.amount().equals(due)) {
            return Either.left(CaseError.of(BicycleProblem.WRONG_AMOUNT, "amount", p.amount(), "due", due));
        }
        return Either.right(next(paymentDeadline(), mailingCost(), new CaseState.Paid(kind, p.date(), p.amount()), p));
    }

    private Either<CaseError, TicketCase> refer(CaseEvent.Referral r) {
        Option<PaymentDeadline> deadline = state() instanceof CaseState.Notified
                ? Option.of(((CaseState.Notified) state()).deadline())
                : state() instanceof CaseState.NotifiedByMail ? Option.of(((CaseState.NotifiedByMail) state()).deadline())
                : Option.none();
        if (deadline.isEmpty()) {
            return Either.left(notAllowed("referral"));
        }
        if (!r.date().isAfter(deadline.get().operative())) {
            return Either.left(CaseError.of(BicycleProblem.REFERRAL_BEFORE_DEADLINE, "deadline",
                    deadline.get().operative()));
        }
        return Either.right(next(paymentDeadline(), mailingCost(), new CaseState.Referred(r.date(), destination(r.date())), r));
    }

    private CaseState.ReferralDestination destination(LocalDate date) {
        long juvenileBelow = Figures.at("JUVENILE_AGE_BELOW", date).map(Effective::value)
                .getOrElseThrow(n -> new BundledCsv.BrokenData(n.toString()));
        return Age.of(offence().birthDate(), date, AgeReading.AT_MOMENT) < juvenileBelow
                ? CaseState.ReferralDestination.FAMILY_COURT
                : CaseState.ReferralDestination.PROSECUTOR;
    }

    private TicketCase next(Option<Decision<PaymentDeadline>> payment, Option<Effective<Long>> mailingCost,
            CaseState state, CaseEvent event) {
        return ImmutableTicketCase.create(offence(), amount(), state, history().append(event), provisionalDeadline(), payment,
                mailingCost);
    }

    /**
     * The payment procedure as it stands, each step with its basis and, where its event has
     * happened, its deadline; the reasons are those of every deadline computed.
     *
     * @return the timeline with its reasons
     */
    public Decision<PaymentTimeline> timeline() {
        boolean mailed = state() instanceof CaseState.NotifiedByMail
                || history().exists(e -> e instanceof CaseEvent.MailedNotification);
        boolean inPerson = history().exists(e -> e instanceof CaseEvent.Notification);
        Option<Effective<Long>> cost = mailingCost().orElse(() -> Figures.at("MAILING_COST",
                provisionalDeadline().value().from()).toOption());
        Option<Yen> mailedDue = cost.map(c -> amount().plus(Yen.of(c.value())));
        List<TimelineStep> steps = List.of(
                TimelineStep.of(TimelineStep.Kind.PROVISIONAL_PAYMENT, PROVISIONAL_STEP, Option.of(amount()),
                        Option.of(provisionalDeadline().value())),
                TimelineStep.of(TimelineStep.Kind.NOTIFICATION, NOTIFICATION_STEP, Option.of(amount()),
                        inPerson ? paymentDeadline().map(Decision::value) : Option.none()),
                TimelineStep.of(TimelineStep.Kind.MAILED_NOTIFICATION, MAILED_STEP, mailedDue,
                        mailed ? paymentDeadline().map(Decision::value) : Option.none()),
                TimelineStep.of(TimelineStep.Kind.REFERRAL, REFERRAL_STEP, Option.none(), Option.none()));
        Seq<Reason> reasons = provisionalDeadline().reasons().appendAll(paymentDeadline().toList().flatMap(Decision::reasons));
        for (Effective<Long> c : cost) {
            reasons = reasons.append(Reason.of(BicycleRule.MAILING_COST, c.basis())
                    .withFigures("郵送料", Yen.of(c.value()), "納付額", amount().plus(Yen.of(c.value()))));
        }
        reasons = reasons.append(Reason.of(BicycleRule.NO_PROSECUTION));
        if (state() instanceof CaseState.Referred) {
            CaseState.Referred r = (CaseState.Referred) state();
            reasons = reasons.append(Reason.of(BicycleRule.REFERRAL).withFigures("送致日", r.date(), "送致先", r.to()));
        }
        return Decision.of(PaymentTimeline.of(steps), reasons, provisionalDeadline().notApplied()
                .appendAll(paymentDeadline().toList().flatMap(Decision::notApplied)));
    }
}
