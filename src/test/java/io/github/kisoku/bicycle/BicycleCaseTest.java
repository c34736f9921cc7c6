package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
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
        Assessment.BlueTicket t = (Assessment.BlueTicket) OffenceAssessor.assess(o).value();
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
        assertThat(t.reasons().map(r -> r.rule())).contains("bicycle.mailing-cost");
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
        Assessment.BlueTicket t = (Assessment.BlueTicket) OffenceAssessor.assess(o).value();
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
        Assessment.BlueTicket t = (Assessment.BlueTicket) OffenceAssessor.assess(o).value();
        TicketCase printed = TicketCase.open(o, t, saturday, Option.of(LocalDate.of(2026, 4, 11))).get();
        TicketCase computed = TicketCase.open(o, t, saturday, Option.none()).get();
        CaseEvent monday = new CaseEvent.Payment(LocalDate.of(2026, 4, 13), Yen.of(6000));
        assertThat(error(printed.apply(monday))).isEqualTo("deadline-passed");
        assertThat(computed.apply(monday).get().state()).isInstanceOf(CaseState.Paid.class);
    }
}
