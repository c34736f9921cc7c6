package io.github.kisoku.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.cli.Contract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server under load on loopback: 8 clients, 24,000 requests (one case each, and every tenth a
 * batch of 10), 43,200 answers in all. Every answer is compared with the one the contract gives in
 * process for the same case, byte for byte, and checked against the OpenAPI description; none may
 * be lost. Bounded in count (and, as a safety net, to ten minutes); no timing is asserted — the
 * speed is measured by the JMH benchmark {@code HttpBenchmark}.
 */
class ServerLoadTest {
    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 3_000;
    private static final int BATCH = 10;
    private static final String[] VIOLATIONS = {"SIGNAL_VIOLATION", "MOBILE_PHONE_HOLDING", "SPEEDING_UNDER_15",
        "UNKNOWN_ROW"};

    @Test
    @DisplayName("8 clients, 24,000 requests: every answer the contract's, none lost")
    void everyAnswerArrives() throws Exception {
        Contract contract = Contract.standard();
        AtomicInteger answers = new AtomicInteger();
        try (KisokuServer server = KisokuServer.start("127.0.0.1", 0)) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> run(client, new Http(server.port()), contract, answers)));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(10, TimeUnit.MINUTES);
            }
            clients.shutdown();
            assertThat(total).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);
            int batches = CLIENTS * REQUESTS_PER_CLIENT / 10;
            assertThat(answers.get()).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT - batches + batches * BATCH);
            // and it still serves
            assertThat(new Http(server.port()).get("/v1/health").status()).isEqualTo(200);
        }
    }

    private static int run(int client, Http http, Contract contract, AtomicInteger answers) {
        int requests = 0;
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            if (i % 10 == 9) {
                ArrayNode batch = Http.MAPPER.createArrayNode();
                StringBuilder expected = new StringBuilder("[");
                for (int j = 0; j < BATCH; j++) {
                    ObjectNode c = fine(client, i * BATCH + j);
                    batch.add(c);
                    expected.append(j > 0 ? "," : "").append(Contract.line(contract.answer(c)));
                }
                Http.Response r = http.post("/v1/cases", "application/json", batch.toString());
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).isEqualTo(expected.append(']').toString());
                answers.addAndGet(r.json().size());
            } else {
                ObjectNode c = fine(client, i);
                JsonNode expected = contract.answer(c);
                Http.Response r = http.post("/v1/cases/bicycle.fine", "application/json", c.toString());
                assertThat(r.body()).isEqualTo(Contract.line(expected));
                assertThat(r.status()).isEqualTo(Contract.ok(expected) ? 200 : 400);
                assertThat(r.json().get("id").asText()).isEqualTo(c.get("id").asText());
                answers.incrementAndGet();
            }
            requests++;
        }
        return requests;
    }

    /** A bicycle case that differs by client and number: its id, its dates, and now and then a bad row. */
    private static ObjectNode fine(int client, int n) {
        LocalDate offence = LocalDate.of(2026, 4, 1).plusDays(n % 600);
        return Http.MAPPER.createObjectNode().put("type", "bicycle.fine").put("id", "c" + client + "-" + n)
                .put("violation", VIOLATIONS[n % VIOLATIONS.length]).put("offenceDate", offence.toString())
                .put("birthDate", LocalDate.of(1950 + n % 60, 1 + n % 12, 1 + n % 28).toString())
                .put("riderType", "ORDINARY_BICYCLE");
    }
}
