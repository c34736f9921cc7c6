package io.github.kisoku.bicycle;

import io.vavr.control.Option;

/** What applies to an act that gets no blue ticket (青切符に代わる手続). */
public sealed interface Instead permits Instead.CriminalProcedure, Instead.GuidanceAndWarning {
    /**
     * What applies, in Japanese and English, as the assessment and the command line show it, e.g.
     * {@code 指導警告 / guidance and warning}.
     *
     * @return the text
     */
    String describe();

    /**
     * The ordinary criminal procedure (刑事手続, 赤切符): the case goes to the prosecutor or, for a
     * juvenile, the family court.
     *
     * @param maximumPenalty the maximum penalty the seed prints for the act, if it prints one
     */
    record CriminalProcedure(Option<MaximumPenalty> maximumPenalty) implements Instead {
        @Override
        public String describe() {
            return "刑事手続（赤切符） / criminal procedure (red ticket)"
                    + maximumPenalty.map(p -> ": " + p.describe().ja() + " / " + p.describe().en()).getOrElse("");
        }
    }

    /** Guidance and a warning (指導警告), the treatment of riders under 16. */
    record GuidanceAndWarning() implements Instead {
        @Override
        public String describe() {
            return "指導警告 / guidance and warning";
        }
    }
}
