package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;

/**
 * Checks a new item against every quota policy at once: each policy reports how much is used; a
 * policy that would be exceeded refuses (or warns, in warn-only mode); the strictest — the one
 * with the least room left — is named first. Pure and thread-safe.
 */
public final class Quotas {
    private Quotas() {
    }

    /**
     * The outcome of a quota check: the violations (enforced policies exceeded) and the decision
     * whose reasons list every policy's count, warnings included.
     *
     * @param violations the enforced policies exceeded, strictest first
     * @param decision the room left under the strictest policy, with a reason per policy
     */
    public record Check(List<BrokenRule> violations, Decision<Integer> decision) {
    }

    /**
     * Checks a new item.
     *
     * @param policies the policies in force
     * @param items the items already there
     * @param candidate the new item
     * @param today the day of the request
     * @return the violations and a decision whose value is the room left after the new item under
     *     the strictest applicable policy ({@link Integer#MAX_VALUE} when none applies)
     */
    public static Check check(Seq<QuotaPolicy> policies, Seq<QuotaItem> items, QuotaItem candidate,
            LocalDate today) {
        return check(policies, items, candidate, today, true);
    }

    /**
     * The check, with or without the policies that count something else among the rules not
     * applied: the ledger keeps only the violations and the reasons, so it does not make them.
     */
    static Check check(Seq<QuotaPolicy> policies, Seq<QuotaItem> items, QuotaItem candidate, LocalDate today,
            boolean otherCounts) {
        Require.nonNull(candidate, "candidate");
        List<QuotaPolicy> all = List.ofAll(policies);
        int adds = candidate.when().units();
        // each applicable policy counts once; the strictest is the first with the least room left
        int[] used = new int[all.size()];
        int room = Integer.MAX_VALUE;
        boolean anyApplies = false;
        int i = 0;
        for (QuotaPolicy p : all) {
            if (p.counts() == candidate.kind()) {
                used[i] = p.used(items, candidate, today);
                int left = p.limit() - used[i] - adds;
                if (!anyApplies || left < room) {
                    room = left;
                    anyApplies = true;
                }
            }
            i++;
        }
        // the decision is made once from its reasons (adding one at a time copies them each time)
        java.util.List<Reason> because = new java.util.ArrayList<>(all.size());
        java.util.List<Reason> notApplied = new java.util.ArrayList<>(all.size());
        java.util.List<io.vavr.Tuple2<Integer, BrokenRule>> violations = new java.util.ArrayList<>();
        i = 0;
        for (QuotaPolicy p : all) {
            int u = used[i++];
            int after = u + adds;
            if (p.counts() != candidate.kind()) {
                if (!otherCounts) {
                    continue;
                }
                notApplied.add(Reason.of(BookingRule.QUOTA, p.basis()).variant("other-count")
                        .withFigures("policy", p.name(), "counts", p.counts()));
            } else if (after > p.limit() && p.mode() == QuotaPolicy.Mode.WARN_ONLY) {
                because.add(Reason.of(BookingRule.QUOTA_WARNING, p.basis(), "used", u, "limit", p.limit())
                        .withFigures("policy", p.name(), "counts", p.counts(), "after", after)
                        .withFigures("period", p.period(), "scope", p.scope()));
            } else {
                Reason r = Reason.of(BookingRule.QUOTA, p.basis(), "used", u, "adds", adds, "limit", p.limit())
                        .withFigures("policy", p.name(), "counts", p.counts(), "after", after)
                        .withFigures("period", p.period(), "scope", p.scope());
                if (after > p.limit()) {
                    violations.add(io.vavr.Tuple.of(p.limit() - after, new BrokenRule(RefusalCode.QUOTA_EXCEEDED, r)));
                }
                because.add(r);
            }
        }
        // the strictest violation first; a stable sort keeps the policies' order among equals
        violations.sort(java.util.Comparator.comparing((io.vavr.Tuple2<Integer, BrokenRule> t) -> t._1));
        return new Check(List.ofAll(violations).map(t -> t._2), Decision.of(room, because, notApplied));
    }
}
