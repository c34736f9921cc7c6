package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The envelope and error rules of {@code kisoku eval}, with a small test handler. */
class EvalContractTest {
    /** Doubles {@code n}; requires {@code n} in 0..100 and {@code day} a real date. */
    private static final CaseHandler DOUBLE = new CaseHandler() {
        @Override
        public String type() {
            return "test.double";
        }

        @Override
        public Validation<Seq<io.github.kisoku.kernel.Problem>, Answer> answer(CaseReader f) {
            var n = f.integer("n", true, 0, 100);
            f.date("day", false);
            return f.finish(() -> {
                var result = Json.object().put("doubled", n.get() * 2);
                var d = Decision.of(n.get() * 2).because(Reason.of(
                        io.github.kisoku.kernel.TestRule.DOUBLE, LegalBasis.document("test", "double", Confidence.CONFIRMED)));
                return Validation.valid(new Answer(result, d));
            });
        }
    };

    private record Run(int code, List<JsonNode> lines, String err) {
    }

    private static Run eval(String input) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = KisokuCli.run(new String[] {"eval"}, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List.of(DOUBLE));
        List<JsonNode> lines = List.empty();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                lines = lines.append(Json.MAPPER.readTree(l));
            }
        }
        return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDefectOfOursIsAnsweredInWordsWithoutJavaNamesOrTheCasesData() {
        CaseHandler broken = new CaseHandler() {
            @Override
            public String type() {
                return "test.broken";
            }

            @Override
            public Validation<Seq<io.github.kisoku.kernel.Problem>, Answer> answer(CaseReader f) {
                throw new IllegalStateException("card number 123-456 of 山田太郎");
            }
        };
        JsonNode answer = new Eval(List.of(broken, DOUBLE)).answerLine("{\"id\":7,\"type\":\"test.broken\"}", 1);
        assertThat(answer.get("ok").asBoolean()).isFalse();
        JsonNode problem = answer.get("problems").get(0);
        assertThat(problem.get("code").asText()).isEqualTo("internal-error");
        assertThat(problem.get("en").asText()).contains("test.broken").contains("defect of kisoku");
        assertThat(answer.toString()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("123-456")
                .doesNotContain("山田");
        // the batch goes on: the next case is answered
        assertThat(new Eval(List.of(broken, DOUBLE)).answerLine("{\"id\":8,\"type\":\"test.double\",\"n\":2}", 2)
                .get("ok").asBoolean()).isTrue();
    }

    @Test
    void answersEachLineInOrderAndABadLineDoesNotStopTheBatch() throws Exception {
        Run r = eval("{\"type\":\"test.double\",\"id\":\"a\",\"n\":2}\n"
                + "{not json\n"
                + "\n"
                + "{\"type\":\"test.double\",\"id\":7,\"n\":200,\"day\":\"2026-02-30\",\"extra\":1}\n"
                + "{\"type\":\"nope\",\"id\":\"c\"}\n"
                + "{\"type\":\"test.double\",\"n\":\"3\"}\n");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(5);
        JsonNode ok = r.lines().get(0);
        assertThat(ok.get("id").asText()).isEqualTo("a");
        assertThat(ok.get("ok").asBoolean()).isTrue();
        assertThat(ok.get("result").get("doubled").asInt()).isEqualTo(4);
        assertThat(ok.get("reasons").get(0).get("basis").asText()).isEqualTo("test double");
        assertThat(ok.get("reasons").get(0).get("confidence").asText()).isEqualTo("CONFIRMED");

        assertThat(r.lines().get(1).get("ok").asBoolean()).isFalse();
        assertThat(r.lines().get(1).get("problems").get(0).get("code").asText()).isEqualTo("malformed-json");

        JsonNode bad = r.lines().get(2);
        assertThat(bad.get("id").asInt()).isEqualTo(7);
        assertThat(fields(bad)).containsExactlyInAnyOrder("n:out-of-range", "day:invalid-date", "extra:unknown-field");

        assertThat(fields(r.lines().get(3))).containsExactly("type:unknown-type");
        assertThat(fields(r.lines().get(4))).containsExactlyInAnyOrder("id:required", "n:wrong-type");
    }

    @Test
    void invalidUtf8IsAnUnreadableInputWithExitCodeOne() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        int code = KisokuCli.run(new String[] {"eval"}, new ByteArrayInputStream(bytes),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List.of(DOUBLE));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read input");
    }

    @Test
    void usageErrorsExitWithTwo() {
        var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(KisokuCli.run(new String[] {"eval", "--no-such-option"}, new ByteArrayInputStream(new byte[0]),
                sink, sink, List.of(DOUBLE))).isEqualTo(2);
        assertThat(KisokuCli.run(new String[] {"no-such-command"}, new ByteArrayInputStream(new byte[0]), sink,
                sink, List.of(DOUBLE))).isEqualTo(2);
    }

    private static List<String> fields(JsonNode answer) {
        List<String> out = List.empty();
        for (JsonNode p : answer.get("problems")) {
            out = out.append(p.get("field").asText() + ":" + p.get("code").asText());
        }
        return out;
    }
}
