package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;

/**
 * A separate published fee for one day type (別に定める利用料金), for members and for
 * non-members. Under circular 税第423号 第2・2(2) the fee must be reduced against both the
 * member and the non-member normal fee; a reduction for members only (or non-members only) does
 * not count. When a course sets one separate fee for all, both amounts are equal. Immutable and
 * thread-safe.
 *
 * @param member the separate fee for members
 * @param nonMember the separate fee for non-members
 */
public record SpecialFee(Yen member, Yen nonMember) {
    /**
     * Checks that both amounts are given.
     *
     * @param member the separate fee for members
     * @param nonMember the separate fee for non-members
     */
    public SpecialFee {
        Require.nonNull(member, "member");
        Require.nonNull(nonMember, "nonMember");
    }

    /**
     * One separate fee for members and non-members alike.
     *
     * @param fee the fee
     * @return the separate fee
     */
    public static SpecialFee forAll(Yen fee) {
        return new SpecialFee(fee, fee);
    }

    /** {@return the higher of the two amounts: what a user paying the separate fee pays at most} */
    public Yen highest() {
        return member.compareTo(nonMember) >= 0 ? member : nonMember;
    }
}
