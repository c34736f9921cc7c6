package io.github.kisoku.bicycle;

import io.github.kisoku.kernel.Described;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;

/**
 * The answer to "does this act get a blue ticket?" (青切符の判定): either a {@link BlueTicket}
 * with its 反則金, or {@link OutsideSystem} with why not and what applies instead.
 */
public sealed interface TicketAssessment extends Described permits TicketAssessment.BlueTicket, TicketAssessment.OutsideSystem {
    /**
     * A blue ticket (青切符, 交通反則告知書) with the 反則金 of the violation's row.
     *
     * @param violation the row of the table
     * @param amount the 反則金
     */
    record BlueTicket(Violation violation, Yen amount) implements TicketAssessment {
        @Override
        public Message describe() {
            return BicycleRule.bundle().message("text.bicycle.blue-ticket", "violation", violation.name(), "amount", amount);
        }
    }

    /**
     * No blue ticket: every reason found, in the order checked, and what applies instead.
     *
     * @param exclusions why not, at least one
     * @param instead what applies instead
     */
    record OutsideSystem(List<Exclusion> exclusions, Instead instead) implements TicketAssessment {
        @Override
        public Message describe() {
            return BicycleRule.bundle().message("text.bicycle.outside-system", "exclusions", exclusions,
                    "instead", instead.describe());
        }
    }
}
