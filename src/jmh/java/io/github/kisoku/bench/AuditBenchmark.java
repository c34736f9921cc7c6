package io.github.kisoku.bench;

import io.github.kisoku.golftax.VisitAssessment;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.GolfTaxRules;
import io.github.kisoku.golftax.io.VisitCsv;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Decision 4 of issue 7: the golf monthly audit over 1,000,000 generated visits of April 2026, from
 * the CSV file to the summary (visits and tax by treatment, rejected rows, visits whose declared tax
 * differs), in a fork limited to 256 MB of heap. The file is read as a stream, line by line, each
 * line read by {@link VisitCsv#line} and every visit decided with its full reasons by
 * {@link GolfTaxRules#assess}; only the summary is kept. One operation is the whole
 * month; the peak heap of each fork is written to {@code target/jmh-audit-heap.txt} and
 * {@code target/jmh-auditParallel-heap.txt}. Three passes warm up first: the JIT takes about two
 * months of visits to settle (the first pass is about twice as slow), and the target is the
 * steady state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class AuditBenchmark {
    static final int VISITS = 1_000_000;
    static final int BATCH = 8192;
    static final Path FILE = Paths.get("target", "jmh-golf-visits-1m.csv");
    private static final Course COURSE = Cases.course(4);

    /** The summary of one month: what an auditor reads. */
    record Summary(long rows, long rejected, Map<String, long[]> byTreatment, long totalTax, long differences) {
    }

    /** Writes the month's CSV once (a fixed seed: the same file every run). */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        Files.createDirectories(FILE.getParent());
        if (Files.exists(FILE)) {
            return;
        }
        SplittableRandom random = new SplittableRandom(202604L);
        String[] docs = {"", "DRIVING_LICENCE", "PASSPORT", "INDIVIDUAL_NUMBER_CARD", "OTHER"};
        String[] plays = {"NORMAL", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "EARLY_MORNING:10:00", "CLOSED_DAY_SELF_BAG",
            "RESTRICTED:9", "BUSINESS:(1)イ", "BUSINESS_UNREGISTERED:(1)ア"};
        long[] fees = {0, 3000, 4000, 6400, 10000, 12000, 16000};
        try (BufferedWriter w = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8)) {
            w.write("# 1,000,000 generated visits of April 2026 (benchmark data, fictitious)\n");
            w.write(VisitCsv.HEADER);
            w.write('\n');
            for (int i = 0; i < VISITS; i++) {
                LocalDate use = LocalDate.of(2026, 4, 1 + random.nextInt(30));
                LocalDate birth = use.minusYears(8 + random.nextInt(80)).minusDays(random.nextInt(365));
                String card = random.nextInt(20) == 0 ? "PHYSICAL:熊本県" + random.nextInt(100_000) : "";
                String declared = random.nextInt(10) == 0 ? "" : random.nextInt(50) == 0 ? "400" : "800";
                w.write(String.format("%07d,%s,利用者%d,%s,%s,%s,%s,%d,%s%n", i, use, i, birth,
                        docs[random.nextInt(docs.length)], card, plays[random.nextInt(plays.length)],
                        fees[random.nextInt(fees.length)], declared));
            }
            w.write("9999999,2026-04-31,bad row,1980-01-01,,,NORMAL,10000,800\n");
        }
    }

    /** Resets the peak heap counters so the peak is that of the measured runs. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Writes the peak heap of the fork (the sum of each heap pool's peak: an upper bound). */
    @TearDown(Level.Trial)
    public void reportPeak(BenchmarkParams params) throws IOException {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Files.writeString(Paths.get("target", "jmh-" + method + "-heap.txt"), peak + " " + max + "\n");
        System.out.printf("peak heap %.1f MB of max %.1f MB%n", peak / 1048576.0, max / 1048576.0);
    }

    /** A running summary; one per batch in the parallel audit, merged in file order. */
    static final class Tally {
        final Map<String, long[]> byTreatment = new TreeMap<>();
        long rows;
        long rejected;
        long total;
        long differences;

        void add(int number, String line) {
            rows++;
            Validation<Seq<Problem>, VisitRow> row = VisitCsv.line(number, line, COURSE);
            if (row.isInvalid()) {
                rejected++;
                return;
            }
            VisitRow r = row.get();
            Either<NotInForce, Decision<VisitAssessment>> d = GolfTaxRules.assess(r.visit());
            if (d.isLeft()) {
                rejected++;
                return;
            }
            VisitAssessment a = d.get().value();
            long tax = a.tax().amount();
            long[] tally = byTreatment.computeIfAbsent(a.treatment().describe().en(), k -> new long[2]);
            tally[0]++;
            tally[1] += tax;
            total += tax;
            if (r.declaredTax().isDefined() && r.declaredTax().get().amount() != tax) {
                differences++;
            }
        }

        void add(Tally other) {
            rows += other.rows;
            rejected += other.rejected;
            total += other.total;
            differences += other.differences;
            other.byTreatment.forEach((k, v) -> {
                long[] t = byTreatment.computeIfAbsent(k, x -> new long[2]);
                t[0] += v[0];
                t[1] += v[1];
            });
        }

        Summary summary() {
            return new Summary(rows, rejected, byTreatment, total, differences);
        }
    }

    /** Reads the file line by line, skipping comments and checking the header, handing each data line on. */
    private static void eachDataLine(BufferedReader in, LineSink sink) throws IOException {
        boolean header = false;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(VisitCsv.HEADER)) {
                    throw new IllegalStateException("bad header: " + line);
                }
                header = true;
                continue;
            }
            sink.accept(number, line);
        }
    }

    /** Where {@link #eachDataLine} hands a data line, with its line number. */
    interface LineSink {
        /**
         * Takes one data line.
         *
         * @param number the line number in the file
         * @param line the line
         */
        void accept(int number, String line);
    }

    /** {@return the audit of one month on one thread: 1,000,000 visits from the CSV to the summary} */
    @Benchmark
    public Summary audit() {
        try (BufferedReader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            Tally tally = new Tally();
            eachDataLine(in, tally::add);
            return tally.summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the same audit with the reading on this thread and the rows decided in batches of
     * {@value #BATCH} lines on every core, at most two batches per core in flight (so the heap
     * stays bounded): how an auditor would run a month on this machine}
     */
    @Benchmark
    public Summary auditParallel() {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try (BufferedReader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            Batches batches = new Batches(pool, 2 * cores);
            eachDataLine(in, batches::add);
            return batches.finish().summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Gathers data lines into batches, decides each batch on the pool and merges the tallies in order. */
    private static final class Batches {
        private final ExecutorService pool;
        private final int maxInFlight;
        private final ArrayDeque<Future<Tally>> inFlight = new ArrayDeque<>();
        private final Tally all = new Tally();
        private int[] numbers = new int[BATCH];
        private String[] lines = new String[BATCH];
        private int size;

        Batches(ExecutorService pool, int maxInFlight) {
            this.pool = pool;
            this.maxInFlight = maxInFlight;
        }

        void add(int number, String line) {
            numbers[size] = number;
            lines[size++] = line;
            if (size == BATCH) {
                submit();
                while (inFlight.size() > maxInFlight) {
                    all.add(join(inFlight.poll()));
                }
            }
        }

        private void submit() {
            int[] ns = numbers;
            String[] ls = lines;
            int n = size;
            inFlight.add(pool.submit(() -> {
                Tally t = new Tally();
                for (int i = 0; i < n; i++) {
                    t.add(ns[i], ls[i]);
                }
                return t;
            }));
            numbers = new int[BATCH];
            lines = new String[BATCH];
            size = 0;
        }

        Tally finish() {
            if (size > 0) {
                submit();
            }
            while (!inFlight.isEmpty()) {
                all.add(join(inFlight.poll()));
            }
            return all;
        }
    }

    private static Tally join(Future<Tally> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
