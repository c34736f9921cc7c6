package io.github.kisoku.bicycle;

import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.calendar.Age;
import io.github.kisoku.calendar.AgeReading;
import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BicycleProperties {
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final ViolationCatalogue CATALOGUE = ViolationCatalogue.standard();

    @Test
    @DisplayName("the amount is always one of the schedule's amounts, never before 2026-04-01 nor for riders under 16 at the time")
    void amountFromSchedule() {
        property(500).forAll(BicycleGenerators.offences()).checkAssert(BicycleProperties::amountFromSchedule);
    }

    private static void amountFromSchedule(Offence o) {
        Decision<TicketAssessment> d = io.github.kisoku.kernel.Texts.readable(OffenceAssessor.assess(o));
        boolean under16 = Age.of(o.birthDate(), o.date(), AgeReading.AT_MOMENT) < 16;
        if (d.value() instanceof TicketAssessment.BlueTicket) {
            Yen amount = ((TicketAssessment.BlueTicket) d.value()).amount();
            assertThat(CATALOGUE.at(o.date()).get().value().amounts().contains(amount)).isTrue();
            assertThat(o.date()).isAfterOrEqualTo(START);
            assertThat(under16).isFalse();
            assertThat(o.alcohol()).isEqualTo(Alcohol.NONE);
            assertThat(o.causedAccident()).isFalse();
        } else {
            TicketAssessment.OutsideSystem out = (TicketAssessment.OutsideSystem) d.value();
            assertThat(out.exclusions()).isNotEmpty();
        }
        if (o.date().isBefore(START) || under16) {
            assertThat(d.value()).isInstanceOf(TicketAssessment.OutsideSystem.class);
        }
    }

    @Test
    @DisplayName("deadlines are never before the notice date and never on a bank closing day after rolling")
    void deadlines() {
        property(1000).forAll(BicycleGenerators.noticeDates()).checkAssert(BicycleProperties::deadlines);
    }

    private static void deadlines(LocalDate notice) {
        ClosedDays bank = ClosedDays.bank();
        for (PaymentDeadline d : List.of(io.github.kisoku.kernel.Texts.readable(PaymentDeadlines.provisionalPayment(notice, Option.none()).get()).value(),
                io.github.kisoku.kernel.Texts.readable(PaymentDeadlines.payment(notice, Option.none()).get()).value())) {
            assertThat(d.statutoryLastDay()).isAfter(notice);
            assertThat(d.operative()).isAfterOrEqualTo(d.statutoryLastDay());
            assertThat(bank.isClosed(d.operative())).isFalse();
            assertThat(d.operative().minusDays(1).isAfter(d.statutoryLastDay())
                    ? bank.isClosed(d.operative().minusDays(1)) : true).isTrue();
        }
    }

    @Test
    @DisplayName("the course condition is monotone in the history: adding an act never turns it false")
    void courseMonotone() {
        property(500).forAll(BicycleGenerators.dangerousActHistories(), BicycleGenerators.dangerousActs(),
                BicycleGenerators.riderBirthDates(), BicycleGenerators.courseDates())
                .checkAssert(BicycleProperties::courseMonotone);
    }

    private static void courseMonotone(java.util.List<DangerousActRecord> acts, DangerousActRecord extra, LocalDate born,
            LocalDate on) {
        List<DangerousActRecord> valid = List.ofAll(acts).filter(a -> !a.date().isBefore(born));
        RidingHistory history = RidingHistory.of(born, valid);
        boolean before = RidersCourse.condition(history, on).get().value().met();
        if (!extra.date().isBefore(born)) {
            boolean after = RidersCourse.condition(history.with(extra).get(), on).get().value().met();
            assertThat(!before || after).isTrue();
        }
    }

    @Test
    @DisplayName("any sequence of events gives a case or a typed error, never an exception; a closed case refuses everything")
    void caseNeverThrows() {
        property(500).forAll(BicycleGenerators.caseEvents(), BicycleGenerators.caseEvents(), BicycleGenerators.caseEvents())
                .checkAssert(BicycleProperties::caseNeverThrows);
    }

    private static void caseNeverThrows(CaseEvent a, CaseEvent b, CaseEvent c) {
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(START).riderBornOn(LocalDate.of(1990, 1, 1)).build();
        TicketCase open = TicketCase.open(o, (TicketAssessment.BlueTicket) OffenceAssessor.assess(o).value(), START,
                Option.none()).get();
        Either<CaseError, TicketCase> result = open.applyAll(List.of(a, b, c));
        for (TicketCase t : result) {
            assertThat(t.history()).hasSize(3);
        }
        for (TicketCase t : open.applyAll(List.of(a, b))) {
            if (t.state().isClosed()) {
                assertThat(t.apply(c).getLeft().code()).isEqualTo("case-closed");
            }
        }
    }
}
