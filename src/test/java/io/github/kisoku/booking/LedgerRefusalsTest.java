package io.github.kisoku.booking;

import io.vavr.collection.Seq;
import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.testing.ValueContract;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ledger's edges: each refusal of manual §5–§7 and the 2023 notice, and settings not in force (ruling 7). */
class LedgerRefusalsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 2);
    private static final Ledger EMPTY = Ledger.empty(NISHI, BookingSettings.defaults());
    private static final EffectiveTimeline<PaymentRule> TWO_DAYS = EffectiveTimeline.of("booking.payment.test",
            Effective.from(LocalDate.of(2026, 1, 1), new PaymentRule.DaysAfterRequest(2, LocalTime.of(17, 0)),
                    TEST_SETTING));

    private static Ledger.Step ok(Either<Refusal, Ledger.Step> e) {
        assertThat(e.isRight()).as("%s", e).isTrue();
        return e.get();
    }

    /** The keys of the reasons' words: rule id, and variant after {@code #}. */
    private static Seq<String> keys(Seq<Reason> reasons) {
        return reasons.map(r -> r.words()._2);
    }

    @Test
    @DisplayName("check books nothing; holder names the reservation holding a block-slot")
    void checkAndHolder() {
        assertThat(EMPTY.check(kaigi(DANCE, DAY, S9), NOW).accepted()).isTrue();
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW));
        assertThat(s.ledger().check(kaigi(STUDY, DAY, S9), NOW).accepted()).isFalse();
        assertThat(s.ledger().check(kaigi(STUDY, DAY, S11), NOW).accepted()).isTrue();
        BlockSlot bs = s.reservation().blockSlots().head();
        assertThat(s.ledger().holder(bs)).contains(s.reservation());
        assertThat(EMPTY.holder(bs)).isEmpty();
        assertThat(s.ledger().reservations()).hasSize(1);
    }

    @Test
    @DisplayName("an unknown unit is refused as such, before any hold or quota is looked at")
    void unknownUnit() {
        BookingRequest r = BookingRequest.of(DANCE, "nishi.nowhere", DAY, List.of(S9)).withHeadcount(3)
                .withPurpose("会議");
        Ledger withQuota = Ledger.empty(NISHI, BookingSettings.defaults().withQuotas(quotas(QuotaPolicy.of("0", 0,
                QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY, QuotaPolicy.Counts.RESERVATION_UNITS,
                TEST_SETTING))));
        assertThat(withQuota.request(r, NOW).getLeft().codes()).containsExactly(RefusalCode.UNKNOWN_UNIT);
    }

    @Test
    @DisplayName("ruling 7: a quota or payment setting not yet in force is reported as not checked, never guessed")
    void settingsNotInForce() {
        EffectiveTimeline<io.vavr.collection.List<QuotaPolicy>> later = EffectiveTimeline.of("booking.quota",
                Effective.from(LocalDate.of(2027, 4, 1), List.of(QuotaPolicy.of("0", 0,
                        QuotaPolicy.Period.MONTH_OF_USE, QuotaPolicy.Scope.CITY, QuotaPolicy.Counts.RESERVATION_UNITS,
                        TEST_SETTING)), TEST_SETTING));
        EffectiveTimeline<PaymentRule> laterPayment = EffectiveTimeline.of("booking.payment.first-come",
                Effective.from(LocalDate.of(2027, 4, 1), new PaymentRule.DaysAfterRequest(2, LocalTime.of(17, 0)),
                        TEST_SETTING));
        Ledger l = Ledger.empty(NISHI, BookingSettings.none().withQuotas(later)
                .withPayment(Method.FIRST_COME, laterPayment));
        Ledger.Step s = ok(l.request(kaigi(DANCE, DAY, S9), NOW));
        assertThat(s.reservation().paymentDeadline()).isEmpty();
        assertThat(keys(s.decision().reasons())).contains("booking.setting-missing#quota-not-in-force",
                "booking.setting-missing#payment-not-in-force");
    }

    @Test
    @DisplayName("2023 notice 自動キャンセル: an unpaid hold cannot be paid after its deadline; an unknown one not at all")
    void payEdges() {
        Ledger l = Ledger.empty(NISHI, BookingSettings.defaults().withPayment(Method.FIRST_COME, TWO_DAYS));
        Ledger.Step s = ok(l.request(kaigi(DANCE, DAY, S9), NOW));
        LocalDateTime deadline = NOW.toLocalDate().plusDays(2).atTime(17, 0);
        assertThat(s.reservation().paymentDeadline()).contains(deadline);
        assertThat(s.ledger().pay(1, deadline.plusMinutes(1)).getLeft().codes())
                .containsExactly(RefusalCode.PAYMENT_DEADLINE_PASSED);
        assertThat(ok(s.ledger().pay(1, deadline)).reservation().status()).isEqualTo(Status.CONFIRMED);
        assertThat(s.ledger().pay(2, NOW).getLeft().codes()).containsExactly(RefusalCode.UNKNOWN_RESERVATION);
        Ledger paid = ok(s.ledger().pay(1, NOW)).ledger();
        assertThat(paid.pay(1, deadline.plusDays(1)).getLeft().codes()).containsExactly(RefusalCode.NOT_TENTATIVE);
    }

    @Test
    @DisplayName("manual §6: only purpose and headcount of a 仮予約 change; nothing to change, bad headcount and unknown ids are refused")
    void changeEdges() {
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW));
        assertThat(s.ledger().change(1, Option.none(), Option.none(), NOW).getLeft().codes())
                .containsExactly(RefusalCode.NOTHING_TO_CHANGE);
        assertThat(s.ledger().change(1, Option.none(), Option.of(0), NOW).getLeft().codes())
                .containsExactly(RefusalCode.HEADCOUNT);
        assertThat(s.ledger().change(1, Option.of(" "), Option.none(), NOW).getLeft().codes())
                .containsExactly(RefusalCode.PURPOSE_MISSING);
        assertThat(s.ledger().change(9, Option.of("x"), Option.none(), NOW).getLeft().codes())
                .containsExactly(RefusalCode.UNKNOWN_RESERVATION);
        Ledger.Step headsOnly = ok(s.ledger().change(1, Option.none(), Option.of(7), NOW));
        assertThat(headsOnly.reservation().request().headcount()).contains(7);
        assertThat(headsOnly.reservation().request().purpose()).contains("会議");
        Ledger paid = ok(s.ledger().pay(1, NOW)).ledger();
        assertThat(paid.change(1, Option.none(), Option.none(), NOW).getLeft().codes())
                .containsExactly(RefusalCode.NOT_TENTATIVE, RefusalCode.NOTHING_TO_CHANGE);
    }

    @Test
    @DisplayName("manual §7: without a deadline setting a reservation may be cancelled until its use begins, not at or after")
    void cancelWithoutSetting() {
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW));
        LocalDateTime start = DAY.atTime(9, 0);
        Ledger.Step c = ok(s.ledger().cancel(1, start.minusMinutes(1)));
        assertThat(c.reservation().status()).isEqualTo(Status.CANCELLED);
        assertThat(keys(c.decision().reasons())).contains("booking.setting-missing#cancellation", "booking.cancel.fee");
        assertThat(keys(c.decision().notApplied())).contains("booking.cancel.refund#unpaid");
        assertThat(s.ledger().cancel(1, start).getLeft().codes()).containsExactly(RefusalCode.CANCELLATION_CLOSED);
        assertThat(s.ledger().cancel(2, NOW).getLeft().codes()).containsExactly(RefusalCode.UNKNOWN_RESERVATION);
        assertThat(c.ledger().cancel(1, NOW).getLeft().codes()).containsExactly(RefusalCode.NOT_LIVE);
        assertThat(c.ledger().isFree(KAIGI_1, DAY, S9)).isTrue();
    }

    @Test
    @DisplayName("manual §7 with a 2-day 17:00 deadline: cancellable until that moment, refused one minute after")
    void cancelDeadline() {
        Ledger l = Ledger.empty(NISHI, BookingSettings.defaults().withCancellation("nishi", cancelDays(2)));
        Ledger.Step s = ok(l.request(kaigi(DANCE, DAY, S9), NOW));
        LocalDateTime last = DAY.minusDays(2).atTime(17, 0);
        assertThat(ok(s.ledger().cancel(1, last)).decision().reasons().head().figures().shown().toString()).contains(
                last.toString());
        assertThat(s.ledger().cancel(1, last.plusMinutes(1)).getLeft().codes())
                .containsExactly(RefusalCode.CANCELLATION_CLOSED);
    }

    @Test
    @DisplayName("利用済: only a confirmed reservation, once its time has begun")
    void useEdges() {
        Ledger.Step s = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW));
        LocalDateTime start = DAY.atTime(9, 0);
        assertThat(s.ledger().use(1, start).getLeft().codes()).containsExactly(RefusalCode.NOT_LIVE);
        Ledger paid = ok(s.ledger().pay(1, NOW)).ledger();
        assertThat(paid.use(1, start.minusMinutes(1)).getLeft().codes()).containsExactly(RefusalCode.NOT_LIVE);
        assertThat(paid.use(7, start).getLeft().codes()).containsExactly(RefusalCode.UNKNOWN_RESERVATION);
        Ledger.Step used = ok(paid.use(1, start));
        assertThat(used.reservation().status()).isEqualTo(Status.USED);
        assertThat(used.ledger().held()).isEmpty();
        // a used reservation still counts for the quotas, as units; it is no unpaid hold
        assertThat(used.ledger().quotaItems().map(QuotaItem::kind))
                .containsExactly(QuotaPolicy.Counts.RESERVATION_UNITS);
        assertThat(s.ledger().quotaItems().map(QuotaItem::kind))
                .containsExactly(QuotaPolicy.Counts.RESERVATION_UNITS, QuotaPolicy.Counts.UNPAID_HOLDS);
        assertThat(ok(s.ledger().cancel(1, NOW)).ledger().quotaItems()).isEmpty();
    }

    @Test
    @DisplayName("a ledger equals another with the same reservations and holds; its text counts them")
    void ledgerValue() {
        Ledger a = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW)).ledger();
        Ledger b = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW)).ledger();
        ValueContract.check(a, b, EMPTY, ok(a.pay(1, NOW)).ledger());
        ValueContract.namesAttributes(a, "reservations");
        assertThat(a.toString()).doesNotContain("catalogue=").doesNotContain("held=");
        assertThat(Ledger.empty(Catalogue.of(List.of(FACILITY)), BookingSettings.none())).isEqualTo(EMPTY);
        assertThat(a.catalogue()).isSameAs(NISHI);
        Reservation r = a.reservation(1).get();
        ValueContract.check(r, b.reservation(1).get(), ok(a.pay(1, NOW)).reservation(),
                ok(a.change(1, Option.of("別"), Option.none(), NOW)).reservation(),
                ok(EMPTY.request(kaigi(STUDY, DAY, S9), NOW)).reservation());
        assertThat(r.unitId()).isEqualTo(KAIGI_1.id());
        assertThat(r.ruleSet()).isEqualTo(RuleSet.NEW);
        ValueContract.namesAttributes(r, "id", "request", "facilityId", "blockSlots", "ruleSet", "quotaUnits",
                "status", "createdAt", "paymentDeadline", "history");
        assertThat(r.toString()).contains(DANCE.name());
        Ledger l = Ledger.empty(NISHI, BookingSettings.defaults().withPayment(Method.FIRST_COME, TWO_DAYS));
        assertThat(ok(l.request(kaigi(DANCE, DAY, S9), NOW)).reservation().toString())
                .contains("paymentDeadline=Some(2026-06-03T17:00)");
    }

    @Test
    @DisplayName("a refusal lists its codes and reasons and equals another with the same violations")
    void refusalValue() {
        Ledger l = ok(EMPTY.request(kaigi(DANCE, DAY, S9), NOW)).ledger();
        Refusal r = l.request(kaigi(STUDY, DAY, S9), NOW).getLeft();
        assertThat(r.has(RefusalCode.TAKEN)).isTrue();
        assertThat(r.has(RefusalCode.HEADCOUNT)).isFalse();
        assertThat(r.suggestedSplit()).isEmpty();
        assertThat(r.decision().value()).containsExactly(RefusalCode.TAKEN);
        assertThat(r.decision().reasons().head()).isEqualTo(r.violations().head().reason());
        ValueContract.check(r, l.request(kaigi(STUDY, DAY, S9), NOW).getLeft(),
                l.request(kaigi(STUDY, DAY, S9).withHeadcount(0), NOW).getLeft());
        ValueContract.namesAttributes(r, "violations", "reasons", "notApplied", "suggestedSplit");
        assertThat(r.toString()).contains("TAKEN");
        Refusal three = EMPTY.request(kaigi(DANCE, DAY, S9, S11, S13), NOW).getLeft();
        assertThat(three.suggestedSplit()).isNotEmpty();
        assertThat(three.toString()).contains("suggestedSplit=Some(").contains(S13.toString());
        assertThat(EMPTY.check(kaigi(DANCE, DAY, S9), NOW).accepted()).isTrue();
        assertThat(EMPTY.check(kaigi(DANCE, DAY, S9), NOW).quotaUnits()).isEqualTo(1);
        assertThat(l.check(kaigi(DANCE, DAY, S9), NOW).accepted()).isFalse();
        assertThat(l.check(kaigi(DANCE, DAY, S9), NOW).toString()).contains("TAKEN");
    }
}
