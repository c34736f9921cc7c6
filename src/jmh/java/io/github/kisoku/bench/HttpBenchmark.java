package io.github.kisoku.bench;

import io.github.kisoku.server.KisokuServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 17: decisions over HTTP. {@code kisoku serve} on a loopback port in the benchmark's JVM,
 * 8 client threads (the JDK's HTTP client, HTTP/1.1, kept-alive connections) on the same 2 cores:
 * one bicycle case per request ({@code POST /v1/cases/bicycle.fine}) timed as throughput and as
 * sampled latency (p50, p99), and batches of 100 cases ({@code POST /v1/cases}) as throughput.
 * Each request is a different case of 1,024 (dates, birth dates and violations vary; every one
 * gets a blue ticket or an answer why not); every answer is read whole and checked to be
 * {@code "ok":true}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(8)
public class HttpBenchmark {
    private static final int N = 1024;
    static final int BATCH = 100;
    private static final String[] VIOLATIONS = {"SIGNAL_VIOLATION", "MOBILE_PHONE_HOLDING", "SPEEDING_UNDER_15",
        "STOP_PARK_NO_STOPPING_PRIORITY"};

    /** The server, one for the benchmark. */
    @State(Scope.Benchmark)
    public static class Server {
        KisokuServer server;
        URI one;
        URI batch;
        final String[] cases = new String[N];
        final String[] batches = new String[N / 8];

        /** Starts the server and writes the cases. */
        @Setup(Level.Trial)
        public void start() {
            server = KisokuServer.start("127.0.0.1", 0);
            one = URI.create("http://127.0.0.1:" + server.port() + "/v1/cases/bicycle.fine");
            batch = URI.create("http://127.0.0.1:" + server.port() + "/v1/cases");
            for (int i = 0; i < N; i++) {
                cases[i] = "{\"id\":\"b-" + i + "\",\"violation\":\"" + VIOLATIONS[i % VIOLATIONS.length]
                        + "\",\"offenceDate\":\"" + LocalDate.of(2026, 4, 1).plusDays(i % 500) + "\",\"birthDate\":\""
                        + LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28) + "\",\"riderType\":\"ORDINARY_BICYCLE\"}";
            }
            for (int b = 0; b < batches.length; b++) {
                StringBuilder s = new StringBuilder("[");
                for (int j = 0; j < BATCH; j++) {
                    String c = cases[(b * BATCH + j) % N];
                    s.append(j > 0 ? "," : "").append("{\"type\":\"bicycle.fine\",").append(c.substring(1));
                }
                batches[b] = s.append(']').toString();
            }
        }

        /** Stops it. */
        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }
    }

    /** One client: its own HTTP client and its place in the cases. */
    @State(Scope.Thread)
    public static class Client {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int next;
    }

    private static String post(Client c, URI uri, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = c.http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // Every case here is answerable: a problem would mean the benchmark measures refusals.
        if (r.statusCode() != 200 || r.body().contains("\"ok\":false")) {
            throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /**
     * One case per request, throughput.
     *
     * @param s the server
     * @param c the client
     * @return the answer
     * @throws Exception if the request fails
     */
    @Benchmark
    public String oneCase(Server s, Client c) throws Exception {
        return post(c, s.one, s.cases[c.next++ & (N - 1)]);
    }

    /**
     * One case per request, sampled latency (p50, p99 in the results).
     *
     * @param s the server
     * @param c the client
     * @return the answer
     * @throws Exception if the request fails
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String oneCaseLatency(Server s, Client c) throws Exception {
        return post(c, s.one, s.cases[c.next++ & (N - 1)]);
    }

    /**
     * 100 cases per request (a JSON array), throughput; decisions/s is 100 times the score.
     *
     * @param s the server
     * @param c the client
     * @return the answers
     * @throws Exception if the request fails
     */
    @Benchmark
    public String batch100(Server s, Client c) throws Exception {
        return post(c, s.batch, s.batches[c.next++ & (N / 8 - 1)]);
    }
}
