package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code target/kisoku-cli.jar} as a separate process, as a clerk would. The jar is made in
 * {@code package}, after the tests, so this runs only when a jar at least as new as the compiled
 * classes is there (e.g. {@code mvn package} then {@code mvn test -Dtest=JarSmokeTest}).
 */
class JarSmokeTest {
    private static final Path JAR = Path.of("target/kisoku-cli.jar");

    private static Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[args.length + 3];
        command[0] = java;
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void theExecutableJarAnswersEvalAndAuditsTheBundledMonth() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no target/kisoku-cli.jar yet (built in package)");
        // A jar from before the last compile would test old code.
        Path classes = Path.of("target/classes/io/github/kisoku/cli");
        try (var files = Files.list(classes)) {
            long newest = files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
            assumeTrue(JAR.toFile().lastModified() >= newest, "target/kisoku-cli.jar is older than the classes");
        }
        Process eval = start("eval");
        try (OutputStream in = eval.getOutputStream()) {
            in.write(("{\"type\":\"bicycle.fine\",\"id\":1,\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\","
                    + "\"birthDate\":\"1985-07-20\"}\n{oops\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(eval.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(eval.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(eval.exitValue()).isZero();
        assertThat(out.lines()).hasSize(2);
        assertThat(Cli.parse(out.lines().findFirst().orElseThrow()).get("result").get("amountYen").asLong())
                .isEqualTo(6000);

        Process audit = start("golf", "audit", "--course", CommandsTest.COURSE, "--visits", CommandsTest.VISITS);
        audit.getOutputStream().close();
        String report = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(audit.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(audit.exitValue()).isZero();
        assertThat(report).contains("4,400円");
    }
}
