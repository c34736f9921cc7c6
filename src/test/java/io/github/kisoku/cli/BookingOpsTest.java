package io.github.kisoku.cli;

import static io.github.kisoku.cli.Cli.eval;
import static io.github.kisoku.cli.Cli.problems;
import static io.github.kisoku.cli.Cli.result;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.listsOf;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The booking operations as data (issue 16 §3): settings in the case, {@code booking.book},
 * {@code booking.lottery} and its re-run from the log, {@code booking.plan}, {@code booking.grid}
 * and {@code booking.fee}, through {@code eval} as a caller sends them.
 */
class BookingOpsTest {
    static final String CAT = "\"catalogue\":\"nishi-kominkan-example\"";
    static final String GROUP = BookingCasesTest.GROUP;
    static final String SEED = "{\"seed\":\"s-1\",\"committedAt\":\"2026-08-01T00:00\",\"source\":\"published 2026-08-01\"}";

    static String settingsFile() throws IOException {
        // one line of eval input: the file's JSON without its line breaks
        return Json.line(Cli.parse(Files.readString(Path.of("examples/data/booking/settings-example.json"),
                StandardCharsets.UTF_8)));
    }

    static String request(String unit, String date, String slots, String more) {
        return "\"group\":" + GROUP + ",\"unit\":\"" + unit + "\",\"date\":\"" + date + "\",\"slots\":[" + slots
                + "],\"headcount\":8,\"purpose\":\"総会\"" + more;
    }

    static String book(String settings, String... ops) {
        return "{\"type\":\"booking.book\",\"id\":\"b\"," + CAT + settings + ",\"operations\":["
                + String.join(",", ops) + "]}";
    }

    @Test
    @DisplayName("settings change the answer: the example file's first-come window refuses a request made before it opens")
    void theSettingsOfTheCaseDecide() throws IOException {
        String op = "{\"op\":\"request\",\"at\":\"2026-07-01T10:00\"," + request("nishi.kaigi-1", "2026-08-05",
                "\"09:00-11:00\"", "") + "}";
        JsonNode without = eval(book("", op));
        assertThat(result(without).at("/steps/0/done").asBoolean()).isTrue();
        JsonNode with = eval(book(",\"settings\":" + settingsFile(), op));
        JsonNode step = result(with).at("/steps/0");
        assertThat(step.get("done").asBoolean()).isFalse();
        assertThat(step.get("refusals").toString()).contains("WINDOW");
        assertThat(with.get("confidence").asText()).isEqualTo("UNCONFIRMED");
        // every caller-supplied figure says so in its basis
        assertThat(with.toString()).contains("caller-supplied setting");
    }

    @Test
    @DisplayName("booking.book: each step is answered and the ledger after them is given")
    void operationsOnALedger() throws IOException {
        JsonNode a = eval(book(",\"settings\":" + settingsFile(),
                "{\"op\":\"request\",\"at\":\"2026-07-16T10:00\"," + request("nishi.kaigi-1", "2026-08-05",
                        "\"09:00-11:00\",\"11:00-13:00\"", "") + "}",
                "{\"op\":\"request\",\"at\":\"2026-07-16T10:01\"," + request("nishi.kaigi-1", "2026-08-05",
                        "\"09:00-11:00\"", "") + "}",
                "{\"op\":\"pay\",\"at\":\"2026-07-17T10:00\",\"reservation\":1}",
                "{\"op\":\"pay\",\"at\":\"2026-07-17T10:01\",\"reservation\":9}",
                "{\"op\":\"cancel\",\"at\":\"2026-07-20T10:00\",\"reservation\":1}"));
        JsonNode r = result(a);
        assertThat(List.ofAll(r.get("steps")).map(s -> s.get("done").asBoolean()))
                .containsExactly(true, false, true, false, true);
        assertThat(r.at("/steps/1/refusals").toString()).contains("TAKEN");
        assertThat(r.at("/steps/3/refusals").toString()).contains("UNKNOWN_RESERVATION");
        assertThat(r.at("/steps/0/reservation/paymentDeadline").asText()).isEqualTo("2026-07-23T17:00");
        assertThat(r.at("/ledger/0/status").asText()).isEqualTo("CANCELLED");
        assertThat(r.at("/ledger/0/statusJa").asText()).isEqualTo("取消");
        assertThat(r.get("live").asInt()).isZero();
        assertThat(r.at("/steps/4/reasons").toString()).contains("booking.cancel.deadline");
    }

