package io.github.kisoku.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/kisoku-cli.jar serve --port 0} as a separate process: it says where it
 * listens, answers, and on SIGTERM (as on Ctrl-C: the same shutdown) finishes, closes the port
 * and says so (no stack trace, no other line). Runs only when the jar is at least as new as the
 * compiled classes (the jar is made in {@code package}, after the tests).
 */
class ServeJarSmokeTest {
    private static final Path JAR = Path.of("target/kisoku-cli.jar");

    @Test
    void servesAndStopsCleanly() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no target/kisoku-cli.jar yet (built in package)");
        try (var files = Files.list(Path.of("target/classes/io/github/kisoku/server"))) {
            long newest = files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
            assumeTrue(JAR.toFile().lastModified() >= newest, "target/kisoku-cli.jar is older than the classes");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-jar", JAR.toString(), "serve", "--port", "0")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(first));
            assertThat(m.find()).as(first).isTrue();
            Http http = new Http(Integer.parseInt(m.group(1)));
            assertThat(http.get("/v1/health").json().get("status").asText()).isEqualTo("ok");
            // SIGTERM through the handle: Process.destroy() would also close our end of its output.
            assertThat(serve.toHandle().destroy()).isTrue();
            assertThat(serve.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(out.readLine()).isEqualTo("kisoku serve: 停止しました / stopped");
            assertThat(out.readLine()).isNull();
        } finally {
            serve.destroyForcibly();
        }
    }
}
