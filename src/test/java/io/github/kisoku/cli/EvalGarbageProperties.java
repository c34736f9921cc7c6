package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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

    @Property(tries = 300)
    void randomTextIsAProblemNotAnException(@ForAll String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        if (!line.isBlank()) {
            answer(line);
        }
    }

    @Property(tries = 100)
    void deeplyNestedJsonIsAProblem(@ForAll @IntRange(min = 1, max = 5000) int depth, @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        JsonNode a = answer("{\"type\":\"bicycle.fine\",\"id\":\"n\",\"violation\":" + nested
                + ",\"offenceDate\":\"2026-04-04\",\"birthDate\":\"1985-07-20\"}");
        assertThat(a.get("problems").findValuesAsText("field")).containsAnyOf("violation", "(line 1)");
    }

    @Property(tries = 600)
    void aBadValueInAnyFieldIsAProblemOfThatField(@ForAll("mutations") Mutation m) {
        JsonNode a = answer(m.line());
        assertThat(a.get("problems").findValuesAsText("field")).as(m.line())
                .anySatisfy(f -> assertThat(f).startsWith(m.field()));
    }

    /** A valid case with one field replaced by a bad value (or one unknown field added). */
    record Mutation(String line, String field) {
    }

    private static final JsonNode[] WRONG_TYPES = {json("true"), json("[]"), json("{}"), json("1.5"), json("-7"),
        json("\"\""), json("99999999999999999999999")};
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "2025-02-29", "0000-00-00",
        "2026-4-4", "+999999999-12-31", "2026-04-04T10:00", "令和8年4月4日", "");

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<JsonNode> wrong = Arbitraries.of(WRONG_TYPES);
        Arbitrary<JsonNode> badDate = Arbitraries.oneOf(Arbitraries.of(BAD_DATES.map(d -> text(d)).asJava()),
                wrong);
        Arbitrary<JsonNode> badId = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .map(s -> text("NO_SUCH_" + s)), wrong);
        Arbitrary<JsonNode> badFlag = Arbitraries.of(json("\"true\""), json("1"), json("[]"), json("{}"));
        Arbitrary<JsonNode> outOfRange = Arbitraries.oneOf(Arbitraries.longs().lessOrEqual(0).map(n -> json(
                Long.toString(n))), Arbitraries.longs().greaterOrEqual(8).map(n -> json(Long.toString(n))),
                wrong);
        Arbitrary<JsonNode> badHeadcount = Arbitraries.oneOf(Arbitraries.longs().lessOrEqual(0)
                .map(n -> json(Long.toString(n))), Arbitraries.longs().greaterOrEqual(10_001)
                .map(n -> json(Long.toString(n))), wrong);
        Arbitrary<JsonNode> badSlots = Arbitraries.of(json("[\"25:00-26:00\"]"), json("[\"09:00\"]"), json("[1]"),
                json("\"09:00-11:00\""), json("[\"11:00-09:00\"]"), json("[\"9時-11時\"]"), json("{}"));
        Arbitrary<JsonNode> badActs = Arbitraries.of(json("[{\"date\":\"2026-02-30\",\"act\":1,\"kind\":\"detected\"}]"),
                json("[{\"date\":\"2026-02-01\",\"act\":17,\"kind\":\"detected\"}]"),
                json("[{\"date\":\"2026-02-01\",\"act\":1,\"kind\":\"seen\"}]"), json("[1]"), json("\"acts\""),
                json("[{\"date\":\"2026-02-01\",\"act\":1,\"kind\":\"detected\",\"x\":1}]"));
        Arbitrary<JsonNode> badFees = Arbitraries.of(json("{}"), json("{\"charged\":-1}"), json("\"10000\""),
                json("{\"charged\":1000,\"table\":{}}"));
        Arbitrary<JsonNode> badPlay = Arbitraries.of(json("\"golf\""), json("{\"kind\":\"early\"}"), json("7"),
                json("{\"kind\":\"nineHolesOnly\",\"holes\":0}"), json("{\"kind\":\"business\",\"item\":\"(9)\"}"));
        Arbitrary<JsonNode> badCatalogue = Arbitraries.of(json("\"tokyo\""), json("5"), json("{}"),
                json("{\"facilities\":[{}]}"));

        return Arbitraries.oneOf(
                mutate("bicycle.fine", "violation", badId),
                mutate("bicycle.fine", "offenceDate", badDate),
                mutate("bicycle.fine", "birthDate", badDate),
                mutate("bicycle.fine", "noticeDate", badDate),
                mutate("bicycle.fine", "causedAccident", badFlag),
                mutate("bicycle.fine", "trafficDanger", badFlag),
                mutate("bicycle.course", "asOf", badDate),
                mutate("bicycle.course", "birthDate", badDate),
                mutate("bicycle.course", "acts", badActs),
                mutate("golf.visit", "useDate", badDate),
                mutate("golf.visit", "birthDate", badDate),
                mutate("golf.visit", "grade", outOfRange),
                mutate("golf.visit", "ageDocument", badId),
                mutate("golf.visit", "fees", badFees),
                mutate("golf.visit", "play", badPlay),
                mutate("booking.request", "date", badDate),
                mutate("booking.request", "unit", badId),
                mutate("booking.request", "slots", badSlots),
                mutate("booking.request", "headcount", badHeadcount),
                mutate("booking.request", "requestedAt", Arbitraries.of(text("2026-02-30T10:00"), text("2026-07-01"),
                        text("+999999999-12-31T23:59"), text("2026-07-01T25:00"), json("1"))),
                mutate("booking.request", "catalogue", badCatalogue),
                mutate("booking.request", "group", Arbitraries.of(json("{}"), json("\"K0001\""),
                        json("{\"id\":\"K\",\"name\":\"n\",\"class\":\"CLUB\",\"validUntil\":\"2027-03-31\"}"))),
                Combinators.combine(Arbitraries.of("bicycle.fine", "bicycle.course", "golf.visit", "booking.request"),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10))
                        .as((type, name) -> {
                            ObjectNode c = base(type);
                            c.put("zz" + name, 1);
                            return new Mutation(Json.line(c), "zz" + name);
                        }));
    }

    private static Arbitrary<Mutation> mutate(String type, String field, Arbitrary<JsonNode> values) {
        return values.map(v -> {
            ObjectNode c = base(type);
            c.set(field, v);
            return new Mutation(Json.line(c), field);
        });
    }

    /** The first case of the type's golden file, which is a valid one. */
    private static ObjectNode base(String type) {
        try (InputStream in = EvalGarbageProperties.class.getResourceAsStream(
                "/io/github/kisoku/cli/golden/" + type + ".jsonl")) {
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            return (ObjectNode) Json.MAPPER.readTree(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String s) {
        return Cli.parse(s);
    }

    private static JsonNode text(String s) {
        return Json.MAPPER.getNodeFactory().textNode(s);
    }
}
