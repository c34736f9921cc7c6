package io.github.kisoku.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API on a server started on a free loopback port. Every response is checked against the
 * OpenAPI description it serves ({@link Http}); the cases' answers are compared byte for byte with
 * the reviewed answers of {@code kisoku eval} (the CLI's golden files).
 */
class ServerTest {
    private static final String JSON = "application/json";
    private static KisokuServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = KisokuServer.start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String golden(String name) {
        try (InputStream in = ServerTest.class.getResourceAsStream("/io/github/kisoku/cli/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n")).filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bicycle.fine", "bicycle.course", "golf.visit", "booking.request"})
    @DisplayName("JSON Lines over HTTP are answered byte for byte as kisoku eval answers them")
    void jsonLinesAreEval(String type) {
        String cases = golden(type + ".jsonl");
        Http.Response r = http.post("/v1/cases", "application/x-ndjson", cases);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/x-ndjson");
        assertThat(r.body()).isEqualTo(golden(type + ".answers.jsonl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bicycle.fine", "bicycle.course", "golf.visit", "booking.request"})
    @DisplayName("a JSON array gets the same answers in the same order, each the eval line")
    void arrayIsEval(String type) {
        List<String> cases = lines(golden(type + ".jsonl"));
        List<String> answers = lines(golden(type + ".answers.jsonl"));
        Http.Response r = http.post("/v1/cases", JSON, cases.mkString("[", ",", "]"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(answers.mkString("[", ",", "]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bicycle.fine", "bicycle.course", "golf.visit", "booking.request"})
    @DisplayName("one case to its type's path gets the eval line: 200 answered, 400 with the problems")
    void oneCaseIsEval(String type) throws IOException {
        List<String> cases = lines(golden(type + ".jsonl"));
        List<String> answers = lines(golden(type + ".answers.jsonl"));
        int checked = 0;
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = Http.MAPPER.readTree(cases.get(i));
            if (!c.isObject() || !c.path("type").asText().equals(type)) {
                continue;
            }
            Http.Response r = http.post("/v1/cases/" + type, JSON, cases.get(i));
            assertThat(r.body()).isEqualTo(answers.get(i));
            assertThat(r.status()).isEqualTo(r.json().get("ok").asBoolean() ? 200 : 400);
            // The type may be left out of the body: the path says it.
            ((ObjectNode) c).remove("type");
            assertThat(http.post("/v1/cases/" + type, JSON, c.toString()).body()).isEqualTo(answers.get(i));
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theBlueTicketOverHttp() {
        Http.Response r = http.post("/v1/cases/bicycle.fine", JSON, "{\"id\":\"t-1\",\"violation\":\"SIGNAL_VIOLATION\","
                + "\"offenceDate\":\"2026-04-04\",\"birthDate\":\"1985-07-20\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode result = r.json().get("result");
        assertThat(result.get("amountYen").asInt()).isEqualTo(6000);
        assertThat(result.get("provisionalPaymentDeadline").asText()).isEqualTo("2026-04-13");
    }

    @Test
    @DisplayName("wrong types and unknown fields: 400 with every problem, as eval names them")
    void badCaseIs400() {
        Http.Response r = http.post("/v1/cases/bicycle.fine", JSON,
                "{\"id\":7,\"violation\":1,\"offenceDate\":\"2026-02-30\",\"birthDate\":\"1985-07-20\",\"colour\":\"red\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r.json())).containsExactly("violation:wrong-type", "offenceDate:invalid-date",
                "colour:unknown-field");
        for (JsonNode p : r.json().get("problems")) {
            assertThat(p.get("ja").asText()).isNotBlank();
            assertThat(p.get("en").asText()).isNotBlank();
        }
    }

    @Test
    void aTypeThePathDoesNotHaveIsRefused() {
        Http.Response r = http.post("/v1/cases/bicycle.fine", JSON, "{\"id\":1,\"type\":\"golf.visit\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r.json())).containsExactly("type:type-mismatch");
        assertThat(http.post("/v1/cases/tax.income", JSON, "{\"id\":1}").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"id\":1,", "{\"a\":1} {\"b\":2}", "", "[1,]", "{\"id\":1,\"id\":2}"})
    @DisplayName("a body that is not JSON: 400 malformed-json, the parser's words without Java names")
    void malformedJson(String body) {
        for (String path : List.of("/v1/cases", "/v1/cases/bicycle.fine")) {
            Http.Response r = http.post(path, JSON, body);
            assertThat(r.status()).isEqualTo(400);
            assertThat(problems(r.json())).containsExactly("(body):malformed-json");
        }
    }

    @Test
    @DisplayName("JSON Lines that are not JSON: each line its problem, in the parser's words without Java names")
    void malformedLinesNameNoJava() {
        Http.Response r = http.post("/v1/cases", "application/x-ndjson", "[{\"id\":1}\n" + "[".repeat(70) + "\n{\"a\":1} x\n");
        assertThat(r.status()).isEqualTo(200);
        List<String> lines = lines(r.body());
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(line).contains("\"code\":\"malformed-json\"").doesNotContain("`", "REDACTED");
        }
    }

    @Test
    void deepNestingIsMalformedNotACrash() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        Http.Response r = http.post("/v1/cases", JSON, deep);
        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r.json())).containsExactly("(body):malformed-json");
    }

    @Test
    void invalidUtf8IsAProblem() {
        byte[] body = {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'};
        assertThat(problems(http.post("/v1/cases", JSON, body, null).json())).containsExactly("(body):invalid-utf8");
        assertThat(problems(http.post("/v1/cases", "application/x-ndjson", body, null).json()))
                .containsExactly("(body):invalid-utf8");
    }

    @Test
    void notAnArrayIs400() {
        Http.Response r = http.post("/v1/cases", JSON, "{\"id\":1,\"type\":\"bicycle.fine\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(problems(r.json())).containsExactly("(body):wrong-type");
    }

    @Test
    @DisplayName("a body over 16 MiB: 413, and the server goes on serving")
    void tooLarge() {
        byte[] body = new byte[Api.MAX_BODY + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        Http.Response r = http.post("/v1/cases", JSON, body, null);
        assertThat(r.status()).isEqualTo(413);
        assertThat(problems(r.json())).containsExactly("(body):body-too-large");
        assertThat(http.get("/v1/health").status()).isEqualTo(200);
    }

    @Test
    void unknownPathMethodAndMediaType() {
        Http.Response missing = http.get("/v2/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(problems(missing.json())).containsExactly("(path):not-found");
        Http.Response wrong = http.method("DELETE", "/v1/health");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(problems(wrong.json())).containsExactly("(method):method-not-allowed");
        assertThat(http.method("GET", "/v1/cases").status()).isEqualTo(405);
        Http.Response media = http.post("/v1/cases", "text/plain", "[]");
        assertThat(media.status()).isEqualTo(415);
        assertThat(http.post("/v1/golf/audit", JSON, "{}").status()).isEqualTo(415);
    }

    @Test
    void health() {
        JsonNode h = http.get("/v1/health").json();
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(List.ofAll(h.get("caseTypes")).map(JsonNode::asText)).contains("bicycle.fine", "golf.visit",
                "booking.request", "bicycle.course");
    }

    @Test
    @DisplayName("the OpenAPI description and the answers' schema are served")
    void descriptions() {
        JsonNode api = http.get("/openapi.json").json();
        assertThat(api.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(List.ofAll(api.get("paths")::fieldNames)).contains("/v1/cases", "/v1/cases/{type}", "/v1/rules",
                "/v1/figures", "/v1/bicycle/violations", "/v1/calendar/holidays", "/v1/calendar/deadline",
                "/v1/golf/audit", "/v1/health");
        assertThat(http.get("/schemas/answer.schema.json").json().get("$id").asText())
                .isEqualTo("urn:kisoku:eval-answer:1.1.0");
    }

    @Test
    void rules() {
        ArrayNode rules = (ArrayNode) http.get("/v1/rules").json().get("rules");
        List<String> ids = List.ofAll(rules).map(r -> r.get("id").asText());
        assertThat(ids).contains("bicycle.violation", "golftax.standard", "booking.login.failures").doesNotHaveDuplicates();
        assertThat(List.ofAll(rules).map(r -> r.get("domain").asText()).distinct()).containsOnly("bicycle", "golftax",
                "booking");
        for (JsonNode r : rules) {
            assertThat(r.get("ja").asText()).as(r.toString()).isNotBlank();
            assertThat(r.get("en").asText()).as(r.toString()).isNotBlank();
        }
        JsonNode age = List.ofAll(rules).find(r -> r.get("id").asText().equals("bicycle.age-16")).get();
        assertThat(List.ofAll(age.get("figures")).map(JsonNode::asText)).contains("年齢");
    }

    @Test
    void figures() {
        JsonNode f = http.get("/v1/figures?on=2026-05-01").json();
        List<JsonNode> all = List.ofAll(f.get("figures"));
        assertThat(figure(all, "PROVISIONAL_PAYMENT_DAYS").get("value").asInt()).isEqualTo(7);
        assertThat(figure(all, "fine.SIGNAL_VIOLATION").get("value").asInt()).isEqualTo(6000);
        assertThat(figure(all, "fine.SIGNAL_VIOLATION").get("from").asText()).isEqualTo("2026-04-01");
        assertThat(figure(all, "EXEMPT_FROM_AGE").get("value").asInt()).isEqualTo(70);
        assertThat(all.filter(x -> x.get("id").asText().startsWith("grade-"))).hasSize(21);
        // Before the blue tickets, no bicycle amount is in force.
        List<JsonNode> before = List.ofAll(http.get("/v1/figures?on=2025-01-01").json().get("figures"));
        assertThat(before.filter(x -> x.get("id").asText().startsWith("fine."))).isEmpty();
        assertThat(problems(http.get("/v1/figures").json())).containsExactly("on:required");
        assertThat(problems(http.get("/v1/figures?on=2026-02-30").json())).containsExactly("on:invalid-date");
    }

    private static JsonNode figure(List<JsonNode> all, String id) {
        return all.find(x -> x.get("id").asText().equals(id)).getOrElseThrow(() -> new AssertionError(id));
    }

    @Test
    void violations() {
        JsonNode latest = http.get("/v1/bicycle/violations").json();
        assertThat(latest.get("violations").size()).isEqualTo(78);
        JsonNode on = http.get("/v1/bicycle/violations?on=2026-04-04").json();
        assertThat(on.get("violations")).isEqualTo(latest.get("violations"));
        Http.Response before = http.get("/v1/bicycle/violations?on=2025-01-01");
        assertThat(before.status()).isEqualTo(404);
        assertThat(problems(before.json())).containsExactly("on:not-in-force");
    }

    @Test
    void holidays() {
        JsonNode h = http.get("/v1/calendar/holidays?year=2026").json();
        List<String> dates = List.ofAll(h.get("holidays")).map(x -> x.get("date").asText() + " " + x.get("ja").asText());
        assertThat(dates).contains("2026-01-01 元日", "2026-05-06 振替休日（憲法記念日）");
        assertThat(problems(http.get("/v1/calendar/holidays?year=1969").json())).containsExactly("year:out-of-range");
        assertThat(problems(http.get("/v1/calendar/holidays?year=x").json())).containsExactly("year:wrong-type");
        assertThat(problems(http.get("/v1/calendar/holidays").json())).containsExactly("year:required");
    }

    @Test
    @DisplayName("a 7-day period from 2026-04-25 ends on Saturday 2 May and moves past Golden Week to 7 May")
    void deadline() {
        JsonNode d = http.get("/v1/calendar/deadline?from=2026-04-25&days=7&closed=bank").json();
        assertThat(d.get("statutoryLastDay").asText()).isEqualTo("2026-05-02");
        assertThat(d.get("deadline").asText()).isEqualTo("2026-05-07");
        assertThat(List.ofAll(d.get("skipped")).map(x -> x.get("date").asText())).containsExactly("2026-05-02",
                "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06");
        assertThat(http.get("/v1/calendar/deadline?from=2026-04-25&days=7").json().get("closed").asText())
                .isEqualTo("bank");
        assertThat(problems(http.get("/v1/calendar/deadline?from=x&days=0&closed=moon").json()))
                .containsExactly("from:invalid-date", "days:out-of-range", "closed:unknown-value");
        assertThat(problems(http.get("/v1/calendar/deadline?from=2099-12-30&days=7").json()))
                .containsExactly("from:out-of-range");
    }

    static byte[] example(String name) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/data/golftax", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("the example month, uploaded as multipart: the return and the differences")
    void golfAuditMultipart() {
        Multipart m = new Multipart().file("course", "course-aso.json", JSON, example("course-aso.json"))
                .file("visits", "visits-2026-04.csv", "text/csv", example("visits-2026-04.csv")).field("declared", "2800");
        Http.Response r = http.post("/v1/golf/audit", m.contentType(), m.body(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("month").asText()).isEqualTo("2026-04");
        assertThat(report.get("declaredTotalYen").asLong()).isEqualTo(2800);
        assertThat(report.get("differences")).isNotEmpty();
        assertThat(report.get("rejected")).hasSize(1);
        Http.Response csv = http.post("/v1/golf/audit", m.contentType(), m.body(), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,use_date,treatment,tax,declared_tax,difference,rule,basis,confidence");
        assertThat(lines(csv.body())).hasSize(report.get("visits").size() + 1);
    }

    @Test
    void golfAuditAsCsvBody() {
        String course = URLEncoder.encode(new String(example("course-aso.json"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        Http.Response r = http.post("/v1/golf/audit?course=" + course + "&month=2026-04", "text/csv",
                example("visits-2026-04.csv"), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("visits")).isNotEmpty();
        Http.Response none = http.post("/v1/golf/audit?month=April&declared=-1", "text/csv", "x".getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(problems(none.json())).containsExactly("declared:out-of-range", "month:invalid-month", "course:required");
        Http.Response broken = http.post("/v1/golf/audit?course=" + course, "text/csv",
                ("id,use_date,name,birth_date,age_document,disability_card,play,fee_charged,declared_tax\n1,\"b\"x,\n")
                        .getBytes(StandardCharsets.UTF_8), null);
        assertThat(problems(broken.json())).containsExactly("visits:csv-unreadable");
        Http.Response badCourse = http.post("/v1/golf/audit?course=%7B%7D", "text/csv", example("visits-2026-04.csv"), null);
        assertThat(badCourse.status()).isEqualTo(400);
        assertThat(problems(badCourse.json())).contains("course.name:required");
    }

    @Test
    @DisplayName("the explorer page and its files are served from the jar; its example is the bundled month")
    void theExplorerIsServed() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("規則エクスプローラ", "/explorer/app.js");
        assertThat(http.get("/explorer/app.js").contentType()).startsWith("text/javascript");
        assertThat(http.get("/explorer/app.css").contentType()).startsWith("text/css");
        assertThat(http.get("/explorer/nothing.js").status()).isEqualTo(404);
        assertThat(http.get("/explorer/examples/visits-2026-04.csv").body())
                .isEqualTo(new String(example("visits-2026-04.csv"), StandardCharsets.UTF_8));
        assertThat(http.get("/explorer/examples/course-aso.json").body())
                .isEqualTo(new String(example("course-aso.json"), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the explorer's booking example: the bundled settings, and a ledger that booking.book books step by step")
    void theExplorersBookingExampleIsBooked() throws IOException {
        String settings = new String(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("examples/data/booking/settings-example.json")), StandardCharsets.UTF_8);
        assertThat(http.get("/explorer/examples/settings-example.json").body()).isEqualTo(settings);
        // The ledger the page sends is the requests of a booking.book case, each of which was booked.
        JsonNode ledger = Http.MAPPER.readTree(http.get("/explorer/examples/ledger-example.json").body());
        ObjectNode c = Http.MAPPER.createObjectNode().put("id", "explorer-ledger").put("catalogue", "nishi-kominkan-example");
        c.set("settings", Http.MAPPER.readTree(settings));
        ArrayNode ops = c.putArray("operations");
        for (JsonNode e : ledger) {
            ObjectNode op = ops.addObject().put("op", "request");
            op.setAll((ObjectNode) e);
            op.set("at", op.remove("requestedAt"));
        }
        Http.Response r = http.post("/v1/cases/booking.book", JSON, c.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode steps = Http.MAPPER.readTree(r.body()).get("result").get("steps");
        assertThat(steps).hasSize(ledger.size()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("done").asBoolean()).as(s.toString()).isTrue());
    }

    static List<String> problems(JsonNode answer) {
        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isFalse();
        return List.ofAll(answer.get("problems")).map(p -> p.get("field").asText() + ":" + p.get("code").asText());
    }

    /** A multipart/form-data body, as a browser's form upload sends it. */
    static final class Multipart {
        private final String boundary = "kisoku-test-boundary-7d1c";
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Multipart file(String name, String filename, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private byte[] done;

        byte[] body() {
            if (done == null) {
                write("--" + boundary + "--\r\n");
                done = out.toByteArray();
            }
            return done;
        }
    }
}
