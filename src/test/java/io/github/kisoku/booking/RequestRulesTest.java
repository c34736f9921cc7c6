package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestRulesTest {
    private static final LocalDate JUNE_2 = LocalDate.of(2026, 6, 2);

    private static RequestAssessment check(BookingRequest r) {
        return RequestRules.check(NISHI, BookingSettings.none(), r, NOW, true);
    }

    @Test
    @DisplayName("manual §5 example: ホール 2026-06-02 11:00～13:00, 舞踊, 5名, with consent — accepted")
    void manualExample() {
        RequestAssessment a = check(BookingRequest.of(DANCE, HALL.id(), JUNE_2, List.of(S11)).withHeadcount(5)
                .withPurpose("舞踊").withConsent());
        assertThat(a.accepted()).isTrue();
        assertThat(a.quotaUnits()).isEqualTo(1);
    }

    @Test
    @DisplayName("manual §1: 会議室 9–15 (3 slots) is refused in the new system and split 9–13 + 13–15")
    void threeSlotsRefusedWithSplit() {
        RequestAssessment a = check(kaigi(DANCE, JUNE_2, S9, S11, S13));
        assertThat(a.violations().map(BrokenRule::code)).containsExactly(RefusalCode.TOO_MANY_SLOTS);
        assertThat(a.suggestedSplit().get()).containsExactly(List.of(S9, S11), List.of(S13));
        assertThat(a.decision().reasons().head().message().ja()).contains("2コマまで", "09:00–13:00", "13:00–15:00");
    }

    @Test
    @DisplayName("manual §1: 2 consecutive slots are one reservation using 1 unit (new system)")
    void twoSlotsOneUnit() {
        RequestAssessment a = check(kaigi(DANCE, JUNE_2, S9, S11));
        assertThat(a.accepted()).isTrue();
        assertThat(a.quotaUnits()).isEqualTo(1);
    }

    @Test
    @DisplayName("manual §1: in the old system 3 consecutive slots were one reservation using 3 units")
    void oldSystem() {
        RequestAssessment a = RequestRules.check(NISHI, BookingSettings.none(), kaigi(DANCE, JUNE_2, S9, S11, S13),
                LocalDateTime.of(2026, 5, 20, 10, 0), true);
        assertThat(a.ruleSet()).isEqualTo(RuleSet.OLD);
        assertThat(a.accepted()).isTrue();
        assertThat(a.quotaUnits()).isEqualTo(3);
    }

    @Test
    @DisplayName("slots that are not back to back are refused with one reservation per run")
    void notConsecutive() {
        RequestAssessment a = check(kaigi(DANCE, JUNE_2, S9, S13));
        assertThat(a.violations().map(BrokenRule::code)).containsExactly(RefusalCode.SLOTS_NOT_CONSECUTIVE);
        assertThat(a.suggestedSplit().get()).containsExactly(List.of(S9), List.of(S13));
    }

    @Test
    @DisplayName("manual §5: every broken rule is reported at once — headcount over 240, no purpose, no consent, expired")
    void everyReason() {
        Group.Registered expired = Group.Registered.of("K9", "旧団体", GroupClass.GENERAL, LocalDate.of(2026, 5, 31));
        RequestAssessment a = check(BookingRequest.of(expired, HALL.id(), JUNE_2, List.of(S11)).withHeadcount(241));
        assertThat(a.violations().map(BrokenRule::code)).containsExactlyInAnyOrder(RefusalCode.HEADCOUNT,
                RefusalCode.PURPOSE_MISSING, RefusalCode.CONSENT_MISSING, RefusalCode.REGISTRATION_EXPIRED);
        assertThat(a.decision().value()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    @DisplayName("manual §5: headcount 0 is refused; unknown capacity is said to be unconfirmed")
    void headcount() {
        assertThat(check(kaigi(DANCE, JUNE_2, S9).withHeadcount(0)).violations().map(BrokenRule::code))
                .containsExactly(RefusalCode.HEADCOUNT);
        RequestAssessment ok = check(kaigi(DANCE, JUNE_2, S9).withHeadcount(500));
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.decision().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    }

    @Test
    @DisplayName("manual §1 有効期限: a registration valid until the day of the request still books; the day after it does not")
    void registrationEdge() {
        Group.Registered g = Group.Registered.of("K8", "団体", GroupClass.GENERAL, NOW.toLocalDate());
        assertThat(check(kaigi(g, JUNE_2, S9)).accepted()).isTrue();
        assertThat(RequestRules.check(NISHI, BookingSettings.none(), kaigi(g, JUNE_2, S9), NOW.plusDays(1).withHour(0),
                true).violations().map(BrokenRule::code)).containsExactly(RefusalCode.REGISTRATION_EXPIRED);
    }

    @Test
    @DisplayName("manual §2: a guest group cannot book online, only at the counter")
    void guests() {
        Group.Guest piano = Group.Guest.of("ピアノ練習", true);
        assertThat(check(kaigi(piano, JUNE_2, S9)).violations().map(BrokenRule::code))
                .containsExactly(RefusalCode.GUEST_ONLINE);
        assertThat(check(kaigi(piano, JUNE_2, S9).via(Channel.COUNTER)).accepted()).isTrue();
    }

    @Test
    @DisplayName("2023 notice: 社会教育関係団体 priority 3 months ahead, general groups not by priority")
    void windows() {
        BookingWindow priority = BookingWindow.opening(Option.of(GroupClass.SOCIAL_EDUCATION), Method.PRIORITY, 3, 1,
                LocalTime.of(9, 0), BookingSources.WINDOWS_2023);
        BookingSettings s = BookingSettings.none().withWindows(EffectiveTimeline.of("booking.windows",
                Effective.from(LocalDate.of(2023, 2, 8), List.of(priority), TEST_SETTING)));
        LocalDate sept = LocalDate.of(2026, 9, 10);
        assertThat(RequestRules.check(NISHI, s, kaigi(STUDY, sept, S9).by(Method.PRIORITY), NOW, true).accepted())
                .isTrue();
        assertThat(RequestRules.check(NISHI, s, kaigi(STUDY, sept, S9).by(Method.PRIORITY),
                LocalDateTime.of(2026, 6, 1, 8, 59), true).violations().map(BrokenRule::code))
                .containsExactly(RefusalCode.OUTSIDE_WINDOW);
        assertThat(RequestRules.check(NISHI, s, kaigi(DANCE, sept, S9).by(Method.PRIORITY), NOW, true)
                .violations().map(BrokenRule::code)).containsExactly(RefusalCode.OUTSIDE_WINDOW);
    }

    @Test
    @DisplayName("ruling 7: with no window supplied the answer says it was not checked (UNCONFIRMED)")
    void windowNotSupplied() {
        RequestAssessment a = check(kaigi(DANCE, JUNE_2, S9));
        assertThat(a.decision().reasons().map(r -> r.id())).contains("booking.setting-missing");
    }

    @Test
    @DisplayName("an unknown unit and a slot the facility does not have are refused")
    void unknowns() {
        assertThat(check(BookingRequest.of(DANCE, "nope", JUNE_2, List.of(S9)).withPurpose("x").withHeadcount(1))
                .violations().map(BrokenRule::code)).containsExactly(RefusalCode.UNKNOWN_UNIT);
        assertThat(check(kaigi(DANCE, JUNE_2, Slot.hours(8, 9))).violations().map(BrokenRule::code))
                .containsExactly(RefusalCode.UNKNOWN_SLOT);
    }

    @Test
    @DisplayName("a missing group, unit and date are all reported as input problems")
    void inputProblems() {
        assertThat(BookingRequest.validate(null, " ", null, List.of(S9)).getError().map(p -> p.field()))
                .containsExactly("group", "unitId", "date");
    }
}
