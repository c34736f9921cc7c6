package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Figures;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A check that could apply but reads a fact the caller left out (issue 16): its not-applied
 * reason has the variant {@code missing} (or {@code missing.<detail>}) and the figure
 * {@code facts}, the facts it needs. The order goes on as if it did not apply, and the answer
 * lists the facts in {@link VisitAssessment#missing()}. Static functions only; thread-safe.
 */
final class Missing {
    /** The figure of a missing-fact reason that lists the facts. */
    static final String FACTS = "facts";
    /** The basis of a missing-fact reason: kisoku ruling 12 (ask only for facts that change the answer). */
    static final LegalBasis ASKED = Sources.ruling(12, "a fact is asked for only when a rule that could apply reads it");

    private Missing() {
    }

    /** {@return the not-applied reason of {@code rule} that says it needs {@code facts}} */
    static Either<Reason, Applied> needs(GolfRule rule, List<GolfFact> facts) {
        return Either.left(Reason.of(rule, ASKED).variant("missing").withFigure(FACTS, facts));
    }

    /** {@return the same, with figures of the case before the facts (e.g. the age)} */
    static Reason needs(Reason said, List<GolfFact> facts) {
        return said.withFigure(FACTS, facts);
    }

    /** {@return the facts a not-applied reason says its rule needs, each with the rule} */
    static List<MissingFact> facts(Reason why) {
        // the variant first: every visit asks this of about ten reasons, few of them say "missing",
        // and a reason's figures are of five kinds, each call to them a call the JIT cannot inline
        if (why.variant().isEmpty() || !why.variant().get().startsWith("missing")) {
            return List.empty();
        }
        Figures figures = why.figures();
        for (int i = 0; i < figures.size(); i++) {
            if (FACTS.equals(figures.name(i)) && figures.value(i) instanceof List<?> facts) {
                GolfRule rule = (GolfRule) why.rule();
                return facts.map(f -> new MissingFact((GolfFact) f, rule));
            }
        }
        return List.empty();
    }
}
