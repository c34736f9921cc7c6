package io.github.kisoku.booking;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.data.ValueStyle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A quota (持ちコマ数) as a policy: a limit × a period × a scope × what counts, enforced or only
 * warned about. That a quota exists and how a reservation consumes it is CONFIRMED (manual §1);
 * Kawaguchi's number, period and scope are not published, so every policy is caller-supplied
 * (ruling 7). Several policies may apply at once; the strictest decides
 * ({@link Quotas#check}). Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class QuotaPolicy {
    /** The period a policy counts over. */
    public enum Period {
        /** Items whose date of use is in the same month as the new one's (利用月). */
        MONTH_OF_USE,
        /** Items requested in the same month as the new one (申込月). */
        MONTH_OF_APPLICATION,
        /** Items not yet used, on the day of the request (rolling: a unit comes back after use). */
        OPEN_BOOKINGS;
    }

    /** Where a policy counts. */
    public enum Scope {
        /** In the same facility. */
        FACILITY,
        /** In every facility of the same kind (公民館, 体育館…). */
        FACILITY_KIND,
        /** Across the city. */
        CITY;
    }

    /** What a policy counts. */
    public enum Counts {
        /** Live and used reservations, by quota units (a 2-slot run is 1 unit in the new system). */
        RESERVATION_UNITS,
        /** Lottery applications, one each. */
        LOTTERY_APPLICATIONS,
        /** Unpaid holds (仮予約), one each. */
        UNPAID_HOLDS;
    }

    /** Whether exceeding the limit refuses the request or only warns. */
    public enum Mode {
        /** Refuse a request that would exceed the limit. */
        ENFORCE,
        /** Accept, with a warning (as MRBS offers; research notes §4). */
        WARN_ONLY
    }

    QuotaPolicy() {
    }

    /**
     * An enforced policy.
     *
     * @param name the policy's name, e.g. {@code 公民館 月10コマ}
     * @param limit the most allowed, zero or more
     * @param period the period counted over
     * @param scope where it counts
     * @param counts what it counts
     * @param basis where the caller took it from
     * @return the policy
     * @throws InvalidInputException if the limit is negative or a part is missing
     */
    public static QuotaPolicy of(String name, int limit, Period period, Scope scope, Counts counts,
            LegalBasis basis) {
        if (limit < 0) {
            throw InvalidInputException.of(List.of(Problem.of(BookingProblem.QUOTA_LIMIT, "limit")));
        }
        return ImmutableQuotaPolicy.create(Require.notBlank(name, "name"), limit, Require.nonNull(period, "period"),
                Require.nonNull(scope, "scope"), Require.nonNull(counts, "counts"), Mode.ENFORCE,
                Require.nonNull(basis, "basis"));
    }

    /**
     * The same policy in warn-only mode.
     *
     * @return a new policy
     */
    public QuotaPolicy warnOnly() {
        return ImmutableQuotaPolicy.create(name(), limit(), period(), scope(), counts(), Mode.WARN_ONLY, basis());
    }

    /** {@return the policy's name} */
    public abstract String name();

    /** {@return the limit} */
    public abstract int limit();

    /** {@return the period} */
    public abstract Period period();

    /** {@return the scope} */
    public abstract Scope scope();

    /** {@return what it counts} */
    public abstract Counts counts();

    /** {@return enforced or warn-only} */
    public abstract Mode mode();

    /** {@return where the caller took it from} */
    public abstract LegalBasis basis();

    /**
     * How much of the limit items already use, in the period and scope of a new item.
     *
     * @param items the items already there (of every group)
     * @param candidate the new item
     * @param today the day of the request
     * @return the units counted
     */
    public int used(Seq<QuotaItem> items, QuotaItem candidate, LocalDate today) {
        // a loop, not filter/map/sum: a check counts every policy, and each of those steps built a list
        int sum = 0;
        for (QuotaItem i : items) {
            if (i.kind() == counts() && i.where().groupKey().equals(candidate.where().groupKey())
                    && inScope(i, candidate) && inPeriod(i, candidate, today)) {
                sum += i.when().units();
            }
        }
        return sum;
    }

    private boolean inScope(QuotaItem i, QuotaItem c) {
        switch (scope()) {
            case FACILITY:
                return i.where().facilityId().equals(c.where().facilityId());
            case FACILITY_KIND:
                return i.where().facilityKind().equals(c.where().facilityKind());
            default:
                return true;
        }
    }

    private boolean inPeriod(QuotaItem i, QuotaItem c, LocalDate today) {
        switch (period()) {
            case MONTH_OF_USE:
                return sameMonth(i.when().useDate(), c.when().useDate());
            case MONTH_OF_APPLICATION:
                return sameMonth(i.when().requestedOn(), c.when().requestedOn());
            default:
                return !i.when().useDate().isBefore(today);
        }
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
    }
}
