package io.github.kisoku.booking.account;

import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.booking.BookingSources;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * The lock-out after wrong passwords (ロック): 6 consecutive failures lock the account until the
 * displayed time has passed (manual §1, CONFIRMED). The lock time is not published, so it is a
 * caller-supplied setting; without it the answer says the account is locked but not until when.
 * A success resets the count, and so does the end of a lock (both interpretations: the manual is
 * silent). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class LoginGuard {
    /** Consecutive failures that lock the account (manual §1). */
    public static final int MAX_FAILURES = 6;


    LoginGuard() {
    }

    /** The state of an account after a login attempt. */
    public enum State {
        /** Logged in. */
        LOGGED_IN,
        /** Wrong password, not locked yet. */
        FAILED,
        /** Locked (ロック中). */
        LOCKED
    }

    /**
     * A guard with no failures.
     *
     * @param lockTime the lock time as the system displays it, if known (a caller's setting)
     * @return the guard
     */
    public static LoginGuard start(Option<Duration> lockTime) {
        return ImmutableLoginGuard.create(0, Option.none(), Require.nonNull(lockTime, "lockTime"));
    }

    /**
     * A step: the guard after an attempt and the decision.
     *
     * @param guard the new guard
     * @param decision the state with its reasons and, when locked, until when
     */
    public record Attempt(LoginGuard guard, Decision<State> decision) {
    }

    /** {@return consecutive failures so far} */
    public abstract int failures();

    /** {@return when the account was locked, if it is} */
    abstract Option<LocalDateTime> lockedAt();

    /** {@return the lock time as the system displays it, if known} */
    abstract Option<Duration> lockTime();

    /**
     * Until when the account is locked, when it is locked and the lock time is known.
     *
     * @return the end of the lock
     */
    public Option<LocalDateTime> lockedUntil() {
        return lockedAt().flatMap(at -> lockTime().map(at::plus));
    }

    /**
     * Whether the account is locked at a time; without a lock time it stays locked.
     *
     * @param now the time
     * @return true when locked
     */
    public boolean isLockedAt(LocalDateTime now) {
        return lockedAt().isDefined() && lockedUntil().forAll(now::isBefore);
    }

    /**
     * Records an attempt.
     *
     * @param correct whether the password was right
     * @param now when it was made
     * @return the new guard and the decision
     */
    public Attempt attempt(boolean correct, LocalDateTime now) {
        Require.nonNull(now, "now");
        if (isLockedAt(now)) {
            return new Attempt(this, Decision.of(State.LOCKED).because(lockedReason()));
        }
        LoginGuard fresh = lockedAt().isDefined() ? ImmutableLoginGuard.create(0, Option.none(), lockTime()) : this;
        if (correct) {
            Decision<State> d = Decision.of(State.LOGGED_IN);
            if (fresh.failures() > 0 || lockedAt().isDefined()) {
                d = d.because(Reason.of(BookingRule.LOGIN_RESET));
            }
            return new Attempt(ImmutableLoginGuard.create(0, Option.none(), lockTime()), d);
        }
        int n = fresh.failures() + 1;
        Reason count = Reason.of(BookingRule.LOGIN_FAILURES).withFigures("failures", n, "maxFailures", MAX_FAILURES);
        if (n < MAX_FAILURES) {
            return new Attempt(ImmutableLoginGuard.create(n, Option.none(), lockTime()), Decision.of(State.FAILED).because(count));
        }
        LoginGuard locked = ImmutableLoginGuard.create(n, Option.of(now), lockTime());
        return new Attempt(locked, Decision.of(State.LOCKED).because(count).because(locked.lockedReason()));
    }

    private Reason lockedReason() {
        Option<LocalDateTime> until = lockedUntil();
        return until.isDefined()
                ? Reason.of(BookingRule.LOGIN_LOCKED, BookingSources.setting("booking.lock-time")).variant("until")
                        .withFigures("lockedUntil", until.get(), "lockTime", lockTime().get())
                : Reason.of(BookingRule.LOGIN_LOCKED, BookingSources.LOCK_OUT.withConfidence(Confidence.UNCONFIRMED))
                        .variant("unknown");
    }
}
