package io.github.kisoku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.bicycle.TicketAssessment;
import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.bicycle.OffenceAssessor;
import io.github.kisoku.bicycle.TicketCase;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Language;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's usage example, kept compiling and true. */
class ReadmeUsageTest {
    @Test
    void theReadmeExampleGivesARedLightTicketAndItsTimeline() {
        Offence redLight = Offence.builder()
                .violation("SIGNAL_VIOLATION")
                .on(LocalDate.of(2026, 4, 4))
                .riderBornOn(LocalDate.of(1985, 7, 20))
                .build();
        Decision<TicketAssessment> decision = OffenceAssessor.assess(redLight);
        String english = decision.render(Language.EN);
        TicketCase ticket = TicketCase.open(redLight, (TicketAssessment.BlueTicket) decision.value(),
                redLight.date(), Option.none()).get();
        String timeline = ticket.timeline().render(Language.JA);

        // 信号無視 (赤色灯火) is 6,000 yen in the Kanagawa schedule (violations.csv SIGNAL_VIOLATION).
        assertThat(english).contains("6,000");
        // 7 days counted from the day after the ticket (民法140条): 2026-04-11, a Saturday; rolled to Monday.
        assertThat(timeline).contains("法定の末日 2026-04-11").contains("→ 2026-04-13");
    }
}
