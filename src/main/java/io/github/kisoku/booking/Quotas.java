package io.github.kisoku.booking;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Require;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
     * The check as the ledger makes it: the violations, strictest first, and then every other
     * policy's reason written straight into the ledger's assessment; the policies that count
     * something else are left out (the ledger keeps only the violations and the reasons).
     */
    static void checkInto(RequestAssessment.Draft draft, Seq<QuotaPolicy> policies, Seq<QuotaItem> items,
            QuotaItem candidate, LocalDate today) {
        // a violation is said once, as a violation: its reason does not go among the others (a reason
        // equal to a violation's is one: it has the same limit and the same count after)
        java.util.List<io.vavr.Tuple2<Integer, BrokenRule>> violations = new java.util.ArrayList<>(0);
        count(List.ofAll(policies), items, candidate, today, false, draft::because, false, draft::notApplied,
                violations);
        for (io.vavr.Tuple2<Integer, BrokenRule> v : violations) {
            draft.violate(v._2.code(), v._2.reason());
        }
    }

    /**
     * The check, with or without the policies that count something else among the rules not
     * applied.
     */
    static Check check(Seq<QuotaPolicy> policies, Seq<QuotaItem> items, QuotaItem candidate, LocalDate today,
            boolean otherCounts) {
        List<QuotaPolicy> all = List.ofAll(policies);
        // the decision is made once from its reasons (adding one at a time copies them each time)
        java.util.List<Reason> because = new java.util.ArrayList<>(all.size());
        java.util.List<Reason> notApplied = new java.util.ArrayList<>(all.size());
        java.util.List<io.vavr.Tuple2<Integer, BrokenRule>> violations = new java.util.ArrayList<>();
        int room = count(all, items, candidate, today, otherCounts, because::add, true, notApplied::add, violations);
        return new Check(List.ofAll(violations).map(t -> t._2), Decision.of(room, because, notApplied));
    }

    /**
     * Counts every policy for a new item: each policy's reason goes to {@code because} (an exceeded
     * one only when {@code violatedToo}; or, for a policy counting something else, to
     * {@code notApplied} when asked for), each enforced policy exceeded to {@code violations},
     * strictest first.
     *
     * @return the room left after the new item under the strictest applicable policy
     */
    private static int count(List<QuotaPolicy> all, Seq<QuotaItem> items, QuotaItem candidate, LocalDate today,
            boolean otherCounts, java.util.function.Consumer<Reason> because, boolean violatedToo,
            java.util.function.Consumer<Reason> notApplied, java.util.List<io.vavr.Tuple2<Integer, BrokenRule>> violations) {
        Require.nonNull(candidate, "candidate");
        int adds = candidate.when().units();
        // each applicable policy counts once; the strictest is the first with the least room left
        int room = Integer.MAX_VALUE;
        boolean anyApplies = false;
        for (QuotaPolicy p : all) {
            if (p.counts() != candidate.kind()) {
                if (otherCounts) {
                    notApplied.accept(Reason.of(BookingRule.QUOTA, p.basis()).variant("other-count")
                            .withFigures("policy", p.name(), "counts", p.counts()));
                }
                continue;
            }
            int u = p.used(items, candidate, today);
            int after = u + adds;
            int left = p.limit() - after;
            if (!anyApplies || left < room) {
                room = left;
                anyApplies = true;
            }
            // each reason made in one step: it carries seven or eight figures
            if (after > p.limit() && p.mode() == QuotaPolicy.Mode.WARN_ONLY) {
                because.accept(BookingRule.reason(BookingRule.QUOTA_WARNING, Option.none(), p.basis(), "used", u,
                        "limit", p.limit(), "policy", p.name(), "counts", p.counts(), "after", after,
                        "period", p.period(), "scope", p.scope()));
            } else {
                Reason r = BookingRule.reason(BookingRule.QUOTA, Option.none(), p.basis(), "used", u, "adds", adds,
                        "limit", p.limit(), "policy", p.name(), "counts", p.counts(), "after", after,
                        "period", p.period(), "scope", p.scope());
                if (after > p.limit()) {
                    violations.add(io.vavr.Tuple.of(p.limit() - after, new BrokenRule(RefusalCode.QUOTA_EXCEEDED, r)));
                }
                if (violatedToo || after <= p.limit()) {
                    because.accept(r);
                }
            }
        }
        // the strictest violation first; a stable sort keeps the policies' order among equals
        violations.sort(java.util.Comparator.comparing((io.vavr.Tuple2<Integer, BrokenRule> t) -> t._1));
        return room;
    }
}
