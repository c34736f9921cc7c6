package io.github.kisoku.booking.account;

import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A password (パスワード) that never prints itself: {@link #toString()} shows only its origin.
 * A new password must pass the {@link PasswordPolicy}; a password carried over from the old
 * system stays valid as it is until changed (manual §1, CONFIRMED). Immutable and thread-safe.
 *
 * <p>The one booking value whose {@code equals}, {@code hashCode} and {@code toString} are written
 * by hand rather than generated (issue 15): two passwords are compared in constant time, the hash
 * code depends on the origin only, and the text never shows the secret. A generated value would
 * compare the secret with an early exit and hash it.
 */
public final class Password {
    /** Where a password comes from. */
    public enum Origin {
        /** Set in the new system, under the policy. */
        NEW_SYSTEM,
        /** Carried over from the old system, not checked against the new policy. */
        CARRIED_OVER
    }

    private final byte[] secret;
    private final Origin origin;

    private Password(String secret, Origin origin) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.origin = origin;
    }

    /**
     * A new password, checked against the policy.
     *
     * @param raw the password as typed
     * @return the password, or every problem (never echoing the password)
     */
    public static Validation<Seq<Problem>, Password> validate(String raw) {
        return PasswordPolicy.check(raw).map(ok -> new Password(raw, Origin.NEW_SYSTEM));
    }

    /**
     * A password carried over from the old system: valid as it is until changed
     * (「旧システムで使用していたパスワードはそのまま使用することが可能」).
     *
     * @param raw the old password
     * @return the password
     */
    public static Password carriedOver(String raw) {
        return new Password(Require.nonNull(raw, "password"), Origin.CARRIED_OVER);
    }

    /** {@return where the password comes from} */
    public Origin origin() {
        return origin;
    }

    /**
     * Whether a typed password is this one (compared in constant time).
     *
     * @param attempt the password typed
     * @return true when equal
     */
    public boolean matches(String attempt) {
        return attempt != null && MessageDigest.isEqual(secret, attempt.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the password meets the new policy (a carried-over one may not).
     *
     * @return true when it does
     */
    public boolean meetsPolicy() {
        return PasswordPolicy.check(new String(secret, StandardCharsets.UTF_8)).isValid();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Password && MessageDigest.isEqual(((Password) o).secret, secret)
                && ((Password) o).origin == origin;
    }

    @Override
    public int hashCode() {
        return origin.hashCode();
    }

    /** {@return never the password: {@code Password[********, NEW_SYSTEM]}} */
    @Override
    public String toString() {
        return "Password[********, " + origin + "]";
    }
}
