package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Require;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;

/**
 * The answer for one visit (課税判定): the treatment, the tax in yen and the evidence the course
 * must see or keep for it. Carried in a {@link io.github.kisoku.kernel.Decision} with the
 * reasons. Immutable and thread-safe.
 *
 * @param treatment the treatment
 * @param tax the tax for the visit
 * @param evidence what the course must see, take or record; empty only for the standard rate
 * @param missing the facts left out that a rule which could apply needs, each with that rule;
 *     empty when the answer is whole. While it is not empty, the treatment and tax are those that
 *     hold if none of those rules applies.
 */
public record VisitAssessment(Treatment treatment, Yen tax, List<Evidence> evidence, List<MissingFact> missing)
        implements Described {
    /**
     * Checks that all parts are given.
     *
     * @param treatment the treatment
     * @param tax the tax
     * @param evidence the evidence
     * @param missing the facts still needed
     */
    public VisitAssessment {
        Require.nonNull(treatment, "treatment");
        Require.nonNull(tax, "tax");
        Require.nonNull(evidence, "evidence");
        Require.nonNull(missing, "missing");
    }

    /**
     * A whole answer: no fact is missing.
     *
     * @param treatment the treatment
     * @param tax the tax
     * @param evidence the evidence
     */
    public VisitAssessment(Treatment treatment, Yen tax, List<Evidence> evidence) {
        this(treatment, tax, evidence, List.empty());
    }

    /**
     * {@return whether the treatment is final: no missing fact could change it}
     */
    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * The assessment in short, as the {@code assessment.summary} text says it: the treatment and
     * the tax, e.g. {@code 課税（通常）、税額 800円} / {@code standard rate, tax 800円}.
     *
     * @return the words in both languages
     */
    @Override
    public Message describe() {
        return GolfWords.text("assessment.summary", "treatment", treatment.describe(), "tax", tax);
    }
}
