package io.github.kisoku.bicycle;

import static io.github.kisoku.bicycle.BicycleFixtures.codes;
import static io.github.kisoku.bicycle.BicycleFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the bicycle rules that the other tests pass by: the inputs missing, the first
 * day before a figure, the figures summed, the age on the day of a referral, and the words of a
 * timeline step, a violation and an unknown id.
 */
class BicycleEdgesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);

    @Test
    @DisplayName("道路交通法第130条の2第1項: a payment deadline without the day of the 通告 or the printed deadline is refused")
    void paymentDeadlineNeedsItsInputs() {
        assertThat(fields(PaymentDeadlines.payment(null, Option.none()).getError())).containsExactly("notificationDate");
        assertThat(fields(PaymentDeadlines.payment(DAY, null).getError())).containsExactly("printed");
        assertThat(codes(PaymentDeadlines.payment(null, null).getError())).containsExactly("required");
    }

    @Test
    @DisplayName("第63条の4第1項第2号: before the sidewalk ages were in force (2008-06-01) the question cannot be answered")
    void sidewalkBeforeTheAges() {
        var d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(LocalDate.of(2008, 5, 31))
                .vehicle(VehicleKind.ORDINARY_BICYCLE).place(Place.SIDEWALK).riderBornOn(ADULT).build());
        assertThat(codes(d.getError())).containsExactly("not-in-force");
        assertThat(fields(d.getError())).containsExactly("date");
    }

    @Test
    @DisplayName("施行令第26条: at 70 the rider may use the sidewalk, and the age check is not also among those that failed")
    void seventyIsNotAlsoUnderSeventy() {
        Decision<RuleVerdict> seventy = RuleBookChecks.ridingPlace(RidingSituation.builder().on(DAY)
                .vehicle(VehicleKind.ORDINARY_BICYCLE).place(Place.SIDEWALK).riderBornOn(LocalDate.of(1956, 1, 1))
                .build()).get();
        assertThat(seventy.reasons().map(Reason::id)).contains("bicycle.sidewalk.70-or-over");
        assertThat(seventy.notApplied().map(Reason::id)).doesNotContain("bicycle.sidewalk.70-or-over");
    }

    @Test
    @DisplayName("神奈川県道路交通法施行細則第9条: every rider on a tandem counts, and every child in a seat counts")
    void passengersAreSummed() {
        Decision<RuleVerdict> tandem = RuleBookChecks.passengers(PassengerSituation.builder().on(DAY)
                .vehicle(VehicleKind.TANDEM).childSeats(2).seated(1, 1).otherPassengers(1).childOnBack(true).build()).get();
        assertThat(tandem.value().is("LOAD_LIMIT")).isTrue();
        assertThat(tandem.reasons().head().figures().get("同乗者").get()).isEqualTo("4");

        Decision<RuleVerdict> seats = RuleBookChecks.passengers(PassengerSituation.builder().on(DAY)
                .vehicle(VehicleKind.ORDINARY_BICYCLE).childSeats(1).seated(1, 1).build()).get();
        assertThat(seats.value().is("LOAD_LIMIT")).isTrue();
        Reason tooMany = seats.reasons().find(r -> r.words()._2.equals("bicycle.passengers.seats#too-many")).get();
        assertThat(tooMany.figures().get("座席の子供").get()).isEqualTo("2");
    }

    private static TicketCase open(LocalDate born) {
        LocalDate notice = LocalDate.of(2026, 4, 1);
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(notice).riderBornOn(born).build();
        return TicketCase.open(o, (TicketAssessment.BlueTicket) OffenceAssessor.assess(o).value(), notice, Option.none())
                .get();
    }

    @Test
    @DisplayName("少年法第2条第1項: a rider who is 20 on the day of the referral goes to the prosecutor, at 19 to the family court")
    void twentyOnTheDayOfTheReferral() {
        List<CaseEvent> events = List.of(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none()),
                new CaseEvent.Referral(LocalDate.of(2026, 5, 1)));
        assertThat(((CaseState.Referred) open(LocalDate.of(2006, 5, 1)).applyAll(events).get().state()).to())
                .isEqualTo(CaseState.ReferralDestination.PROSECUTOR);
        assertThat(((CaseState.Referred) open(LocalDate.of(2006, 5, 2)).applyAll(events).get().state()).to())
                .isEqualTo(CaseState.ReferralDestination.FAMILY_COURT);
    }

    @Test
    @DisplayName("seed: the timeline shows the deadline of the 通告 only on the step that happened, by hand or by mail")
    void timelineShowsTheStepThatHappened() {
        TicketCase inPerson = open(ADULT).apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none())).get();
        PaymentTimeline byHand = inPerson.timeline().value();
        assertThat(byHand.step(TimelineStep.Kind.NOTIFICATION).deadline()).isNotEmpty();
        assertThat(byHand.step(TimelineStep.Kind.MAILED_NOTIFICATION).deadline()).isEmpty();

        TicketCase paid = open(ADULT).applyAll(List.of(new CaseEvent.MailedNotification(LocalDate.of(2026, 4, 20),
                Option.none()), new CaseEvent.Payment(LocalDate.of(2026, 4, 30), Yen.of(6940)))).get();
        PaymentTimeline byMail = paid.timeline().value();
        assertThat(byMail.step(TimelineStep.Kind.MAILED_NOTIFICATION).deadline().get().operative())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(byMail.step(TimelineStep.Kind.NOTIFICATION).deadline()).isEmpty();
    }

    @Test
    @DisplayName("ruling 3: a step whose deadline rolled past bank holidays and was printed says both")
    void stepRolledAndPrinted() {
        PaymentDeadline d = PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 25),
                Option.of(LocalDate.of(2026, 5, 7))).get().value();
        assertThat(d.rolled().moved()).isTrue();
        TimelineStep step = TimelineStep.of(TimelineStep.Kind.PROVISIONAL_PAYMENT,
                Reason.of(BicycleRule.DEADLINE_PROVISIONAL), Option.none(), Option.of(d));
        assertThat(step.describe().en()).contains("rolled past bank holidays 2026-05-07; printed 2026-05-07");
    }

    @Test
    @DisplayName("the words of a violation, a dangerous act and an unknown id, in both languages")
    void words() {
        DangerousAct signal = DangerousAct.all().head();
        assertThat(signal.nameJa()).isEqualTo("信号無視");
        assertThat(signal.nameEn()).isEqualTo("Disregarding a traffic signal");
        UnknownViolation unknown = new UnknownViolation("NO_SUCH_ROW");
        assertThat(unknown.message()).isEqualTo(unknown.asProblem("violation").message());
        assertThat(unknown.message().en()).contains("NO_SUCH_ROW");

        Violation crime = ViolationCatalogue.standard().list().find(v -> !v.isBlueTicketOffence()).get();
        RuleVerdict.Violates noAmount = new RuleVerdict.Violates(crime.name(), Option.of(crime));
        assertThat(noAmount.describe().en()).isEqualTo("violation: " + crime.nameEn() + " [" + crime.id() + "]");
        RuleVerdict.Violates noRow = new RuleVerdict.Violates(crime.name(), Option.none());
        assertThat(noRow.describe().en()).as("a 特定小型原付 has its own table").isEqualTo("violation: " + crime.nameEn());
    }

    @Test
    @DisplayName("道路交通法第108条の3の5第2項: the condition's reason says whether two acts within three years were counted")
    void courseConditionSaysMetOrNot() {
        DangerousActRecord a = DangerousActRecord.of(LocalDate.of(2026, 5, 1), 1, DangerousActRecord.How.DETECTED);
        DangerousActRecord b = DangerousActRecord.of(LocalDate.of(2027, 5, 1), 4, DangerousActRecord.How.DETECTED);
        Decision<CourseCondition> met = RidersCourse.condition(RidingHistory.of(ADULT, List.of(a, b)), DAY.plusYears(1))
                .get();
        assertThat(met.reasons().head().words()._2).isEqualTo("bicycle.course.condition");
        assertThat(met.reasons().head().figures().get("回数").get()).isEqualTo("2");
        Decision<CourseCondition> notMet = RidersCourse.condition(RidingHistory.of(ADULT, List.of(a)), DAY.plusYears(1))
                .get();
        assertThat(notMet.reasons().head().words()._2).isEqualTo("bicycle.course.condition#not-met");
    }
}
