package io.github.kisoku.booking;

import io.vavr.control.Option;

/**
 * The old and the new system's rules (旧システム・新システム), side by side, as the manual §1 lists
 * what changed. A facility uses one or the other by its migration date
 * ({@link Facility#ruleSetOn(java.time.LocalDate)}). Source: manual §1 and §3, CONFIRMED.
 */
public enum RuleSet {
    /**
     * The old system: any run of consecutive slots is one reservation and uses one unit per slot;
     * renewal adds 2 years; an alert 4 months before expiry.
     */
    OLD(Option.none(), 2, Option.of(4)),
    /**
     * The new system (from 2026-05-27): at most 2 consecutive slots, one unit per reservation;
     * renewal adds 3 years; no expiry alert.
     */
    NEW(Option.of(2), 3, Option.none());

    private final Option<Integer> maxConsecutiveSlots;
    private final int renewalYears;
    private final Option<Integer> expiryAlertMonths;
    /** The {@code max} figure of {@code booking.slots.max#allowed}: written once, every check shows it. */
    private final String maxShown;

    RuleSet(Option<Integer> maxConsecutiveSlots, int renewalYears,
            Option<Integer> expiryAlertMonths) {
        this.maxConsecutiveSlots = maxConsecutiveSlots;
        this.maxShown = maxConsecutiveSlots.map(String::valueOf).getOrElse("制限なし");
        this.renewalYears = renewalYears;
        this.expiryAlertMonths = expiryAlertMonths;
    }

    /** {@return the most consecutive slots one reservation may hold; none when unlimited (old system)} */
    public Option<Integer> maxConsecutiveSlots() {
        return maxConsecutiveSlots;
    }

    /** {@return the most consecutive slots as a reason shows them: the number, or 制限なし (unlimited)} */
    String maxShown() {
        return maxShown;
    }

    /**
     * How many quota units (持ちコマ数) a reservation of consecutive slots uses: one per slot in
     * the old system, one per reservation in the new (manual §1).
     *
     * @param slots the reservation's number of slots, one or more
     * @return the units used
     */
    public int unitsFor(int slots) {
        return this == OLD ? slots : 1;
    }

    /** {@return years a renewal adds to a registration (2 old, 3 new; manual §1 有効期限)} */
    public int renewalYears() {
        return renewalYears;
    }

    /**
     * The weeks the city takes to check and approve a renewal's documents, at least and at most:
     * 「書類の確認及び決裁には1～2週間程度」 (manual §1 有効期限に関して, CONFIRMED); the same in both
     * systems.
     *
     * @return the shortest and the longest processing time, in weeks
     */
    public io.vavr.Tuple2<Integer, Integer> renewalProcessingWeeks() {
        return RENEWAL_PROCESSING_WEEKS;
    }

    private static final io.vavr.Tuple2<Integer, Integer> RENEWAL_PROCESSING_WEEKS = io.vavr.Tuple.of(1, 2);

    /** {@return months before expiry the system warned (old: 4); none in the new system} */
    public Option<Integer> expiryAlertMonths() {
        return expiryAlertMonths;
    }
}
