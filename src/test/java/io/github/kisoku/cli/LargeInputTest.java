package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * About 10 MB of malformed input is answered line by line, without holding the input or the
 * output in memory: the input is generated as it is read and the output only counted. No
 * timing is asserted.
 */
class LargeInputTest {
    private static final long TEN_MB = 10L * 1024 * 1024;

    /** Lines of garbage, generated on demand until about {@code size} bytes were read. */
    private static final class Garbage extends InputStream {
        private static final String PAD = "z".repeat(1000);
        /** About 1 KB a line, so that 10 MB is some ten thousand cases. */
        private static final byte[][] LINES = {
            ("{\"type\":\"bicycle.fine\",\"id\":\"x\",\"offenceDate\":\"2026-02-30\",\"pad\":\"" + PAD + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8),
            ("{not json at all " + PAD + "\n").getBytes(StandardCharsets.UTF_8),
            ("[".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8),
            ("{\"type\":\"golf.visit\",\"id\":7,\"grade\":99999999999999999999,\"useDate\":\"2026-04-31\",\"name\":\"" + PAD
                    + "\"}\n").getBytes(StandardCharsets.UTF_8),
            ("{\"type\":\"no.such\",\"id\":\"" + PAD + "\"}\n").getBytes(StandardCharsets.UTF_8),
        };
        private final long size;
        private long read;
        private int line;
        private int at;
        private long lines;

        Garbage(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size && at == 0) {
                return -1;
            }
            byte[] l = LINES[line];
            int b = l[at++];
            read++;
            if (at == l.length) {
                at = 0;
                line = (line + 1) % LINES.length;
                lines++;
            }
            return b;
        }
    }

    /** Counts answer lines and keeps only the last one. */
    private static final class Counter extends OutputStream {
        long lines;
        long okFalse;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        String last = "";

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
                last = current.toString(StandardCharsets.UTF_8);
                if (last.contains("\"ok\":false")) {
                    okFalse++;
                }
                current.reset();
            } else {
                current.write(b);
            }
        }
    }

    @Test
    void tenMegabytesOfBadLinesAreAllAnswered() {
        Garbage in = new Garbage(TEN_MB);
        Counter out = new Counter();
        var err = new ByteArrayOutputStream();
        int code = KisokuCli.run(new String[] {"eval"}, in, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.lines).isEqualTo(in.lines).isGreaterThan(9_000);
        assertThat(out.okFalse).isEqualTo(out.lines);
        Cli.valid(Cli.parse(out.last));
    }

    @Test
    void oneTenMegabyteLineIsRejectedAsOneProblem() {
        byte[] head = "{\"type\":\"bicycle.fine\",\"id\":\"big\",\"violation\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}\n".getBytes(StandardCharsets.UTF_8);
        InputStream in = new InputStream() {
            private long i;

            @Override
            public int read() {
                long n = i++;
                if (n < head.length) {
                    return head[(int) n];
                }
                if (n < head.length + TEN_MB) {
                    return 'x';
                }
                long t = n - head.length - TEN_MB;
                return t < tail.length ? tail[(int) t] : -1;
            }
        };
        Cli.Run r = Cli.run(in, "eval");
        assertThat(r.code()).isZero();
        JsonNode a = r.answer();
        assertThat(Cli.problems(a)).containsExactly("(line 1):malformed-json");
    }
}
