package io.github.kisoku.bicycle;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BicycleProperties {
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final ViolationCatalogue CATALOGUE = ViolationCatalogue.standard();

    private static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Offence> offences() {
        Arbitrary<String> ids = Arbitraries.of(CATALOGUE.list().map(Violation::id).toJavaList());
        Arbitrary<LocalDate> when = dates(LocalDate.of(2025, 1, 1), LocalDate.of(2035, 12, 31));
        Arbitrary<Integer> ageDays = Arbitraries.integers().between(0, 90 * 366);
        Arbitrary<Alcohol> alcohol = Arbitraries.of(Alcohol.class);
        return Combinators.combine(ids, when, ageDays, alcohol, Arbitraries.of(true, false))
                .as((id, d, days, a, accident) -> Offence.builder().violation(id).on(d).riderBornOn(d.minusDays(days))
                        .alcohol(id.equals("DRUNK_RIDING") && a == Alcohol.NONE ? Alcohol.OVER_LIMIT : a)
                        .causedAccident(accident).riderType(RiderType.ORDINARY_BICYCLE).build());
    }

    @Property(tries = 500)
    @Label("the amount is always one of the schedule's amounts, never before 2026-04-01 nor for riders under 16 at the time")
    void amountFromSchedule(@ForAll("offences") Offence o) {
        Decision<Assessment> d = io.github.kisoku.kernel.Texts.readable(OffenceAssessor.assess(o));
        boolean under16 = Age.of(o.birthDate(), o.date(), AgeReading.AT_MOMENT) < 16;
        if (d.value() instanceof Assessment.BlueTicket) {
            Yen amount = ((Assessment.BlueTicket) d.value()).amount();
            assertThat(CATALOGUE.at(o.date()).get().value().amounts().contains(amount)).isTrue();
            assertThat(o.date()).isAfterOrEqualTo(START);
            assertThat(under16).isFalse();
            assertThat(o.alcohol()).isEqualTo(Alcohol.NONE);
            assertThat(o.causedAccident()).isFalse();
        } else {
            Assessment.OutsideSystem out = (Assessment.OutsideSystem) d.value();
            assertThat(out.exclusions()).isNotEmpty();
        }
        if (o.date().isBefore(START) || under16) {
            assertThat(d.value()).isInstanceOf(Assessment.OutsideSystem.class);
        }
    }

    @Property(tries = 1000)
    @Label("deadlines are never before the notice date and never on a bank closing day after rolling")
    void deadlines(@ForAll("noticeDates") LocalDate notice) {
        ClosedDays bank = ClosedDays.bank();
        for (Deadline d : List.of(io.github.kisoku.kernel.Texts.readable(PaymentDeadlines.provisionalPayment(notice, Option.none()).get()).value(),
                io.github.kisoku.kernel.Texts.readable(PaymentDeadlines.payment(notice, Option.none()).get()).value())) {
            assertThat(d.statutoryLastDay()).isAfter(notice);
            assertThat(d.operative()).isAfterOrEqualTo(d.statutoryLastDay());
            assertThat(bank.isClosed(d.operative())).isFalse();
            assertThat(d.operative().minusDays(1).isAfter(d.statutoryLastDay())
                    ? bank.isClosed(d.operative().minusDays(1)) : true).isTrue();
        }
    }

    @Provide
    Arbitrary<LocalDate> noticeDates() {
        return dates(START, LocalDate.of(2045, 12, 31));
    }

    @Provide
    Arbitrary<DangerousActRecord> acts() {
        return Combinators.combine(dates(LocalDate.of(2015, 6, 1), LocalDate.of(2035, 12, 31)),
                Arbitraries.integers().between(1, 16), Arbitraries.of(DangerousActRecord.How.class))
                .as(DangerousActRecord::of);
    }

    @Provide
    Arbitrary<java.util.List<DangerousActRecord>> histories() {
        return acts().list().ofMaxSize(6);
    }

    @Property(tries = 500)
    @Label("the course condition is monotone in the history: adding an act never turns it false")
    void courseMonotone(@ForAll("histories") java.util.List<DangerousActRecord> acts,
            @ForAll("acts") DangerousActRecord extra, @ForAll("birthDates") LocalDate born,
            @ForAll("courseDates") LocalDate on) {
        List<DangerousActRecord> valid = List.ofAll(acts).filter(a -> !a.date().isBefore(born));
        RidingHistory history = RidingHistory.of(born, valid);
        boolean before = RidersCourse.condition(history, on).get().value().met();
        if (!extra.date().isBefore(born)) {
            boolean after = RidersCourse.condition(history.with(extra).get(), on).get().value().met();
            assertThat(!before || after).isTrue();
        }
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return dates(LocalDate.of(1950, 1, 1), LocalDate.of(2020, 12, 31));
    }

    @Provide
    Arbitrary<LocalDate> courseDates() {
        return dates(LocalDate.of(2015, 6, 1), LocalDate.of(2036, 12, 31));
    }

    @Provide
    Arbitrary<CaseEvent> events() {
        Arbitrary<LocalDate> d = dates(START, LocalDate.of(2026, 7, 31));
        Arbitrary<Yen> amounts = Arbitraries.of(Yen.of(6000), Yen.of(6940), Yen.of(5000));
        return Arbitraries.oneOf(
                Combinators.combine(d, amounts).as(CaseEvent.Payment::new),
                d.map(x -> new CaseEvent.Notification(x, Option.none())),
                d.map(x -> new CaseEvent.MailedNotification(x, Option.none())),
                d.map(CaseEvent.Referral::new));
    }

    @Property(tries = 500)
    @Label("any sequence of events gives a case or a typed error, never an exception; a closed case refuses everything")
    void caseNeverThrows(@ForAll("events") CaseEvent a, @ForAll("events") CaseEvent b, @ForAll("events") CaseEvent c) {
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(START).riderBornOn(LocalDate.of(1990, 1, 1)).build();
        TicketCase open = TicketCase.open(o, (Assessment.BlueTicket) OffenceAssessor.assess(o).value(), START,
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
