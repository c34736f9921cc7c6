package io.github.kisoku.booking;

import static io.github.kisoku.booking.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AvailabilityGridTest {
    @Test
    @DisplayName("manual §4/§5: ○ free, × taken (through a joined room's blocks), 抽 in a lottery period, 休 closed")
    void marks() {
        LocalDate tue = LocalDate.of(2026, 8, 4);
        BookingRequest whole = BookingRequest.of(DANCE, WASHITSU.id(), tue, List.of(S9)).withHeadcount(5)
                .withPurpose("句会");
        Ledger l = Ledger.empty(NISHI, BookingSettings.defaults().withClosedDays("nishi", mondays()))
                .request(whole, NOW).get().ledger();
        LotteryPeriod august = new LotteryPeriod(YearMonth.of(2026, 8), LocalDateTime.of(2026, 6, 1, 0, 0),
                LocalDateTime.of(2026, 6, 16, 0, 0));
        AvailabilityGrid g = AvailabilityGrid.of(l, WASHITSU_1, LocalDate.of(2026, 8, 3), tue, List.of(august), NOW);
        assertThat(g.at(tue, S9)).contains(AvailabilityGrid.Mark.TAKEN);
        assertThat(g.at(tue, S11)).contains(AvailabilityGrid.Mark.LOTTERY);
        assertThat(g.at(LocalDate.of(2026, 8, 3), S9)).contains(AvailabilityGrid.Mark.CLOSED);
        AvailabilityGrid later = AvailabilityGrid.of(l, WASHITSU_1, tue, tue, List.of(august),
                LocalDateTime.of(2026, 7, 1, 9, 0));
        assertThat(later.at(tue, S11)).contains(AvailabilityGrid.Mark.FREE);
        assertThat(g.render()).contains("×", "抽", "休");
    }
}
