package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Map;

/**
 * Prints an answer of the contract for a clerk: the result, then each reason in Japanese and
 * English with its basis and confidence, then the rules checked that did not apply. It reads the
 * same JSON that {@code --json} prints, so the two outputs never disagree.
 */
final class Human {
    /** The result lists printed one element a line (booking steps, ledgers, grids, holds, fee lines). */
    private static final java.util.Set<String> LISTS = java.util.Set.of("steps", "ledger", "days", "holds", "lines",
            "failures", "promoted");

    private Human() {
    }

    static void print(JsonNode answer, PrintStream out) {
        if (!answer.path("ok").asBoolean()) {
            problems(answer, out);
            return;
        }
        out.println("判定 / result:");
        for (Map.Entry<String, JsonNode> e : answer.get("result").properties()) {
            JsonNode v = e.getValue();
            if (LISTS.contains(e.getKey()) && v.isArray() && !v.isEmpty()) {
                // a step, a reservation, a day of a grid: one a line, so a clerk can follow them
                out.println("  " + e.getKey() + ":");
                v.forEach(item -> out.println("    - " + item));
            } else {
                out.println("  " + e.getKey() + ": " + (v.isTextual() ? v.asText() : v));
            }
        }
        out.println("確度 / confidence: " + answer.path("confidence").asText());
        reasons("理由 / reasons:", answer.get("reasons"), out);
        reasons("確認したが適用しなかった規定 / checked, did not apply:", answer.get("notApplied"), out);
    }

    static void problems(JsonNode answer, PrintStream out) {
        out.println("入力に誤りがあります / the input has problems:");
        for (JsonNode p : answer.get("problems")) {
            out.println("  " + p.get("field").asText() + " [" + p.get("code").asText() + "]: " + p.get("ja").asText()
                    + " / " + p.get("en").asText());
        }
    }

    private static void reasons(String title, JsonNode reasons, PrintStream out) {
        if (reasons == null || reasons.isEmpty()) {
            return;
        }
        out.println(title);
        for (JsonNode r : reasons) {
            out.println("  - " + r.get("ja").asText());
            out.println("    " + r.get("en").asText());
            out.println("    根拠 / basis: " + r.get("basis").asText() + " [" + r.get("confidence").asText() + "]"
                    + (r.has("figures") ? " " + r.get("figures") : ""));
        }
    }
}
