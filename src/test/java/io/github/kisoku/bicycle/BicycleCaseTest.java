package io.github.kisoku.bicycle;

import static io.github.kisoku.bicycle.BicycleFixtures.ADULT;
import static io.github.kisoku.bicycle.BicycleFixtures.assertValueSemantics;
import static io.github.kisoku.bicycle.BicycleFixtures.codes;
import static io.github.kisoku.bicycle.BicycleFixtures.fields;
import static io.github.kisoku.bicycle.BicycleFixtures.offence;
import static io.github.kisoku.bicycle.BicycleFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BicycleCaseTest {
    private static final LocalDate NOTICE = LocalDate.of(2026, 4, 1);

    private static TicketCase open(LocalDate born) {
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE).riderBornOn(born).build();
        TicketAssessment.BlueTicket t = (TicketAssessment.BlueTicket) OffenceAssessor.assess(o).value();
        return TicketCase.open(o, t, NOTICE, Option.none()).get();
    }

    private static TicketCase adult() {
        return open(LocalDate.of(1990, 1, 1));
    }

    private static String error(Either<CaseError, TicketCase> e) {
        return e.getLeft().code();
    }

    @Test
    @DisplayName("seed: 7日以内に納めて手続き終了 — 仮納付 on the last day closes the case")
    void provisionalPayment() {
        TicketCase c = adult().apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 8), Yen.of(6000))).get();
        assertThat(c.state()).isEqualTo(new CaseState.Paid(CaseState.PaymentKind.PROVISIONAL, LocalDate.of(2026, 4, 8),
                Yen.of(6000)));
        assertThat(error(adult().apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 9), Yen.of(6000)))))
                .isEqualTo("deadline-passed");
        assertThat(error(adult().apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 2), Yen.of(5000)))))
                .isEqualTo("wrong-amount");
    }

    @Test
    @DisplayName("seed: 通告を受けた日の翌日から10日以内に納めて手続き完了")
    void paidAfterNotification() {
        TicketCase c = adult().applyAll(List.of(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none()),
                new CaseEvent.Payment(LocalDate.of(2026, 4, 24), Yen.of(6000)))).get();
        assertThat(((CaseState.Paid) c.state()).kind()).isEqualTo(CaseState.PaymentKind.AFTER_NOTIFICATION);
        assertThat(c.paymentDeadline().get().value().operative()).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    @DisplayName("seed: 通告書が郵送される — 反則金+郵送に要する経費 (940円, UNCONFIRMED)")
    void paidAfterMailing() {
        TicketCase mailed = adult().apply(new CaseEvent.MailedNotification(LocalDate.of(2026, 4, 20), Option.none())).get();
        assertThat(((CaseState.NotifiedByMail) mailed.state()).due()).isEqualTo(Yen.of(6940));
        assertThat(error(mailed.apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 25), Yen.of(6000)))))
                .isEqualTo("wrong-amount");
        TicketCase paid = mailed.apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 30), Yen.of(6940))).get();
        assertThat(((CaseState.Paid) paid.state()).kind()).isEqualTo(CaseState.PaymentKind.AFTER_MAILING);
        Decision<PaymentTimeline> t = mailed.timeline();
        assertThat(t.value().step(TimelineStep.Kind.MAILED_NOTIFICATION).deadline().get().operative())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(t.reasons().map(r -> r.id())).contains("bicycle.mailing-cost");
    }

    @Test
    @DisplayName("seed: それでも納付しなかった場合 検察庁または裁判所へ送致 — adult to the prosecutor, 17-year-old to the family court")
    void referral() {
        List<CaseEvent> events = List.of(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none()),
                new CaseEvent.Referral(LocalDate.of(2026, 5, 1)));
        assertThat(((CaseState.Referred) adult().applyAll(events).get().state()).to())
                .isEqualTo(CaseState.ReferralDestination.PROSECUTOR);
        assertThat(((CaseState.Referred) open(LocalDate.of(2009, 1, 1)).applyAll(events).get().state()).to())
                .isEqualTo(CaseState.ReferralDestination.FAMILY_COURT);
    }

    @Test
    @DisplayName("impossible event orders are refused with a typed error")
    void impossibleOrders() {
        TicketCase paid = adult().apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 2), Yen.of(6000))).get();
        assertThat(error(paid.apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none()))))
                .isEqualTo("case-closed");
        assertThat(error(adult().apply(new CaseEvent.Referral(LocalDate.of(2026, 5, 1))))).isEqualTo("not-allowed-in-state");
        TicketCase notified = adult().apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none())).get();
        assertThat(error(notified.apply(new CaseEvent.Referral(LocalDate.of(2026, 4, 25)))))
                .isEqualTo("referral-before-deadline");
        assertThat(error(notified.apply(new CaseEvent.MailedNotification(LocalDate.of(2026, 4, 20), Option.none()))))
                .isEqualTo("not-allowed-in-state");
        assertThat(error(notified.apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 10), Yen.of(6000)))))
                .isEqualTo("out-of-order");
        assertThat(error(adult().apply(new CaseEvent.Notification(NOTICE, Option.none()))))
                .isEqualTo("notification-on-notice-day");
        assertThat(error(adult().apply(null))).isEqualTo("required");
    }

    @Test
    @DisplayName("opening a case: the notice may not precede the offence")
    void openProblems() {
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(LocalDate.of(2026, 5, 1))
                .riderBornOn(LocalDate.of(1990, 1, 1)).build();
        TicketAssessment.BlueTicket t = (TicketAssessment.BlueTicket) OffenceAssessor.assess(o).value();
        assertThat(TicketCase.open(o, t, LocalDate.of(2026, 4, 30), Option.none()).getError().map(p -> p.code()))
                .containsExactly("notice-before-offence");
    }

    @Test
    @DisplayName("the timeline of a fresh case: 4 steps, only the 仮納付 deadline known")
    void timeline() {
        PaymentTimeline t = adult().timeline().value();
        assertThat(t.steps().map(TimelineStep::kind)).containsExactly(TimelineStep.Kind.values());
        assertThat(t.step(TimelineStep.Kind.PROVISIONAL_PAYMENT).deadline().get().operative())
                .isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(t.step(TimelineStep.Kind.NOTIFICATION).deadline()).isEmpty();
        assertThat(t.step(TimelineStep.Kind.MAILED_NOTIFICATION).due()).contains(Yen.of(6940));
    }

    @Test
    @DisplayName("ruling 3: a deadline printed on the ticket wins — paying on the rolled day is then too late")
    void printedDeadlineInCase() {
        LocalDate saturday = LocalDate.of(2026, 4, 4);
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(saturday).riderBornOn(LocalDate.of(1990, 1, 1))
                .build();
        TicketAssessment.BlueTicket t = (TicketAssessment.BlueTicket) OffenceAssessor.assess(o).value();
        TicketCase printed = TicketCase.open(o, t, saturday, Option.of(LocalDate.of(2026, 4, 11))).get();
        TicketCase computed = TicketCase.open(o, t, saturday, Option.none()).get();
        CaseEvent monday = new CaseEvent.Payment(LocalDate.of(2026, 4, 13), Yen.of(6000));
        assertThat(error(printed.apply(monday))).isEqualTo("deadline-passed");
        assertThat(computed.apply(monday).get().state()).isInstanceOf(CaseState.Paid.class);
    }

    @Test
    @DisplayName("TicketCase.open: every problem at once — no offence, no ticket, no notice date")
    void openingACaseWithoutItsPartsReportsEveryProblem() {
        var invalid = TicketCase.open(null, null, null, Option.none());
        assertThat(fields(invalid.getError())).containsExactly("offence", "ticket", "noticeDate");
    }

    @Test
    @DisplayName("TicketCase.open: the ticket must be for the offence's violation; notice not before the offence")
    void aTicketForAnotherViolationOrAnEarlyNoticeIsRefused() {
        Offence signal = offence("SIGNAL_VIOLATION", ADULT);
        Offence division = offence("TRAFFIC_DIVISION", ADULT);
        assertThat(codes(TicketCase.open(signal, ticket(division), NOTICE, Option.none()).getError()))
                .containsExactly("ticket-for-other-violation");
        Offence later = Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE.plusDays(9)).riderBornOn(ADULT)
                .build();
        assertThat(codes(TicketCase.open(later, ticket(later), NOTICE.plusDays(8), Option.none()).getError()))
                .containsExactly("notice-before-offence");
        assertThat(codes(TicketCase.open(signal, ticket(signal), NOTICE.minusDays(1), Option.none()).getError()))
                .as("every problem: the notice precedes the offence and the 7-day figure (from 2026-04-01)")
                .containsExactly("notice-before-offence", "not-in-force");
        assertThat(codes(TicketCase.open(signal, ticket(signal), NOTICE, null).getError())).containsExactly("required");
        TicketCase c = TicketCase.open(signal, ticket(signal), NOTICE, Option.none()).get();
        assertThat(c.offence()).isEqualTo(signal);
        assertThat(c.amount()).as("信号無視 6,000円 (seed table)").isEqualTo(Yen.of(6000));
        assertThat(c.history()).isEmpty();
        assertThat(c.provisionalDeadline().value().statutoryLastDay())
                .as("道路交通法第129条第1項: 翌日起算7日").isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(c.toString()).startsWith("TicketCase{").contains("SIGNAL_VIOLATION", "6,000円").doesNotContain("1990");
    }

    @Test
    @DisplayName("通告 with no printed deadline given (null) is the same as none; a payment without amount is refused")
    void aNotificationWithoutPrintedDeadlineAndAPaymentWithoutAmount() {
        TicketCase c = open(ADULT);
        TicketCase notified = c.apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), null)).get();
        assertThat(notified.paymentDeadline().get().value().printed()).isEmpty();
        assertThat(notified.paymentDeadline().get().value().statutoryLastDay())
                .as("道路交通法第128条第1項: 通告の翌日から10日").isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(notified.history()).hasSize(1);
        assertThat(c.apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 2), null)).getLeft().code())
                .isEqualTo("required");
        CaseError printedTooEarly = c.apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15),
                Option.of(LocalDate.of(2026, 4, 14)))).getLeft();
        assertThat(printedTooEarly.code()).isEqualTo("invalid-notification");
        assertThat(printedTooEarly.asProblem("event").field()).isEqualTo("event");
        assertThat(printedTooEarly.asProblem("event").code()).isEqualTo("invalid-notification");
        assertThat(printedTooEarly.toString()).startsWith("CaseError{code=invalid-notification, message=");
    }

    @Test
    @DisplayName("seed: 検察庁または裁判所へ送致 — the timeline of a referred case names the destination (少年法第2条)")
    void theTimelineOfAReferredCaseNamesWhereItWent() {
        List<CaseEvent> events = List.of(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none()),
                new CaseEvent.Referral(LocalDate.of(2026, 5, 1)));
        Decision<PaymentTimeline> adult = open(ADULT).applyAll(events).get().timeline();
        Reason toProsecutor = adult.reasons().find(r -> r.id().equals("bicycle.referral")).get();
        assertThat(toProsecutor.figures().get("送致先").get()).isEqualTo("PROSECUTOR");
        assertThat(toProsecutor.message().ja()).isEqualTo("送致先: 検察庁");
        assertThat(toProsecutor.figures().get("送致日").get()).isEqualTo("2026-05-01");
        Decision<PaymentTimeline> minor = open(LocalDate.of(2009, 1, 1)).applyAll(events).get().timeline();
        Reason toCourt = minor.reasons().find(r -> r.id().equals("bicycle.referral")).get();
        assertThat(toCourt.figures().get("送致先").get()).isEqualTo("FAMILY_COURT");
        assertThat(toCourt.message().ja()).isEqualTo("送致先: 家庭裁判所（20歳未満）");
        assertThat(open(ADULT).timeline().reasons().map(Reason::id)).doesNotContain("bicycle.referral");
    }

    @Test
    @DisplayName("the payment timeline's steps: 仮納付, 通告, 通告書の郵送, 送致 — printed and compared by content")
    void timelinesAndTheirStepsCompareByContent() {
        PaymentTimeline t = open(ADULT).timeline().value();
        assertValueSemantics(t, open(ADULT).timeline().value(), open(LocalDate.of(2009, 1, 1))
                .apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none())).get().timeline().value());
        assertThat(t.steps().map(TimelineStep::kind)).containsExactly(TimelineStep.Kind.PROVISIONAL_PAYMENT,
                TimelineStep.Kind.NOTIFICATION, TimelineStep.Kind.MAILED_NOTIFICATION, TimelineStep.Kind.REFERRAL);
        assertThat(t.describe().ja()).contains("\n    1. 仮納付").contains("\n    4. ");
        assertThat(t.describe().en()).contains("\n    1. provisional payment").contains("\n    4. ");
        TimelineStep provisional = t.step(TimelineStep.Kind.PROVISIONAL_PAYMENT);
        assertThat(provisional.description()).isEqualTo(BicycleRule.DEADLINE_PROVISIONAL.named("timeline"));
        assertThat(provisional.description().ja()).startsWith("仮納付: ");
        assertThat(provisional.basis().cite()).isEqualTo("道路交通法 第129条第1項");
        assertThat(provisional.describe().en()).contains("[6,000円]").contains("→ 2026-04-08")
                .contains("statutory last day 2026-04-08").doesNotContain("rolled");
        TimelineStep referral = t.step(TimelineStep.Kind.REFERRAL);
        assertValueSemantics(provisional, open(ADULT).timeline().value().step(TimelineStep.Kind.PROVISIONAL_PAYMENT),
                referral, t.step(TimelineStep.Kind.NOTIFICATION), t.step(TimelineStep.Kind.MAILED_NOTIFICATION));
        assertThat(referral.describe().en()).doesNotContain("→").doesNotContain("[");
        assertThat(provisional.toString()).startsWith("TimelineStep{kind=PROVISIONAL_PAYMENT");
    }

    @Test
    @DisplayName("道路交通法第129条: a 仮納付 deadline on a bank holiday is rolled and says so")
    void aRolledDeadlinePrintsBothDays() {
        // Notice 2026-04-26: 翌日起算7日 ends 2026-05-03 (憲法記念日, Sunday); banks open again on 2026-05-07.
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(LocalDate.of(2026, 4, 26)).riderBornOn(ADULT)
                .build();
        TicketCase c = TicketCase.open(o, ticket(o), LocalDate.of(2026, 4, 26), Option.none()).get();
        PaymentDeadline d = c.provisionalDeadline().value();
        assertThat(d.statutoryLastDay()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(d.operative()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(d.describe().en()).isEqualTo("provisional payment: 2026-05-07 (statutory last day 2026-05-03, rolled 2026-05-07)");
        assertThat(d.describe().ja()).isEqualTo("仮納付: 2026-05-07（法定の末日 2026-05-03、繰越し 2026-05-07）");
        assertThat(c.timeline().value().step(TimelineStep.Kind.PROVISIONAL_PAYMENT).describe().en())
                .contains("rolled past bank holidays 2026-05-07");
        PaymentDeadline printed = PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 26),
                Option.of(LocalDate.of(2026, 5, 8))).get().value();
        assertThat(printed.printed()).contains(LocalDate.of(2026, 5, 8));
        assertThat(printed.describe().en()).contains("printed 2026-05-08");
        assertValueSemantics(d, PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 26), Option.none()).get()
                        .value(), printed,
                PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 27), Option.none()).get().value(),
                PaymentDeadlines.payment(LocalDate.of(2026, 4, 26), Option.none()).get().value());
    }

    @Test
    @DisplayName("seed: 通告書の郵送 then payment — the paid case's timeline still shows the mailed step's deadline")
    void thePaidCaseKeepsTheMailedDeadline() {
        TicketCase paid = open(ADULT).applyAll(List.of(
                new CaseEvent.MailedNotification(LocalDate.of(2026, 4, 20), Option.none()),
                new CaseEvent.Payment(LocalDate.of(2026, 4, 30), Yen.of(6940)))).get();
        assertThat(paid.state()).isInstanceOf(CaseState.Paid.class);
        assertThat(paid.timeline().value().step(TimelineStep.Kind.MAILED_NOTIFICATION).deadline()).isNotEmpty();
        assertThat(paid.timeline().value().step(TimelineStep.Kind.NOTIFICATION).deadline()).isEmpty();
    }

    @Test
    @DisplayName("bad case input: a payment without its date, a case without its ticket or notice date")
    void badCaseInputIsATypedProblem() {
        assertThat(open(ADULT).apply(new CaseEvent.Payment(null, Yen.of(6000))).getLeft().code()).isEqualTo("required");
        Offence signal = offence("SIGNAL_VIOLATION", ADULT);
        assertThat(fields(TicketCase.open(signal, null, NOTICE, Option.none()).getError())).containsExactly("ticket");
        assertThat(fields(TicketCase.open(signal, ticket(signal), null, Option.none()).getError()))
                .containsExactly("noticeDate");
    }
}
