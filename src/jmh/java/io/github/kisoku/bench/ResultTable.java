package io.github.kisoku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the benchmark table of issue 7 (markdown, for the README) from JMH's JSON result: time and
 * bytes allocated per decision, and the ratios against the targets.
 */
public final class ResultTable {
    private ResultTable() {
    }

    /** One benchmark's score (in its unit), error and allocation per operation. */
    private record Row(String name, double score, double error, String unit, double allocPerOp) {
    }

    /**
     * Reads the JSON and prints the table.
     *
     * @param args the path of {@code jmh-result.json}
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path json = Paths.get(args.length > 0 ? args[0] : "target/jmh-result.json");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
            String full = b.get("benchmark").asText();
            String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
            JsonNode p = b.get("primaryMetric");
            JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            rows.put(name, new Row(name, p.get("score").asDouble(), p.get("scoreError").asDouble(),
                    p.get("scoreUnit").asText(), alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
        }
        System.out.println();
        System.out.println("| benchmark | time per op | ± | bytes allocated per op |");
        System.out.println("|---|---:|---:|---:|");
        for (Row r : rows.values()) {
            System.out.printf(Locale.ROOT, "| %s | %,.1f %s | %,.1f | %,.0f |%n", r.name(), r.score(), r.unit(),
                    r.error(), r.allocPerOp());
        }
        System.out.println();
        System.out.println("| target | measured | met |");
        System.out.println("|---|---:|:---:|");
        ratio(rows, "DecisionBenchmark.bicycleDmn", "DecisionBenchmark.bicycleKisoku",
                "bicycle: kisoku throughput ≥ 200× Drools DMN", 200, true);
        ratio(rows, "DecisionBenchmark.golfDmn", "DecisionBenchmark.golfKisoku",
                "golf visit: kisoku throughput ≥ 200× Drools DMN", 200, true);
        ratio(rows, "DecisionBenchmark.bicycleKisoku", "DecisionBenchmark.bicycleSwitchFloor",
                "bicycle: kisoku within 20× of the bare switch", 20, false);
        httpRows(json);
        auditRows(rows.get("AuditBenchmark.audit"), "audit", "one thread");
        auditRows(rows.get("AuditBenchmark.auditParallel"), "auditParallel", "reading on one thread, deciding on every core");
        System.out.println();
    }

    /** Issue 17's figures: decisions per second over HTTP and the latency of one case, p50 and p99. */
    private static void httpRows(Path json) throws IOException {
        for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
            String full = b.get("benchmark").asText();
            if (!full.contains("HttpBenchmark")) {
                continue;
            }
            JsonNode p = b.get("primaryMetric");
            String name = full.substring(full.lastIndexOf('.') + 1);
            if (b.get("mode").asText().equals("sample")) {
                JsonNode pc = p.get("scorePercentiles");
                System.out.printf(Locale.ROOT, "| HTTP, one case per request, %d clients: latency | p50 %.0f µs, p99 %.0f µs |  |%n",
                        b.get("threads").asInt(), pc.get("50.0").asDouble(), pc.get("99.0").asDouble());
            } else {
                int per = name.equals("batch100") ? HttpBenchmark.BATCH : 1;
                System.out.printf(Locale.ROOT, "| HTTP, %s, %d clients: decisions/s | %,.0f ± %,.0f |  |%n",
                        per == 1 ? "one case per request" : per + " cases per request", b.get("threads").asInt(),
                        p.get("score").asDouble() * per, p.get("scoreError").asDouble() * per);
            }
        }
    }

    private static void auditRows(Row audit, String method, String how) throws IOException {
        if (audit == null) {
            return;
        }
        double seconds = audit.score() / 1000;
        System.out.printf(Locale.ROOT, "| audit of 1,000,000 visits ≤ 2 s (%s) | %.2f s (%,.0f visits/s, %,.0f B/visit) | %s |%n",
                how, seconds, AuditBenchmark.VISITS / seconds, audit.allocPerOp() / AuditBenchmark.VISITS,
                seconds <= 2 ? "yes" : "**no**");
        Path heap = Paths.get("target", "jmh-" + method + "-heap.txt");
        if (Files.exists(heap)) {
            String[] f = Files.readString(heap).trim().split(" ");
            double peak = Long.parseLong(f[0]) / 1048576.0;
            System.out.printf(Locale.ROOT, "| peak heap ≤ 256 MB (%s; fork run with -Xmx256m) | %.0f MB | %s |%n",
                    how, peak, peak <= 256 ? "yes" : "**no**");
        }
    }

    private static void ratio(Map<String, Row> rows, String slow, String fast, String target, double limit,
            boolean atLeast) {
        Row s = rows.get(slow);
        Row f = rows.get(fast);
        if (s == null || f == null) {
            return;
        }
        double r = s.score() / f.score();
        boolean met = atLeast ? r >= limit : r <= limit;
        System.out.printf(Locale.ROOT, "| %s | %.1f× | %s |%n", target, r, met ? "yes" : "**no**");
    }
}
