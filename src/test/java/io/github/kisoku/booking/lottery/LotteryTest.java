package io.github.kisoku.booking.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.BookingSettings;
import io.github.kisoku.booking.BookingSources;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.Group;
import io.github.kisoku.booking.GroupClass;
import io.github.kisoku.booking.Ledger;
import io.github.kisoku.booking.QuotaItem;
import io.github.kisoku.booking.QuotaPolicy;
import io.github.kisoku.booking.RefusalCode;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LotteryTest {
    static final Catalogue NISHI = Catalogue.nishiKominkanExample();
    static final LocalDate DAY = LocalDate.of(2026, 8, 5);
    static final LocalDateTime CLOSED = LocalDateTime.of(2026, 6, 15, 17, 0);
    static final SeedCommitment SEED = new SeedCommitment("beacon-pulse-1234567", LocalDateTime.of(2026, 6, 1, 0, 0),
            "NIST beacon pulse 1234567 (named before the pool closed)");

    static Application app(String id, String groupId, String unit, Slot... slots) {
        Group g = Group.Registered.of(groupId, "団体" + groupId, GroupClass.GENERAL, LocalDate.of(2028, 3, 31));
        return Application.of(id, BookingRequest.of(g, unit, DAY, List.of(slots)).withHeadcount(5).withPurpose("練習"));
    }

    static Pool pool(Application... apps) {
        return Pool.freeze(NISHI, List.of(apps), CLOSED).get();
    }

    @Test
    @DisplayName("ruling 8 / RFC 3797: the pool hash does not depend on the order applications arrive in")
    void canonicalPool() {
        Application a = app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11));
        Application b = app("A2", "G2", "nishi.kaigi-1", Slot.hours(9, 11));
        assertThat(pool(a, b).hash()).isEqualTo(pool(b, a).hash()).hasSize(64);
        assertThat(pool(a).hash()).isNotEqualTo(pool(a, b).hash());
    }

    @Test
    @DisplayName("RFC 3797: a seed committed at or after the pool closed is refused")
    void seedMustPrecedeClose() {
        SeedCommitment late = new SeedCommitment("x", CLOSED, "too late");
        assertThat(Lottery.draw(pool(app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11))), late).getError().head()
                .code()).isEqualTo("seed-not-committed-in-time");
    }

    @Test
    @DisplayName("manual §5: a 日本間1号+2号 application competes with both part applications through its blocks")
    void pairAndParts() {
        Pool p = pool(app("P", "G1", "nishi.washitsu", Slot.hours(9, 11)),
                app("W1", "G2", "nishi.washitsu-1", Slot.hours(9, 11)),
                app("W2", "G3", "nishi.washitsu-2", Slot.hours(9, 11)));
        LotteryResult r = Lottery.draw(p, SEED).get();
        if (r.winners().contains("P")) {
            assertThat(r.winners()).containsExactly("P");
            assertThat(r.alternates()).containsExactlyInAnyOrder("W1", "W2");
        } else {
            assertThat(r.winners()).containsExactlyInAnyOrder("W1", "W2");
            assertThat(r.blockedBy().get("P").get()).isNotEmpty();
        }
        assertThat(r.orderPerBlockSlot().values().forAll(o -> o.size() == 2)).isTrue();
        // the log writes each block-slot's order as the map reads
        assertThat(r.log().perBlockSlot()).containsExactlyElementsOf(
                r.orderPerBlockSlot().map(t -> t._1 + " : " + t._2.mkString(",")));
    }

    @Test
    @DisplayName("the log re-runs to the identical result, also after rendering and parsing; a tampered log does not")
    void replay() {
        Pool p = pool(app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11), Slot.hours(11, 13)),
                app("A2", "G2", "nishi.kaigi-1", Slot.hours(11, 13)), app("A3", "G3", "nishi.kaigi-1", Slot.hours(9, 11)),
                app("A4", "G4", "nishi.hall", Slot.hours(13, 15)));
        LotteryLog log = Lottery.draw(p, SEED).get().log();
        assertThat(Lottery.replay(log).value()).isTrue();
        LotteryLog parsed = LotteryLog.parse(log.render());
        assertThat(parsed).isEqualTo(log);
        assertThat(Lottery.replay(parsed).value()).isTrue();
        String tampered = log.render().replace("winners: " + String.join(",", log.winners()),
                "winners: " + String.join(",", log.winners().reverse().append("A9")));
        assertThat(Lottery.replay(LotteryLog.parse(tampered)).value()).isFalse();
        assertThat(log.render()).contains("algorithm: kisoku-lottery/1", "pool-hash: " + p.hash(),
                "seed: beacon-pulse-1234567");
    }

    @Test
    @DisplayName("次点: when a winner releases, the alternates move up in draw order")
    void alternatesMoveUp() {
        Pool p = pool(app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11)), app("A2", "G2", "nishi.kaigi-1",
                Slot.hours(9, 11)), app("A3", "G3", "nishi.kaigi-1", Slot.hours(9, 11)));
        LotteryResult r = Lottery.draw(p, SEED).get();
        String first = r.winners().single();
        List<String> alternates = r.alternates();
        LotteryResult.Promotion up = r.release(first);
        assertThat(up.promoted()).containsExactly(alternates.head());
        assertThat(up.result().alternates()).containsExactly(alternates.get(1));
        assertThat(up.result().log()).isEqualTo(r.log());
        assertThat(r.release("nobody").promoted()).isEmpty();
    }

    @Test
    @DisplayName("priority tiers are data: a lower tier is served first and the tier is in the log")
    void tiers() {
        Pool p = pool(app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11)),
                app("A2", "G2", "nishi.kaigi-1", Slot.hours(9, 11)).withPriority(Priority.of(0, 1)),
                app("A3", "G3", "nishi.kaigi-1", Slot.hours(9, 11)).withPriority(Priority.of(0, 1)));
        Pool tiered = Pool.freeze(NISHI, List.of(app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11))
                .withPriority(Priority.of(1, 1)), app("A2", "G2", "nishi.kaigi-1", Slot.hours(9, 11))
                .withPriority(Priority.of(1, 1)), app("A3", "G3", "nishi.kaigi-1", Slot.hours(9, 11))), CLOSED).get();
        assertThat(Lottery.draw(tiered, SEED).get().winners()).containsExactly("A3");
        assertThat(Lottery.draw(tiered, SEED).get().log().render()).contains("pool: A1|1|1|");
        assertThat(p.hash()).isNotEqualTo(tiered.hash());
    }

    @Test
    @DisplayName("quota of lottery applications: a caller's limit of 2 per month refuses the third application")
    void applicationQuota() {
        var policy = QuotaPolicy.of("抽選申込 月2件", 2,
                QuotaPolicy.Period.MONTH_OF_USE,
                QuotaPolicy.Scope.FACILITY_KIND,
                QuotaPolicy.Counts.LOTTERY_APPLICATIONS,
                BookingSources.setting("test"));
        var settings = BookingSettings.defaults().withQuotas(
                EffectiveTimeline.of("booking.quota", Effective.from(
                        LocalDate.of(2026, 1, 1), List.of(policy), BookingSources.setting("test"))));
        var ledger = Ledger.empty(NISHI, settings);
        var facility = NISHI.facility("nishi").get();
        LocalDateTime now = LocalDateTime.of(2026, 6, 5, 10, 0);
        Application a1 = app("A1", "G1", "nishi.kaigi-1", Slot.hours(9, 11));
        Application a2 = app("A2", "G1", "nishi.kaigi-2", Slot.hours(9, 11));
        Application a3 = app("A3", "G1", "nishi.kaigi-3", Slot.hours(9, 11));
        List<QuotaItem> made = List.of(a1, a2).map(a -> a.quotaItem(facility, now.toLocalDate()));
        assertThat(ledger.checkApplication(a2.request(), now, made.take(1)).accepted()).isTrue();
        assertThat(ledger.checkApplication(a3.request(), now, made).violations().map(v -> v.code()))
                .containsExactly(RefusalCode.QUOTA_EXCEEDED);
    }
}
