package io.github.kisoku.booking;

import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Rule;

/**
 * The rules of the Kawaguchi facility booking system (川口市 施設予約システム) that kisoku's
 * reasons name, each with its stable id and its legal basis. Their words are in
 * {@code messages_ja.properties} and {@code messages_en.properties} beside this class.
 *
 * <p>The booking rules move here one group at a time (issue 15): the account rules first; the
 * others still write their own words.
 */
public enum BookingRule implements Rule {
    /**
     * A wrong password counts towards the lock-out: the account locks at the sixth consecutive
     * failure (manual §1 パスワードに関して).
     */
    LOGIN_FAILURES("booking.login.failures", BookingSources.LOCK_OUT),
    /**
     * A locked account refuses every login until the lock time has passed (manual §1); the lock
     * time is a caller-supplied setting (kisoku ruling 7). Variants: {@code until} when the lock
     * time is known, {@code unknown} when it was not supplied.
     */
    LOGIN_LOCKED("booking.login.locked", BookingSources.LOCK_OUT),
    /**
     * A successful login, or the end of a lock, resets the failure count (the manual is silent;
     * kisoku ruling 10).
     */
    LOGIN_RESET("booking.login.reset", LegalBasis.ruling("kisoku ruling 10 (docs/rulings.md)",
            "a success, or the end of a lock, resets the failure count (the manual is silent)")),
    /** A renewal extends a registration by the rule set's years (manual §1 有効期限に関して). */
    RENEWAL_YEARS("booking.renewal.years", BookingSources.RENEWAL),
    /**
     * The manual says 「3年延長」 without a starting point: both readings, from the old expiry and
     * from the renewal date, are shown (kisoku ruling 10).
     */
    RENEWAL_READINGS("booking.renewal.readings", LegalBasis.ruling("kisoku ruling 10 (docs/rulings.md)",
            "the manual says 「3年延長」 without a starting point; both readings are shown")),
    /** Documents are checked and approved in one to two weeks: apply that early (manual §1). */
    RENEWAL_LEAD("booking.renewal.lead", BookingSources.RENEWAL),
    /** The old system warned four months before expiry; the new one does not (manual §1). */
    RENEWAL_WARNING("booking.renewal.warning", BookingSources.EXPIRY_ALERT);

    private static final MessageBundle WORDS = MessageBundle.load(BookingRule.class, "messages");

    private final String id;
    private final LegalBasis basis;

    BookingRule(String id, LegalBasis basis) {
        this.id = id;
        this.basis = basis;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public MessageBundle words() {
        return WORDS;
    }
}
