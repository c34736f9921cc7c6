package io.github.kisoku.booking;

import static io.github.kisoku.booking.BookingGenerators.bookingRequests;
import static io.github.kisoku.booking.BookingGenerators.sequencesOf;
import static io.github.kisoku.booking.Fixtures.*;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.LedgerStatefulProperties.Action;
import io.github.kisoku.booking.LedgerStatefulProperties.Model;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Reason;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 18: the ledger's indexes (holds by block-slot, unpaid holds by payment deadline, quota
 * items by group and month) answer exactly as a plain scan of the same history. The scan is kept
 * here as the oracle: it is the ledger's check as it was written before the indexes — expire by
 * looking at every reservation, find holders among every live reservation, count quotas over every
 * reservation of every group. Sequences of ledger actions (those of the stateful property) run under
 * quota policies of every period, scope and count (one warn-only); after every step a few requests
 * are checked, now and a day and a month later (so that holds lapse inside the check), as requests
 * and as lottery applications, and each answer — every reason, basis and figure — must equal the
 * oracle's.
 */
class LedgerIndexProperties {
    private static final BookingSettings SETTINGS = BookingSettings.defaults()
            .withClosedDays("nishi", mondays())
            .withCancellation("nishi", cancelDays(2))
            .withQuotas(quotas(
                    QuotaPolicy.of("施設 月3", 3, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                            QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                    QuotaPolicy.of("種別 申込月4", 4, QuotaPolicy.Period.MONTH_OF_APPLICATION,
                            QuotaPolicy.Scope.FACILITY_KIND, QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING),
                    QuotaPolicy.of("未払い2", 2, QuotaPolicy.Period.OPEN_BOOKINGS, QuotaPolicy.Scope.CITY,
                            QuotaPolicy.Counts.UNPAID_HOLDS, TEST_SETTING),
                    QuotaPolicy.of("未利用5（警告）", 5, QuotaPolicy.Period.OPEN_BOOKINGS, QuotaPolicy.Scope.CITY,
                            QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING).warnOnly(),
                    QuotaPolicy.of("抽選 月2", 2, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY,
                            QuotaPolicy.Counts.LOTTERY_APPLICATIONS, TEST_SETTING)))
            .withPayment(Method.FIRST_COME, EffectiveTimeline.of("booking.payment.first-come",
                    Effective.from(LocalDate.of(2026, 1, 1), new PaymentRule.DaysAfterRequest(2, LocalTime.of(17, 0)),
                            TEST_SETTING)));

    @Test
    void indexedLedgerAnswersAsAPlainScan() {
        Gen<Integer> lengths = ints(1, 4 * LedgerStatefulProperties.MAX_ACTIONS)
                .map(n -> Math.min(n, LedgerStatefulProperties.MAX_ACTIONS));
        // the default count (1,000; 50 under mutation testing, where this property kills the index mutants)
        property().forAll(sequencesOf(LedgerStatefulProperties.actions(), lengths), listsOf(bookingRequests(), 1, 3))
                .checkAssert(LedgerIndexProperties::answersAsAScan);
    }

    private static void answersAsAScan(java.util.List<Action> actions, java.util.List<BookingRequest> requests) {
        Model m = Model.initial(SETTINGS);
        int step = 0;
        for (Action a : actions) {
            step++;
            m = a.apply(m);
            for (LocalDateTime at : List.of(m.now, m.now.plusDays(1), m.now.plusMonths(1))) {
                Ledger l = m.ledger;
                String where = "after step " + step + " (" + a + "), at " + at;
                assertThat(l.expire(at).expired().map(Reservation::id)).as("expired " + where)
                        .isEqualTo(due(l, at).map(Reservation::id));
                List<QuotaItem> applications = List.empty();
                for (BookingRequest r : requests) {
                    assertThat(l.check(r, at)).as("check " + where).isEqualTo(scanCheck(l, r, at, Option.none()));
                    assertThat(l.checkApplication(r, at, applications)).as("application " + where)
                            .isEqualTo(scanCheck(l, r, at, Option.of(applications)));
                    applications = applications.append(new QuotaItem(QuotaPolicy.Counts.LOTTERY_APPLICATIONS,
                            new QuotaItem.Where(r.group().key(), "nishi", FACILITY.kind()),
                            new QuotaItem.When(r.date(), at.toLocalDate(), 1)));
                }
            }
        }
    }

    /** The unpaid holds past their deadline, found by looking at every reservation, in id order. */
    private static List<Reservation> due(Ledger l, LocalDateTime now) {
        return l.reservations().values().toList().filter(r -> r.status() == Status.TENTATIVE
                && r.paymentDeadline().exists(now::isAfter));
    }

    /** The check as a scan of the history: the oracle. */
    private static RequestAssessment scanCheck(Ledger l, BookingRequest request0, LocalDateTime now,
            Option<List<QuotaItem>> applications) {
        BookingRequest request = applications.isDefined() ? request0.by(Method.LOTTERY) : request0;
        List<Long> lapsed = due(l, now).map(Reservation::id);
        // the history as it stands once the lapsed holds expired
        List<Reservation> history = l.reservations().values().toList();
        Map<BlockSlot, Long> held = HashMap.ofEntries(history
                .filter(r -> r.status().holds() && !lapsed.contains(r.id()))
                .flatMap(r -> r.blockSlots().map(bs -> Tuple.of(bs, r.id()))));
        RequestAssessment a = RequestRules.check(l.catalogue(), l.settings(), request, now, true);
        if (a.unit().isEmpty() || a.facility().isEmpty()) {
            return a;
        }
        Facility facility = a.facility().get();
        List<BlockSlot> taken = a.unit().get().blockSlots(request.date(), request.slots()).toList()
                .filter(held::containsKey);
        if (taken.isEmpty()) {
            a = a.notApplied(Reason.of(BookingRule.TAKEN).variant("free"));
        } else {
            a = a.violate(RefusalCode.TAKEN, Reason.of(BookingRule.TAKEN).withFigures(
                    "heldBy", taken.map(bs -> held.get(bs).get()).distinct().mkString(","),
                    "held", taken.map(bs -> "#" + held.get(bs).get() + " " + bs).distinct()));
        }
        Either<NotInForce, Effective<List<QuotaPolicy>>> policies = l.settings().quotas().get().at(now.toLocalDate());
        if (policies.isLeft()) {
            return a.because(Reason.of(BookingRule.SETTING_MISSING).variant("quota-not-in-force")
                    .withFigure("notInForce", policies.getLeft().message()));
        }
        QuotaItem.Where where = new QuotaItem.Where(request.group().key(), facility.id(), facility.kind());
        List<QuotaItem> existing = history.flatMap(r -> scanItems(l, r, lapsed.contains(r.id())))
                .appendAll(applications.getOrElse(List.empty()));
        List<QuotaItem> candidates = applications.isDefined()
                ? List.of(new QuotaItem(QuotaPolicy.Counts.LOTTERY_APPLICATIONS, where,
                        new QuotaItem.When(request.date(), now.toLocalDate(), 1)))
                : List.of(new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, where,
                        new QuotaItem.When(request.date(), now.toLocalDate(), a.quotaUnits())),
                        new QuotaItem(QuotaPolicy.Counts.UNPAID_HOLDS, where,
                                new QuotaItem.When(request.date(), now.toLocalDate(), 1)));
        for (QuotaItem candidate : candidates) {
            Quotas.Check q = Quotas.check(policies.get().value(), existing, candidate, now.toLocalDate());
            a = a.violateAll(q.violations());
            for (Reason r : q.decision().reasons().filter(r -> q.violations().forAll(v -> !v.reason().equals(r)))) {
                a = a.because(r);
            }
        }
        return a;
    }

    /** What a reservation counts, as the ledger counted it before its quota index. */
    private static List<QuotaItem> scanItems(Ledger l, Reservation r, boolean lapsed) {
        Status status = lapsed ? Status.EXPIRED : r.status();
        String kind = l.catalogue().facility(r.facilityId()).map(Facility::kind).getOrElse("");
        QuotaItem.Where where = new QuotaItem.Where(r.group().key(), r.facilityId(), kind);
        LocalDate on = r.createdAt().toLocalDate();
        List<QuotaItem> items = List.empty();
        if (status.holds() || status == Status.USED) {
            items = items.append(new QuotaItem(QuotaPolicy.Counts.RESERVATION_UNITS, where,
                    new QuotaItem.When(r.date(), on, r.quotaUnits())));
        }
        if (status == Status.TENTATIVE) {
            items = items.append(new QuotaItem(QuotaPolicy.Counts.UNPAID_HOLDS, where,
                    new QuotaItem.When(r.date(), on, 1)));
        }
        return items;
    }
}
