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
        Require.nonNull(candidate, "candidate");
        List<QuotaPolicy> applicable = List.ofAll(policies).filter(p -> p.counts() == candidate.kind())
                .sortBy(p -> p.limit() - p.used(items, candidate, today) - candidate.when().units());
        int room = applicable.headOption()
                .map(p -> p.limit() - p.used(items, candidate, today) - candidate.when().units())
                .getOrElse(Integer.MAX_VALUE);
        Decision<Integer> d = Decision.of(room);
        List<io.vavr.Tuple2<Integer, BrokenRule>> violations = List.empty();
        for (QuotaPolicy p : List.ofAll(policies)) {
            int used = p.used(items, candidate, today);
            int after = used + candidate.when().units();
            Reason r = Reason.of(BookingRule.QUOTA, p.basis())
                    .withFigures("used", used, "adds", candidate.when().units(), "limit", p.limit())
                    .withFigures("policy", p.name(), "counts", p.counts(), "after", after)
                    .withFigures("period", p.period(), "scope", p.scope());
            if (p.counts() != candidate.kind()) {
                d = d.notApplied(Reason.of(BookingRule.QUOTA, p.basis()).variant("other-count")
                        .withFigures("policy", p.name(), "counts", p.counts()));
            } else if (after > p.limit() && p.mode() == QuotaPolicy.Mode.ENFORCE) {
                violations = violations.append(io.vavr.Tuple.of(p.limit() - after,
                        new BrokenRule(RefusalCode.QUOTA_EXCEEDED, r)));
                d = d.because(r);
            } else if (after > p.limit()) {
                d = d.because(Reason.of(BookingRule.QUOTA_WARNING, p.basis())
                        .withFigures("used", used, "limit", p.limit())
                        .withFigures("policy", p.name(), "counts", p.counts(), "after", after)
                        .withFigures("period", p.period(), "scope", p.scope()));
            } else {
                d = d.because(r);
            }
        }
        return new Check(violations.sortBy(t -> t._1).map(t -> t._2), d);
    }
}
