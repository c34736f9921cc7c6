package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON of a few cases of each type, as reviewed and kept in
 * {@code src/test/resources/io/github/kisoku/cli/golden/<type>.answers.jsonl}: a change of any
 * key, value, reason or problem text shows up here. After a deliberate change, regenerate with
 * {@code mvn -o test -Dtest=GoldenTest -Dkisoku.golden.update=true} and review the diff.
 */
class GoldenTest {
    private static final String DIR = "/io/github/kisoku/cli/golden/";

    @ParameterizedTest
    @ValueSource(strings = {"bicycle.fine", "bicycle.course", "golf.visit", "booking.request", "booking.book",
        "booking.lottery", "booking.plan", "booking.grid", "booking.fee", "account.password", "account.login",
        "account.renewal", "golf.audit"})
    void answersMatchTheGoldenFile(String type) throws IOException {
        String cases = read(DIR + type + ".jsonl");
        Cli.Run run = Cli.run(cases, "eval");
        assertThat(run.code()).isZero();
        List<JsonNode> answers = run.answers();
        assertThat(answers).hasSize((int) cases.lines().filter(l -> !l.isBlank()).count());
        assertThat(answers.map(a -> a.get("ok").asBoolean())).contains(true, false);
        if (Boolean.getBoolean("kisoku.golden.update")) {
            Files.writeString(Path.of("src/test/resources" + DIR + type + ".answers.jsonl"), run.out(),
                    StandardCharsets.UTF_8);
            return;
        }
        List<JsonNode> expected = List.ofAll(read(DIR + type + ".answers.jsonl").lines().map(Cli::parse)
                .collect(java.util.stream.Collectors.toList()));
        assertThat(answers).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(answers.get(i)).as("answer %d of %s", i + 1, type).isEqualTo(expected.get(i));
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GoldenTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
