package io.github.kisoku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalendarExamplesTest {
    private static String run() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CalendarDeadlines.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void calendarDeadlinesPrintsHolidaysTheRolledDeadlineAndBothAges() {
        String printed = run();
        assertThat(printed).contains("2026-04-29 昭和の日 — 国民の祝日に関する法律 第2条（昭和の日）")
                .contains("2026-05-06 振替休日（憲法記念日） — 国民の祝日に関する法律 第3条第2項")
                .contains("last day 2026-05-05, moved to 2026-05-07")
                .contains("skipped 2026-05-05 こどもの日").contains("skipped 2026-05-06 振替休日（憲法記念日）")
                .contains(": 15 at the moment of an act, 16 as of the date");
        assertThat(printed).doesNotContain("2026-07-20");
    }
}
