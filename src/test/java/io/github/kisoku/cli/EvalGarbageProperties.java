package io.github.kisoku.cli;

import static io.github.kisoku.testing.Generators.anyBoolean;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.text;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kisoku.cli.CliGenerators.Mutation;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 for the command line: whatever a line holds — random text, deeply nested JSON,
 * numbers and dates out of range, unknown ids, unknown fields — {@code eval} answers it with
 * {@code ok:false} and problems that name a field, never with an exception, and the answer
 * follows the schema.
 */
class EvalGarbageProperties {
    private static final Eval EVAL = new Eval(KisokuCli.Handlers.all());

    private static JsonNode answer(String line) {
        JsonNode a = Cli.valid(EVAL.answerLine(line, 1));
        assertThat(a.get("ok").asBoolean()).as(line).isFalse();
        assertThat(a.get("problems")).isNotEmpty();
        for (JsonNode p : a.get("problems")) {
            assertThat(p.get("field").asText()).isNotBlank();
            assertThat(p.get("code").asText()).isNotEqualTo("internal-error");
        }
        return a;
    }

    @Test
    void randomTextIsAProblemNotAnException() {
        property(300).forAll(text()).checkAssert(text -> {
            String line = text.replace('\n', ' ').replace('\r', ' ');
            if (!line.isBlank()) {
                answer(line);
            }
        });
    }

    @Test
    void deeplyNestedJsonIsAProblem() {
        property(100).forAll(ints(1, 5000), anyBoolean()).checkAssert((depth, arrays) -> {
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            String nested = open.repeat(depth) + "1" + close.repeat(depth);
            JsonNode a = answer("{\"type\":\"bicycle.fine\",\"id\":\"n\",\"violation\":" + nested
                    + ",\"offenceDate\":\"2026-04-04\",\"birthDate\":\"1985-07-20\"}");
            assertThat(a.get("problems").findValuesAsText("field")).containsAnyOf("violation", "(line 1)");
        });
    }

    @Test
    void aBadValueInAnyFieldIsAProblemOfThatField() {
        property(600).forAll(CliGenerators.mutations()).checkAssert(EvalGarbageProperties::namesTheBadField);
    }

    private static void namesTheBadField(Mutation m) {
        JsonNode a = answer(m.line());
        assertThat(a.get("problems").findValuesAsText("field")).as(m.line())
                .anySatisfy(f -> assertThat(f).startsWith(m.field()));
    }
}
