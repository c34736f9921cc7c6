package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Runs the command line in process, as a clerk or a batch would, and checks every JSON answer it
 * prints against {@code answer.schema.json}: every answer produced by a test that goes through
 * here is validated.
 */
final class Cli {
    static final JsonSchema SCHEMA = load();

    private Cli() {
    }

    record Run(int code, String out, String err) {
        /** The answer lines, each checked against the schema. */
        List<JsonNode> answers() {
            List<JsonNode> lines = List.empty();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    lines = lines.append(valid(parse(l)));
                }
            }
            return lines;
        }

        JsonNode answer() {
            List<JsonNode> all = answers();
            assertThat(all).hasSize(1);
            return all.head();
        }
    }

    static Run run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Run run(InputStream in, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = KisokuCli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Answers one case through {@code kisoku eval}. */
    static JsonNode eval(String caseJson) {
        Run r = run(caseJson + "\n", "eval");
        assertThat(r.code()).as(r.err()).isZero();
        return r.answer();
    }

    static JsonNode parse(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode valid(JsonNode answer) {
        Set<ValidationMessage> errors = SCHEMA.validate(answer);
        assertThat(errors).as("schema errors of %s", answer).isEmpty();
        return answer;
    }

    /** The problems of a failed answer as {@code field:code}. */
    static List<String> problems(JsonNode answer) {
        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isFalse();
        List<String> out = List.empty();
        for (JsonNode p : answer.get("problems")) {
            out = out.append(p.get("field").asText() + ":" + p.get("code").asText());
        }
        return out;
    }

    static JsonNode result(JsonNode answer) {
        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isTrue();
        return answer.get("result");
    }

    private static JsonSchema load() {
        try (InputStream in = Cli.class.getResourceAsStream("/io/github/kisoku/cli/answer.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
