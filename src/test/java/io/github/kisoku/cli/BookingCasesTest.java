package io.github.kisoku.cli;

import static io.github.kisoku.cli.Cli.eval;
import static io.github.kisoku.cli.Cli.problems;
import static io.github.kisoku.cli.Cli.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code booking.request} case of the eval contract, on the bundled 西公民館 catalogue. */
class BookingCasesTest {
    static final String GROUP = "{\"id\":\"K0001\",\"name\":\"舞踊の会\",\"class\":\"GENERAL\",\"validUntil\":\"2027-03-31\"}";

    static String request(String ledger, String slots, String more) {
        return "{\"type\":\"booking.request\",\"id\":\"b\",\"catalogue\":\"nishi-kominkan-example\",\"ledger\":[" + ledger
                + "],\"group\":" + GROUP + ",\"unit\":\"nishi.kaigi-1\",\"date\":\"2026-08-05\",\"slots\":[" + slots
                + "],\"headcount\":8,\"purpose\":\"総会\",\"consent\":false,\"requestedAt\":\"2026-07-01T10:00\"" + more + "}";
    }

    @Test
    @DisplayName("manual §1: two consecutive slots on the new system are accepted and use one quota unit")
    void twoSlotsAccepted() {
        JsonNode r = result(eval(request("", "\"09:00-11:00\",\"11:00-13:00\"", "")));
        assertThat(r.get("accepted").asBoolean()).isTrue();
        assertThat(r.get("quotaUnits").asInt()).isEqualTo(1);
        assertThat(r.get("ruleSet").asText()).isEqualTo("NEW");
    }

    @Test
    @DisplayName("manual §1 3コマ以上の連続した予約: three slots in one reservation are refused, with a split")
    void threeSlotsRefusedWithASplit() {
        JsonNode r = result(eval(request("", "\"09:00-11:00\",\"11:00-13:00\",\"13:00-15:00\"", "")));
        assertThat(r.get("accepted").asBoolean()).isFalse();
        assertThat(r.get("refusals")).isNotEmpty();
        assertThat(r.get("suggestedSplit").isArray()).isTrue();
    }

    @Test
    void aSlotHeldInTheLedgerIsRefused() {
        String held = "{\"group\":{\"guest\":true,\"name\":\"茶道会\"},\"channel\":\"COUNTER\",\"unit\":\"nishi.kaigi-1\","
                + "\"date\":\"2026-08-05\",\"slots\":[\"09:00-11:00\"],\"headcount\":4,\"purpose\":\"茶道\","
                + "\"requestedAt\":\"2026-06-30T09:00\"}";
        JsonNode r = result(eval(request(held, "\"09:00-11:00\"", "")));
        assertThat(r.get("accepted").asBoolean()).isFalse();
        JsonNode free = result(eval(request(held, "\"11:00-13:00\"", "")));
        assertThat(free.get("accepted").asBoolean()).isTrue();
    }

    @Test
    void aCatalogueGivenAsJsonIsUsed() {
        String cat = "{\"facilities\":[{\"id\":\"f\",\"name\":\"テスト館\",\"kind\":\"公民館\",\"newSystemFrom\":\"2026-05-27\","
                + "\"slots\":[\"09:00-12:00\",\"13:00-17:00\"],\"units\":[{\"id\":\"f.a\",\"name\":\"A室\",\"room\":\"A\","
                + "\"blocks\":[1],\"capacity\":10}]}]}";
        String c = "{\"type\":\"booking.request\",\"id\":1,\"catalogue\":" + cat + ",\"ledger\":[],\"group\":" + GROUP
                + ",\"unit\":\"f.a\",\"date\":\"2026-08-05\",\"slots\":[\"09:00-12:00\"],\"headcount\":5,\"purpose\":\"会議\","
                + "\"requestedAt\":\"2026-07-01T10:00\"}";
        JsonNode r = result(eval(c));
        assertThat(r.get("accepted").asBoolean()).isTrue();
        JsonNode over = result(eval(c.replace("\"headcount\":5", "\"headcount\":11")));
        assertThat(over.get("accepted").asBoolean()).isFalse();
    }

    @Test
    void everyProblemOfABadRequestNamesItsField() {
        assertThat(problems(eval(request("{\"unit\":1}", "\"09:00-11:00\",\"9-11\",\"11:00-09:00\"",
                ",\"group\":{\"id\":\"K\",\"name\":\"x\",\"class\":\"CLUB\",\"validUntil\":\"2027-02-29\"}")
                .replace("\"group\":" + GROUP + ",", "").replace("\"2026-08-05\"", "\"2026-02-30\""))))
                .contains("ledger[0].unit:wrong-type", "ledger[0].group:required", "slots[1]:invalid-slot",
                        "group.class:unknown-value", "group.validUntil:invalid-date", "date:invalid-date");
        assertThat(problems(eval(request("", "\"09:00-11:00\"", "").replace("nishi.kaigi-1", "nishi.nowhere"))))
                .containsExactly("unit:unknown-id");
        assertThat(problems(eval(request("", "\"09:00-11:00\"", "").replace("\"nishi-kominkan-example\"", "\"tokyo\""))))
                .containsExactly("catalogue:unknown-id");
        assertThat(problems(eval(request("", "\"09:00-11:00\"", "").replace("2026-07-01T10:00", "2026-07-01 10:00"))))
                .containsExactly("requestedAt:invalid-date-time");
    }
}
