package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Message;
import io.vavr.control.Option;

/** What applies to an act that gets no blue ticket (青切符に代わる手続). */
public sealed interface Instead permits Instead.CriminalProcedure, Instead.GuidanceAndWarning {
    /**
     * What applies, in Japanese and English, as the assessment and the command line show it, e.g.
     * 指導警告 and guidance and warning.
     *
     * @return the words, from the bicycle bundle
     */
    Message describe();

    /**
     * The ordinary criminal procedure (刑事手続, 赤切符): the case goes to the prosecutor or, for a
     * juvenile, the family court.
     *
     * @param maximumPenalty the maximum penalty the seed prints for the act, if it prints one
     */
    record CriminalProcedure(Option<MaximumPenalty> maximumPenalty) implements Instead {
        @Override
        public Message describe() {
            return maximumPenalty.isEmpty() ? BicycleRule.bundle().message("text.bicycle.criminal-procedure")
                    : BicycleRule.bundle().message("text.bicycle.criminal-procedure#penalty", "penalty",
                            maximumPenalty.get().describe());
        }
    }

    /** Guidance and a warning (指導警告), the treatment of riders under 16. */
    record GuidanceAndWarning() implements Instead {
        @Override
        public Message describe() {
            return BicycleRule.bundle().message("text.bicycle.guidance");
        }
    }
}
