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
 * Prints the benchmark table of issues 7 and 18 (markdown, for the README) from JMH's JSON result: time and
 * bytes allocated per decision, and the ratios against the targets of issue 18.
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
                "bicycle: kisoku throughput ≥ 1,000× Drools DMN (issue 18)", 1000, true);
        ratio(rows, "DecisionBenchmark.golfDmn", "DecisionBenchmark.golfKisoku",
                "golf visit: kisoku throughput ≥ 600× Drools DMN (issue 18)", 600, true);
        ratio(rows, "DecisionBenchmark.bicycleKisoku", "DecisionBenchmark.bicycleSwitchFloor",
                "bicycle: kisoku within 8× of the bare switch (issue 18)", 8, false);
        httpRows(json);
        auditRows(rows.get("AuditBenchmark.audit"), "audit", "one thread", 1.0);
        auditRows(rows.get("AuditBenchmark.auditParallel"), "auditParallel", "reading on one thread, deciding on every core",
                0.6);
        bookingRows(rows);
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

    /** The booking targets of issue 18. */
    private static void bookingRows(Map<String, Row> rows) {
        for (String check : new String[] {"BookingBenchmark.bookingKisoku", "BookingBenchmark.checkMonth",
            "BookingBenchmark.checkYear"}) {
            Row r = rows.get(check);
            if (r != null) {
                double micros = toMicros(r);
                System.out.printf(Locale.ROOT, "| %s: booking check ≤ 3 µs | %.2f µs | %s |%n", shortName(check), micros,
                        micros <= 3 ? "yes" : "**no**");
                System.out.printf(Locale.ROOT, "| %s: ≤ 4 KB allocated per request | %,.0f B | %s |%n", shortName(check),
                        r.allocPerOp(), r.allocPerOp() <= 4096 ? "yes" : "**no**");
            }
        }
        Row month = rows.get("BookingBenchmark.checkMonth");
        Row year = rows.get("BookingBenchmark.checkYear");
        if (month != null && year != null) {
            double ratio = toMicros(year) / toMicros(month);
            System.out.printf(Locale.ROOT, "| booking check, a year of history within 1.5× of a month | %.2f× | %s |%n",
                    ratio, ratio <= 1.5 ? "yes" : "**no**");
        }
        Row l10 = rows.get("BookingBenchmark.lottery10k");
        Row l100 = rows.get("BookingBenchmark.lottery100k");
        if (l10 != null) {
            double ms = toMicros(l10) / 1000;
            System.out.printf(Locale.ROOT, "| lottery of 10,000 applications with alternates and log ≤ 50 ms | %.1f ms | %s |%n",
                    ms, ms <= 50 ? "yes" : "**no**");
        }
        if (l10 != null && l100 != null) {
            double ratio = toMicros(l100) / toMicros(l10);
            System.out.printf(Locale.ROOT, "| lottery linear: 100,000 ≤ 12× the 10,000 time | %.1f× | %s |%n", ratio,
                    ratio <= 12 ? "yes" : "**no**");
        }
        Row grid = rows.get("BookingBenchmark.gridMonth");
        if (grid != null) {
            double micros = toMicros(grid);
            System.out.printf(Locale.ROOT, "| availability grid, one facility, one month ≤ 200 µs | %.1f µs | %s |%n",
                    micros, micros <= 200 ? "yes" : "**no**");
        }
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    /** A score in microseconds, whatever unit JMH wrote it in. */
    private static double toMicros(Row r) {
        switch (r.unit()) {
            case "ns/op":
                return r.score() / 1000;
            case "ms/op":
                return r.score() * 1000;
            case "s/op":
                return r.score() * 1_000_000;
            default:
                return r.score();
        }
    }

    private static void auditRows(Row audit, String method, String how, double limit) throws IOException {
        if (audit == null) {
            return;
        }
        double seconds = audit.score() / 1000;
        System.out.printf(Locale.ROOT, "| audit of 1,000,000 visits ≤ %.1f s (%s) | %.2f s (%,.0f visits/s, %,.0f B/visit) | %s |%n",
                limit, how, seconds, AuditBenchmark.VISITS / seconds, audit.allocPerOp() / AuditBenchmark.VISITS,
                seconds <= limit ? "yes" : "**no**");
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
