package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static final LocalDate JUNE_2 = LocalDate.of(2026, 6, 2);
    private static final Ledger EMPTY = Ledger.empty(NISHI, BookingSettings.defaults());

    private static Ledger.Step ok(Either<Refusal, Ledger.Step> e) {
        assertThat(e.isRight()).as("%s", e).isTrue();
        return e.get();
    }

    @Test
    @DisplayName("a request becomes a 仮予約 holding its block-slots; the same slot again is refused as taken")
    void holdAndTaken() {
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, JUNE_2, S9, S11), NOW));
        assertThat(s.reservation().status()).isEqualTo(Status.TENTATIVE);
        assertThat(s.ledger().held()).hasSize(2);
        Refusal r = s.ledger().request(kaigi(STUDY, JUNE_2, S11), NOW).getLeft();
        assertThat(r.codes()).containsExactly(RefusalCode.TAKEN);
        assertThat(r.violations().head().reason().message().ja()).contains("選択された時間枠の一部が利用できなくなっています");
    }

    @Test
    @DisplayName("manual §5: 日本間1号のみ and 日本間2号のみ can both be booked; then 日本間1号+2号 is taken")
    void joinedRoomConflicts() {
        BookingRequest one = BookingRequest.of(DANCE, WASHITSU_1.id(), JUNE_2, List.of(S9)).withHeadcount(5)
                .withPurpose("茶道");
        BookingRequest two = BookingRequest.of(STUDY, WASHITSU_2.id(), JUNE_2, List.of(S9)).withHeadcount(5)
                .withPurpose("書道");
        BookingRequest both = BookingRequest.of(STUDY, WASHITSU.id(), JUNE_2, List.of(S9)).withHeadcount(5)
                .withPurpose("句会");
        Ledger l = ok(ok(EMPTY.request(one, NOW)).ledger().request(two, NOW)).ledger();
        assertThat(l.request(both, NOW).getLeft().codes()).containsExactly(RefusalCode.TAKEN);
        Ledger whole = ok(EMPTY.request(both, NOW)).ledger();
        assertThat(whole.request(one, NOW).getLeft().codes()).containsExactly(RefusalCode.TAKEN);
    }

    @Test
    @DisplayName("manual §5: booking each part of a joined room alone uses one quota unit each")
    void partsUseUnitsEach() {
        BookingRequest one = BookingRequest.of(DANCE, WASHITSU_1.id(), JUNE_2, List.of(S9)).withHeadcount(5)
                .withPurpose("茶道");
        BookingRequest two = BookingRequest.of(DANCE, WASHITSU_2.id(), JUNE_2, List.of(S9)).withHeadcount(5)
                .withPurpose("茶道");
        BookingSettings s = BookingSettings.defaults().withQuotas(quotas(QuotaPolicy.of("月1コマ", 1,
                QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY, QuotaPolicy.Counts.RESERVATION_UNITS,
                TEST_SETTING)));
        Ledger l = ok(Ledger.empty(NISHI, s).request(one, NOW)).ledger();
        assertThat(l.request(two, NOW).getLeft().codes()).containsExactly(RefusalCode.QUOTA_EXCEEDED);
    }

    @Test
    @DisplayName("2023 notice: a lottery win made on 2026-06-16 is due 2026-06-30 17:00 (a Tuesday, open)")
    void monthEndDeadline() {
        BookingSettings s = BookingSettings.defaults().withClosedDays("nishi", mondays());
        Ledger.Step w = ok(Ledger.empty(NISHI, s).win(kaigi(DANCE, LocalDate.of(2026, 8, 5), S9),
                LocalDateTime.of(2026, 6, 16, 9, 0)));
        assertThat(w.reservation().paymentDeadline()).contains(LocalDateTime.of(2026, 6, 30, 17, 0));
        assertThat(w.decision().confidence()).isEqualTo(Confidence.INTERPRETATION);
    }

    @Test
    @DisplayName("2023 notice: when the month end is a closed day the deadline moves BACK to the last open day (2026-08-31 Mon → 08-30)")
    void monthEndRollsBack() {
        BookingSettings s = BookingSettings.defaults().withClosedDays("nishi", mondays());
        Ledger.Step w = ok(Ledger.empty(NISHI, s).win(kaigi(DANCE, LocalDate.of(2026, 10, 5), S9),
                LocalDateTime.of(2026, 8, 16, 9, 0)));
        assertThat(w.reservation().paymentDeadline()).contains(LocalDateTime.of(2026, 8, 30, 17, 0));
        assertThat(w.decision().reasons().map(r -> r.id())).contains("booking.payment.roll-back");
    }

    @Test
    @DisplayName("2023 notice: unpaid at 17:00 on the deadline the hold is cancelled automatically, freeing its blocks; history kept")
    void expiry() {
        Ledger.Step w = ok(EMPTY.win(kaigi(DANCE, LocalDate.of(2026, 8, 5), S9), LocalDateTime.of(2026, 6, 16, 9, 0)));
        Ledger atDeadline = w.ledger().expire(LocalDateTime.of(2026, 6, 30, 17, 0)).ledger();
        assertThat(atDeadline.live()).hasSize(1);
        Ledger.Expiry after = w.ledger().expire(LocalDateTime.of(2026, 6, 30, 17, 1));
        assertThat(after.expired().map(Reservation::status)).containsExactly(Status.EXPIRED);
        assertThat(after.ledger().held()).isEmpty();
        assertThat(after.ledger().reservations()).hasSize(1);
        assertThat(after.ledger().reservation(1).get().history().map(Reservation.Event::status))
                .containsExactly(Status.TENTATIVE, Status.EXPIRED);
        assertThat(w.ledger().pay(1, LocalDateTime.of(2026, 7, 1, 9, 0)).getLeft().codes())
                .containsExactly(RefusalCode.PAYMENT_DEADLINE_PASSED);
    }

    @Test
    @DisplayName("ruling 7: a first-come hold has no published deadline; the answer says so and the hold does not lapse")
    void firstComeNoDeadline() {
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, JUNE_2, S9), NOW));
        assertThat(s.reservation().paymentDeadline()).isEmpty();
        assertThat(s.decision().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    }

    @Test
    @DisplayName("manual §6: a 仮予約 may change purpose and headcount; after payment (予約確定) it may not")
    void changeOnlyTentative() {
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, JUNE_2, S9), NOW));
        Ledger.Step changed = ok(s.ledger().change(1, Option.of("講演会"), Option.of(12), NOW));
        assertThat(changed.reservation().request().purpose()).contains("講演会");
        assertThat(changed.reservation().request().headcount()).contains(12);
        Ledger paid = ok(changed.ledger().pay(1, NOW)).ledger();
        assertThat(paid.reservation(1).get().status()).isEqualTo(Status.CONFIRMED);
        assertThat(paid.change(1, Option.of("別目的"), Option.none(), NOW).getLeft().codes())
                .containsExactly(RefusalCode.NOT_TENTATIVE);
        assertThat(s.ledger().change(1, Option.none(), Option.none(), NOW).getLeft().codes())
                .containsExactly(RefusalCode.NOTHING_TO_CHANGE);
    }

    @Test
    @DisplayName("manual §7: cancellation until the facility's deadline, no fee, paid fees not refunded; after it, refused")
    void cancel() {
        BookingSettings s = BookingSettings.defaults().withCancellation("nishi", cancelDays(7));
        Ledger l = ok(Ledger.empty(NISHI, s).request(kaigi(DANCE, LocalDate.of(2026, 6, 20), S9), NOW)).ledger();
        Ledger paid = ok(l.pay(1, NOW)).ledger();
        Ledger.Step c = ok(paid.cancel(1, LocalDateTime.of(2026, 6, 13, 17, 0)));
        assertThat(c.reservation().status()).isEqualTo(Status.CANCELLED);
        assertThat(c.decision().reasons().map(r -> r.id())).contains("booking.cancel.fee", "booking.cancel.refund");
        assertThat(c.decision().notApplied().map(r -> r.id())).contains("booking.cancel.refund-comparator");
        assertThat(c.ledger().held()).isEmpty();
        assertThat(paid.cancel(1, LocalDateTime.of(2026, 6, 13, 17, 1)).getLeft().codes())
                .containsExactly(RefusalCode.CANCELLATION_CLOSED);
        assertThat(c.ledger().cancel(1, NOW).getLeft().codes()).containsExactly(RefusalCode.NOT_LIVE);
    }

    @Test
    @DisplayName("manual §5: several reservations at once are answered one by one")
    void batch() {
        Ledger.Batch b = EMPTY.requestAll(List.of(kaigi(DANCE, JUNE_2, S9), kaigi(DANCE, JUNE_2, S9, S11, S13),
                kaigi(STUDY, JUNE_2, S9), kaigi(STUDY, JUNE_2, S11)), NOW);
        assertThat(b.answers().map(Either::isRight)).containsExactly(true, false, false, true);
        assertThat(b.answers().get(1).getLeft().codes()).containsExactly(RefusalCode.TOO_MANY_SLOTS, RefusalCode.TAKEN);
        assertThat(b.answers().get(2).getLeft().codes()).containsExactly(RefusalCode.TAKEN);
        assertThat(b.ledger().live()).hasSize(2);
    }

    @Test
    @DisplayName("quotas: several policies, the strictest decides; warn-only accepts with a warning")
    void quotaPolicies() {
        QuotaPolicy perFacility = QuotaPolicy.of("施設 月3", 3, QuotaPolicy.Period.MONTH_OF_USE,
                QuotaPolicy.Scope.FACILITY, QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING);
        QuotaPolicy unpaid = QuotaPolicy.of("未払い2件", 2, QuotaPolicy.Period.OPEN_BOOKINGS, QuotaPolicy.Scope.CITY,
                QuotaPolicy.Counts.UNPAID_HOLDS, TEST_SETTING);
        Ledger l = Ledger.empty(NISHI, BookingSettings.defaults().withQuotas(quotas(perFacility, unpaid)));
        l = ok(l.request(kaigi(DANCE, JUNE_2, S9, S11), NOW)).ledger();
        l = ok(l.request(kaigi(DANCE, JUNE_2, S13, S15), NOW)).ledger();
        Refusal r = l.request(kaigi(DANCE, JUNE_2, S17), NOW).getLeft();
        assertThat(r.codes()).containsExactly(RefusalCode.QUOTA_EXCEEDED);
        assertThat(r.violations().head().reason().message().ja()).contains("未払い2件");
        Ledger paid = ok(ok(l.pay(1, NOW)).ledger().pay(2, NOW)).ledger();
        paid = ok(paid.request(kaigi(DANCE, JUNE_2, S17), NOW)).ledger();
        assertThat(paid.request(kaigi(DANCE, JUNE_2, S19), NOW).getLeft().violations().head().reason().message().ja())
                .contains("施設 月3");
        Ledger warn = Ledger.empty(NISHI, BookingSettings.defaults().withQuotas(quotas(QuotaPolicy.of("月0", 0,
                QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY, QuotaPolicy.Counts.RESERVATION_UNITS,
                TEST_SETTING).warnOnly())));
        Ledger.Step s = ok(warn.request(kaigi(DANCE, JUNE_2, S9), NOW));
        assertThat(s.decision().reasons().map(x -> x.id())).contains("booking.quota.warning");
    }

    @Test
    @DisplayName("quota per month of use counts a 2-slot run as 1 in the new system and as 2 in the old")
    void quotaUnitsOldNew() {
        QuotaPolicy two = QuotaPolicy.of("月2", 2, QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.FACILITY,
                QuotaPolicy.Counts.RESERVATION_UNITS, TEST_SETTING);
        BookingSettings s = BookingSettings.none().withQuotas(EffectiveTimeline.of("booking.quota",
                Effective.from(LocalDate.of(2026, 1, 1), List.of(two), TEST_SETTING)));
        Ledger l = ok(Ledger.empty(NISHI, s).request(kaigi(DANCE, JUNE_2, S9, S11), NOW)).ledger();
        assertThat(l.request(kaigi(DANCE, JUNE_2, S13, S15), NOW).isRight()).isTrue();
        LocalDateTime may = LocalDateTime.of(2026, 5, 20, 9, 0);
        Ledger old = ok(Ledger.empty(NISHI, s).request(kaigi(DANCE, JUNE_2, S9, S11), may)).ledger();
        assertThat(old.request(kaigi(DANCE, JUNE_2, S13), may).getLeft().codes())
                .containsExactly(RefusalCode.QUOTA_EXCEEDED);
    }

    @Test
    @DisplayName("a confirmed reservation becomes used once its time has begun")
    void used() {
        Ledger l = ok(ok(EMPTY.request(kaigi(DANCE, JUNE_2, S9), NOW)).ledger().pay(1, NOW)).ledger();
        assertThat(l.use(1, NOW).isLeft()).isTrue();
        Ledger.Step u = ok(l.use(1, JUNE_2.atTime(9, 0)));
        assertThat(u.reservation().status()).isEqualTo(Status.USED);
        assertThat(u.ledger().held()).isEmpty();
        assertThat(EMPTY.pay(42, NOW).getLeft().codes()).containsExactly(RefusalCode.UNKNOWN_RESERVATION);
    }
}
