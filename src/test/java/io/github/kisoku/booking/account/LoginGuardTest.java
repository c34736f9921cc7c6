package io.github.kisoku.booking.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginGuardTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 6, 1, 10, 0);

    private static LoginGuard.Attempt failTimes(LoginGuard g, int n) {
        LoginGuard.Attempt a = null;
        for (int i = 0; i < n; i++) {
            a = (a == null ? g : a.guard()).attempt(false, T.plusMinutes(i));
        }
        return a;
    }

    @Test
    @DisplayName("manual §1: 5 wrong passwords do not lock; the 6th does, until the displayed time (30 min supplied)")
    void sixLock() {
        LoginGuard g = LoginGuard.start(Option.of(Duration.ofMinutes(30)));
        assertThat(failTimes(g, 5).decision().value()).isEqualTo(LoginGuard.State.FAILED);
        LoginGuard.Attempt sixth = failTimes(g, 6);
        assertThat(sixth.decision().value()).isEqualTo(LoginGuard.State.LOCKED);
        assertThat(sixth.guard().lockedUntil()).contains(T.plusMinutes(5).plusMinutes(30));
        assertThat(sixth.guard().attempt(true, T.plusMinutes(20)).decision().value())
                .isEqualTo(LoginGuard.State.LOCKED);
        assertThat(sixth.guard().attempt(true, T.plusMinutes(35)).decision().value())
                .isEqualTo(LoginGuard.State.LOGGED_IN);
    }

    @Test
    @DisplayName("the failures must be consecutive: a success resets the count (interpretation)")
    void consecutive() {
        LoginGuard g = failTimes(LoginGuard.start(Option.none()), 5).guard().attempt(true, T.plusHours(1)).guard();
        assertThat(g.failures()).isZero();
        assertThat(failTimes(g, 5).decision().value()).isEqualTo(LoginGuard.State.FAILED);
    }

    @Test
    @DisplayName("ruling 7: without a lock time the answer says locked until the displayed time, UNCONFIRMED")
    void noLockTime() {
        LoginGuard.Attempt a = failTimes(LoginGuard.start(Option.none()), 6);
        assertThat(a.guard().lockedUntil()).isEmpty();
        assertThat(a.guard().isLockedAt(T.plusYears(1))).isTrue();
        assertThat(a.decision().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(a.decision().reasons().last().message().ja()).contains("表示された時間");
    }
}