    @Test
    @DisplayName("booking.book: an unpaid hold expires after its deadline, and a late payment is refused")
    void holdsExpire() {
        JsonNode r = result(eval(book("",
                "{\"op\":\"request\",\"at\":\"2026-07-01T10:00\",\"method\":\"PRIORITY\"," + request("nishi.kaigi-1",
                        "2026-08-05", "\"09:00-11:00\"", "") + "}",
                "{\"op\":\"expire\",\"at\":\"2026-07-31T17:01\"}",
                "{\"op\":\"confirm\",\"at\":\"2026-07-31T17:02\",\"reservation\":1}")));
        assertThat(r.at("/steps/0/reservation/paymentDeadline").asText()).isEqualTo("2026-07-31T17:00");
        assertThat(r.at("/steps/1/expired").toString()).isEqualTo("[1]");
        assertThat(r.at("/steps/2/done").asBoolean()).isFalse();
        assertThat(r.at("/ledger/0/status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    @DisplayName("bad settings and operations: every problem at once, each with its path")
    void everyProblemAtOnce() {
        String settings = ",\"settings\":{\"inForceFrom\":\"2026-02-30\",\"closedDays\":[{\"facility\":\"tokyo\","
                + "\"weekdays\":[\"MON\"]}],\"windows\":[{\"method\":\"ONLINE\",\"monthsBefore\":99,\"dayOfMonth\":0,"
                + "\"at\":\"9時\"}],\"quotas\":[{\"limit\":1}],\"payment\":[{\"method\":\"LOTTERY\",\"monthEnd\":true,"
                + "\"daysAfterRequest\":3,\"at\":\"17:00\"}],\"cancellation\":[{\"facility\":\"nishi\",\"daysBefore\":-1,"
                + "\"at\":\"17:00\"}],\"lotteries\":[{\"useMonth\":\"2026-13\",\"opens\":\"2026-08-10T00:00\","
                + "\"closes\":\"2026-08-01T00:00\"}],\"fees\":{\"rounding\":{\"mode\":\"SIDEWAYS\",\"unit\":0}},"
                + "\"colour\":\"red\"}";
        JsonNode a = eval(book(settings, "{\"op\":\"cancel\",\"at\":\"2026-07-01T10:00\"}",
                "{\"op\":\"expire\",\"at\":\"2026-06-01T10:00\"}"));
        assertThat(problems(a)).contains("settings.inForceFrom:invalid-date", "settings.closedDays[0].facility:unknown-id",
                "settings.closedDays[0].weekdays[0]:unknown-value", "settings.windows[0].method:unknown-value",
                "settings.windows[0].monthsBefore:out-of-range", "settings.windows[0].dayOfMonth:out-of-range",
                "settings.windows[0].at:invalid-time", "settings.quotas[0].name:required",
                "settings.quotas[0].period:required", "settings.payment[0].daysAfterRequest:one-of",
                "settings.cancellation[0].daysBefore:out-of-range", "settings.lotteries[0].useMonth:invalid-month",
                "settings.fees.rounding.mode:unknown-value", "settings.fees.rounding.unit:out-of-range",
                "settings.colour:unknown-field", "operations[0].reservation:required");
        for (JsonNode p : a.get("problems")) {
            assertThat(p.get("ja").asText()).isNotBlank();
            assertThat(p.get("en").asText()).isNotBlank();
        }
        assertThat(problems(eval(book("", "{\"op\":\"expire\",\"at\":\"2026-07-02T10:00\"}",
                "{\"op\":\"expire\",\"at\":\"2026-07-01T10:00\"}")))).containsExactly("operations[1].at:out-of-order");
    }

    @Test
    @DisplayName("a batch of every new case type keeps its order and loses nothing to a bad line")
    void nothingLostInABatch() {
        String cases = String.join("\n",
                "{\"type\":\"booking.plan\",\"id\":1," + CAT + ",\"unit\":\"nishi.kaigi-1\",\"date\":\"2026-08-05\","
                        + "\"from\":\"09:00\",\"to\":\"13:00\"}",
                "{\"type\":\"booking.grid\",\"id\":2," + CAT + ",\"unit\":\"nishi.kaigi-1\",\"from\":\"2026-08-05\"}",
                "not json",
                "{\"type\":\"account.password\",\"id\":3,\"password\":\"Abc12345\"}",
                "{\"type\":\"booking.fee\",\"id\":4," + CAT + ",\"unit\":\"nishi.hall\",\"slots\":[\"11:00-13:00\"]}",
                "{\"type\":\"account.renewal\",\"id\":5,\"validUntil\":\"2027-03-31\",\"renewalDate\":\"2027-03-01\","
                        + "\"ruleSet\":\"NEW\"}") + "\n";
        Cli.Run run = Cli.run(cases, "eval");
        assertThat(run.code()).isZero();
        assertThat(run.answers().map(x -> x.get("ok").asBoolean())).containsExactly(true, false, false, true, true, true);
        assertThat(run.answers().map(x -> x.get("id").asText())).containsExactly("1", "2", "null", "3", "4", "5");
    }

    static String lottery(String applications, String more) {
        return "{\"type\":\"booking.lottery\",\"id\":\"l\"," + CAT + ",\"applications\":[" + applications
                + "],\"closedAt\":\"2026-08-10T17:00\",\"seed\":" + SEED + more + "}";
    }

    static String application(String id, String unit, String slot) {
        return "{\"id\":\"" + id + "\"," + request(unit, "2026-10-10", "\"" + slot + "\"", "").replace("\"headcount\":8",
                "\"headcount\":4") + "}";
    }

    static JsonNode rerun(JsonNode drawn) {
        ObjectNode c = Json.object().put("type", "booking.lottery").put("id", "r");
        c.put("log", drawn.at("/result/log").asText());
        return eval(Json.line(c));
    }

    @Test
    @DisplayName("booking.lottery: a draw through eval re-runs from its log to the same winners")
    void aDrawReRunsFromItsLog() {
        JsonNode drawn = eval(lottery(String.join(",", application("L-1", "nishi.washitsu", "09:00-11:00"),
                application("L-2", "nishi.washitsu-1", "09:00-11:00"), application("L-3", "nishi.washitsu-2",
                        "09:00-11:00")), ""));
        JsonNode r = result(drawn);
        assertThat(r.get("reproduced").asBoolean()).isTrue();
        assertThat(drawn.at("/reasons/0/rule").asText()).isEqualTo("booking.lottery.draw");
        JsonNode again = rerun(drawn);
        assertThat(result(again).get("winners")).isEqualTo(r.get("winners"));
        assertThat(result(again).get("alternates")).isEqualTo(r.get("alternates"));
        assertThat(result(again).get("reproduced").asBoolean()).isTrue();
        // a log whose winners were changed does not re-run to itself
        String winners = r.get("winners").toString().replaceAll("[\\[\\]\"]", "");
        String forged = r.get("log").asText().replace("winners: " + winners, "winners: L-9");
        ObjectNode c = Json.object().put("type", "booking.lottery").put("id", "f").put("log", forged);
        assertThat(result(eval(Json.line(c))).get("reproduced").asBoolean()).isFalse();
        assertThat(problems(eval("{\"type\":\"booking.lottery\",\"id\":\"x\",\"log\":\"algorithm: x\"," + CAT + "}")))
                .contains("catalogue:one-of");
    }

    @Test
    @DisplayName("property: any lottery drawn through eval re-runs from its log to the same winners and alternates")
    void everyDrawReRuns() {
        property(60).forAll(listsOf(ints(0, 5), 1, 8), oneOf("s-1", "2026-08 seed", "種")).checkAssert((picks, seed) -> {
            List<String> units = List.of("nishi.washitsu", "nishi.washitsu-1", "nishi.washitsu-2");
            List<String> slots = List.of("09:00-11:00", "11:00-13:00");
            String apps = List.ofAll(picks).zipWithIndex().map(t -> application("A-" + t._2, units.get(t._1 % 3),
                    slots.get(t._1 / 3))).mkString(",");
            JsonNode drawn = eval(lottery(apps, "").replace("\"s-1\"", "\"" + seed + "\""));
            JsonNode again = rerun(drawn);
            assertThat(result(again).get("winners")).isEqualTo(result(drawn).get("winners"));
            assertThat(result(again).get("alternates")).isEqualTo(result(drawn).get("alternates"));
            assertThat(result(again).get("reproduced").asBoolean()).isTrue();
            assertThat(result(drawn).get("winners").size() + result(drawn).get("alternates").size())
                    .isEqualTo(picks.size());
        });
    }

    @Test
    @DisplayName("booking.lottery: winners entered at a time become holds with the settings' payment deadline")
    void winnersBecomeHolds() throws IOException {
        JsonNode r = result(eval(lottery(application("L-1", "nishi.washitsu", "09:00-11:00"), ",\"settings\":"
                + settingsFile() + ",\"enterAt\":\"2026-08-16T09:00\"")));
        assertThat(r.at("/holds/0/reservation/method").asText()).isEqualTo("LOTTERY");
        // 2026-08-31 is a Monday, closed in the example settings: the month-end deadline moves back, not forward
        assertThat(r.at("/holds/0/reservation/paymentDeadline").asText()).isEqualTo("2026-08-30T17:00");
    }

    @Test
    @DisplayName("booking.plan and booking.grid answer from the case")
    void planAndGrid() throws IOException {
        JsonNode plan = result(eval("{\"type\":\"booking.plan\",\"id\":1," + CAT + ",\"unit\":\"nishi.kaigi-1\","
                + "\"date\":\"2026-08-05\",\"from\":\"09:00\",\"to\":\"15:00\",\"othersPerSlot\":{\"09:00-11:00\":2}}"));
        assertThat(plan.get("quotaUnits").asInt()).isEqualTo(2);
        assertThat(plan.get("lotteryChance").asText()).isEqualTo("1/3");
        JsonNode grid = eval("{\"type\":\"booking.grid\",\"id\":1," + CAT + ",\"settings\":" + settingsFile()
                + ",\"unit\":\"nishi.kaigi-1\",\"from\":\"2026-08-10\",\"to\":\"2026-08-13\",\"at\":\"2026-07-01T10:00\"}");
        assertThat(List.ofAll(result(grid).get("days")).map(d -> d.get("symbols").asText()))
                .containsExactly("休休休休休休", "○○○○○○", "○○○○○○", "休休休休休休");
        assertThat(grid.at("/reasons/1/basis").asText()).contains("caller-supplied setting");
        JsonNode lottery = eval("{\"type\":\"booking.grid\",\"id\":1," + CAT + ",\"settings\":" + settingsFile()
                + ",\"unit\":\"nishi.kaigi-1\",\"from\":\"2026-10-10\",\"to\":\"2026-10-10\",\"at\":\"2026-08-05T10:00\"}");
        assertThat(lottery.at("/result/days/0/symbols").asText()).isEqualTo("抽抽抽抽抽抽");
        assertThat(lottery.at("/reasons/2/rule").asText()).isEqualTo("booking.grid");
        assertThat(lottery.at("/reasons/2/figures/useMonth").asText()).isEqualTo("2026-10");
    }

    @Test
    @DisplayName("booking.fee: 加算 and 減免 of the settings, each on its own component, rounded as set")
    void feeWithAdjustments() throws IOException {
        JsonNode a = eval("{\"type\":\"booking.fee\",\"id\":1," + CAT + ",\"settings\":" + settingsFile()
                + ",\"unit\":\"nishi.kaigi-1\",\"slots\":[\"09:00-11:00\",\"11:00-13:00\"],\"groupClass\":\"GENERAL\","
                + "\"charges\":{\"EQUIPMENT\":333,\"FITTINGS\":1000},\"adjustments\":{\"FACILITY\":\"half\","
                + "\"EQUIPMENT\":\"commercial\",\"FITTINGS\":\"full\"}}");
        JsonNode r = result(a);
        assertThat(List.ofAll(r.get("lines")).map(l -> l.get("adjustedYen").asLong())).containsExactly(800L, 490L, 0L);
        assertThat(r.get("totalYen").asLong()).isEqualTo(1290);
        JsonNode social = result(eval("{\"type\":\"booking.fee\",\"id\":1," + CAT + ",\"settings\":" + settingsFile()
                + ",\"unit\":\"nishi.kaigi-1\",\"slots\":[\"09:00-11:00\"],\"groupClass\":\"SOCIAL_EDUCATION\"}"));
        assertThat(social.get("totalYen").asLong()).isEqualTo(400);
        assertThat(problems(eval("{\"type\":\"booking.fee\",\"id\":1," + CAT + ",\"settings\":" + settingsFile()
                + ",\"unit\":\"nishi.kaigi-1\",\"slots\":[\"09:00-11:00\"],\"adjustments\":{\"FACILITY\":\"gold\"}}")))
                .containsExactly("adjustments.FACILITY:unknown-id");
    }

    @Test
    @DisplayName("booking.book apply: lottery applications count against the quota of applications, nothing is booked")
    void applicationsCountAgainstTheirQuota() {
        String settings = ",\"settings\":{\"quotas\":[{\"name\":\"2 a month\",\"limit\":2,\"period\":"
                + "\"MONTH_OF_APPLICATION\",\"scope\":\"CITY\",\"counts\":\"LOTTERY_APPLICATIONS\"}]}";
        String[] ops = new String[3];
        for (int i = 0; i < 3; i++) {
            ops[i] = "{\"op\":\"apply\",\"at\":\"2026-08-01T09:0" + i + "\"," + request("nishi.kaigi-" + (i + 1),
                    "2026-10-10", "\"09:00-11:00\"", "") + "}";
        }
        JsonNode r = result(eval(book(settings, ops)));
        assertThat(List.ofAll(r.get("steps")).map(s -> s.get("done").asBoolean())).containsExactly(true, true, false);
        assertThat(r.at("/steps/2/refusals").toString()).contains("QUOTA_EXCEEDED");
        assertThat(r.get("ledger")).isEmpty();
    }

    @Test
    @DisplayName("booking.lottery release: when a winner's hold goes, the alternates whose blocks are free move up")
    void alternatesMoveUp() {
        String apps = String.join(",", application("L-1", "nishi.washitsu-1", "09:00-11:00"),
                application("L-2", "nishi.washitsu-1", "09:00-11:00"));
        JsonNode drawn = result(eval(lottery(apps, "")));
        String winner = drawn.at("/winners/0").asText();
        String alternate = drawn.at("/alternates/0").asText();
        JsonNode released = result(eval(lottery(apps, ",\"release\":[\"" + winner + "\"]")));
        assertThat(released.at("/promoted/0/promoted/0").asText()).isEqualTo(alternate);
        assertThat(released.at("/winnersAfterRelease").toString()).isEqualTo("[\"" + alternate + "\"]");
    }
}
