package io.github.kisoku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GolfExamplesTest {
    private static String run() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            GolfMonthlyAudit.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void monthlyAuditPrintsSummaryListsAndDifferences() {
        String out = run();
        assertThat(out).contains("rows read: 15, rejected: 1")
                .contains("rejected line 18.use_date")
                .contains("4級 課税（通常）: 3人 2,400円")
                .contains("4級 軽減（65歳以上70歳未満）: 2人 800円")
                .contains("2026-04-29 宇城 十子 生年月日 1956-02-29 [・○・]")
                .contains("(1)イ 2人")
                .contains("Computed total / 税額合計: 4,400円")
                .contains("Declared total / 申告額: 2,800円, difference -1,600円")
                .contains("004: declared 800円, computed 400円 (+400円)")
                .contains("012: declared 0円, computed 800円 (-800円)")
                .contains("not entered in the business-use register (form 3)")
                .contains("aged 18 on the use date (reached 18 on 2026-04-29)")
                .contains("2026-05-15 [unconfirmed]");
        assertThat(out).doesNotContain("001: declared");
    }
}
