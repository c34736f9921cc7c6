package io.github.kisoku.booking;

import java.time.LocalDate;

/**
 * One thing a quota may count: a reservation (its quota units), an unpaid hold, or a lottery
 * application, with where and when. The ledger and the lottery pool produce these; a
 * {@link QuotaPolicy} counts the ones in its period and scope. Immutable and thread-safe.
 *
 * @param kind what it is
 * @param where the group, facility and facility kind
 * @param when the date of use, the date of the request and the units it weighs
 */
public record QuotaItem(QuotaPolicy.Counts kind, Where where, When when) {
    /**
     * Whose and where.
     *
     * @param groupKey the group's key
     * @param facilityId the facility's id
     * @param facilityKind the facility's kind
     */
    public record Where(String groupKey, String facilityId, String facilityKind) {
    }

    /**
     * When and how much.
     *
     * @param useDate the date of use
     * @param requestedOn the date of the request or application
     * @param units the quota units it weighs (a reservation of 2 slots weighs 1 in the new system)
     */
    public record When(LocalDate useDate, LocalDate requestedOn, int units) {
    }
}
