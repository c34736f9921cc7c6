package io.github.kisoku.cli;

import io.github.kisoku.booking.BookingSources;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Rule;

/**
 * What the case types of the edge report about a library operation that has no decision of its
 * own (an availability grid, a lottery draw, a password's policy check, a month's audit): each
 * cites the source of the operation it reports, and its words are in the CLI's bundle. These
 * decide nothing; the rules they report are the booking and golf packages'.
 */
enum CaseRule implements Rule {
    /** The availability grid of a unit (manual §4 空き状況を検索する): free, taken, lottery, closed cells. */
    GRID("booking.grid", BookingSources.AVAILABILITY),
    /** A lottery drawn from a frozen pool with a committed seed (kisoku ruling 8, RFC 3797). */
    LOTTERY_DRAW("booking.lottery.draw", BookingSources.LOTTERY_RULING),
    /** A password checked against the policy of manual §1 パスワードに関して. */
    PASSWORD_POLICY("account.password.policy", BookingSources.PASSWORD);

    private static final MessageBundle WORDS = MessageBundle.load(CaseRule.class, "messages");

    private final String id;
    private final LegalBasis basis;

    CaseRule(String id, LegalBasis basis) {
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
