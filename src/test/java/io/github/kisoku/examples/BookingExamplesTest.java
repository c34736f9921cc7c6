package io.github.kisoku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BookingExamplesTest {
    private static String run() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            BookingPlanAndLottery.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void planAndLottery() {
        String out = run();
        assertThat(out).contains("新: 会議室1号 2026-08-05 新システム: 09:00–13:00 + 13:00–15:00（持ちコマ数 2）");
        assertThat(out).contains("旧: 会議室1号 2026-08-05 旧システム: 09:00–15:00（持ちコマ数 3）");
        assertThat(out).contains("抽選で全部当たる確率: 1/6");
        assertThat(out).contains("判断: TOO_MANY_SLOTS", "新システムでは連続したコマは2コマまで");
        assertThat(out).contains("algorithm: kisoku-lottery/1", "pool-hash: ", "seed: 2026-08-kawaguchi-example-seed");
        // the month end 2026-08-31 is a Monday, a closed day in the example: the deadline moves back to 08-30
        assertThat(out).contains("支払期限 2026-08-30T17:00");
        assertThat(out).contains("replay: true");
        // L-004 won 日本間2号 and cancels; the first alternate on that block, L-003, moves up (L-001 stays blocked by L-002)
        assertThat(out).contains("winners: L-004,L-002", "alternates: L-003,L-001", "繰り上げ当選 L-003");
        assertThat(out).doesNotContain("繰り上げ当選 L-001");
        assertThat(out).contains("台帳: Ledger[5 reservations, 4 live]");
        assertThat(out.lines().filter(l -> l.startsWith("仮予約 ")).count()).isEqualTo(2);
    }
}
