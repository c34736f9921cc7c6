package io.github.kisoku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BicycleExamplesTest {
    private static String run(Runnable main) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("BicycleAssessOffence: blue ticket with timeline, under 16, before the start, unconfirmed amount")
    void assessOffence() {
        String out = run(() -> BicycleAssessOffence.main(new String[0]));
        assertThat(out).contains("判断: 青切符: 信号無視（赤色等） — 反則金 6,000円",
                "Decision: blue ticket: Disregarding a traffic signal (red etc.) — penalty 6,000円")
                .contains("→ 2026-04-13（法定の末日 2026-04-11、銀行休業日の繰越し 2026-04-13）")
                .contains("[6,940円] → 2026-04-30")
                .contains("→ 指導警告", "→ guidance and warning", "age at the moment of the act: 15")
                .contains("青切符制度の施行前", "5万円以下の罰金")
                .contains("反則金 10,000円", "Confidence: unconfirmed");
    }

    @Test
    @DisplayName("BicycleRidersCourse: the act at 13 does not count; met on 2027-03-15; attend by 2027-07-29")
    void ridersCourse() {
        String out = run(() -> BicycleRidersCourse.main(new String[0]));
        assertThat(out).contains("判断: 要件を満たさない（数えた危険行為 1 回）", "Decision: condition not met (1 dangerous acts counted)")
                .contains("判断: 要件を満たす（数えた危険行為 2 回）")
                .contains("(under 14) and does not count")
                .contains("判断: 2027-07-29")
                .contains("5万円以下の罰金");
    }
}
