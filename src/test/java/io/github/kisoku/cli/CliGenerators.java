package io.github.kisoku.cli;

import static io.github.kisoku.testing.Generators.ALPHA;
import static io.github.kisoku.testing.Generators.evenly;
import static io.github.kisoku.testing.Generators.longs;
import static io.github.kisoku.testing.Generators.oneOf;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.Generators.weighted;
import static io.github.kisoku.testing.Generators.withEdges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quicktheories.core.Gen;

/**
 * Generators of garbage input lines for the command line's {@code eval}: valid cases with one
 * field made bad.
 */
public final class CliGenerators {
    private static final List<JsonNode> WRONG_TYPES = List.of(json("true"), json("[]"), json("{}"), json("1.5"),
            json("-7"), json("\"\""), json("99999999999999999999999"));
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "2025-02-29", "0000-00-00",
            "2026-4-4", "+999999999-12-31", "2026-04-04T10:00", "令和8年4月4日", "");
    private static final Map<String, ObjectNode> BASES = new ConcurrentHashMap<>();

    private CliGenerators() {
    }

    /**
     * A line of {@code eval} input and the field it spoils.
     *
     * @param line the JSON line
     * @param field the field whose problem the answer must name
     */
    public record Mutation(String line, String field) {
    }

    /**
     * Valid cases of every type (the first of each golden file) with one field replaced by a bad
     * value — a wrong JSON type, an impossible date, an unknown id, a number out of range, a
     * malformed slot, act, fee table, play, catalogue, settings object, operation list or lottery
     * seed — or with one unknown field added; each of these ways to spoil a case is about equally
     * likely.
     *
     * @return the generator
     */
    public static Gen<Mutation> mutations() {
        Gen<JsonNode> wrong = oneOf(WRONG_TYPES);
        Gen<JsonNode> badDate = eitherOf(oneOf(BAD_DATES).map(CliGenerators::text), wrong);
        Gen<JsonNode> badId = eitherOf(names(12).map(s -> text("NO_SUCH_" + s)), wrong);
        Gen<JsonNode> badFlag = oneOf(json("\"true\""), json("1"), json("[]"), json("{}"));
        Gen<JsonNode> outOfRange = evenly(List.of(numbers(Long.MIN_VALUE, 0), numbers(8, Long.MAX_VALUE), wrong));
        Gen<JsonNode> badHeadcount = evenly(List.of(numbers(Long.MIN_VALUE, 0), numbers(10_001, Long.MAX_VALUE),
                wrong));
        Gen<JsonNode> badSlots = oneOf(json("[\"25:00-26:00\"]"), json("[\"09:00\"]"), json("[1]"),
                json("\"09:00-11:00\""), json("[\"11:00-09:00\"]"), json("[\"9時-11時\"]"), json("{}"));
        Gen<JsonNode> badActs = oneOf(json("[{\"date\":\"2026-02-30\",\"act\":1,\"kind\":\"detected\"}]"),
                json("[{\"date\":\"2026-02-01\",\"act\":17,\"kind\":\"detected\"}]"),
                json("[{\"date\":\"2026-02-01\",\"act\":1,\"kind\":\"seen\"}]"), json("[1]"), json("\"acts\""),
                json("[{\"date\":\"2026-02-01\",\"act\":1,\"kind\":\"detected\",\"x\":1}]"));
        Gen<JsonNode> badFees = oneOf(json("{\"member\":1}"), json("{\"charged\":-1}"), json("\"10000\""),
                json("{\"charged\":1000,\"table\":{}}"));
        Gen<JsonNode> badPlay = oneOf(json("\"golf\""), json("{\"kind\":\"early\"}"), json("7"),
                json("{\"kind\":\"nineHolesOnly\",\"holes\":0}"), json("{\"kind\":\"business\",\"item\":\"(9)\"}"));
        Gen<JsonNode> badCatalogue = oneOf(json("\"tokyo\""), json("5"), json("{}"), json("{\"facilities\":[{}]}"));

        Gen<JsonNode> badDateTime = oneOf(text("2026-02-30T10:00"), text("2026-07-01"), text("2026-07-01T25:00"),
                json("1"), json("{}"));
        Gen<JsonNode> badSettings = oneOf(json("[]"), json("\"defaults\""), json("{\"quotas\":[{}]}"),
                json("{\"windows\":[{\"method\":\"X\",\"monthsBefore\":1,\"dayOfMonth\":1,\"at\":\"09:00\"}]}"),
                json("{\"closedDays\":[{\"facility\":\"nowhere\"}]}"), json("{\"fees\":{\"rounding\":{}}}"),
                json("{\"payment\":[{\"method\":\"LOTTERY\",\"at\":\"17:00\"}]}"), json("{\"x\":1}"),
                json("{\"fees\":{\"adjustments\":[{\"id\":\"a\",\"kind\":\"REDUCTION\",\"share\":\"2/1\","
                        + "\"ja\":\"減免\",\"en\":\"r\"}]}}"));
        Gen<JsonNode> fewerThanOne = evenly(List.of(numbers(Long.MIN_VALUE, 0), wrong));
        List<Gen<Mutation>> operations = List.of(
                mutate("booking.book", "operations", oneOf(json("[]"), json("{}"), json("[1]"),
                        json("[{\"op\":\"fly\",\"at\":\"2026-07-01T10:00\"}]"),
                        json("[{\"op\":\"pay\",\"at\":\"2026-07-01T10:00\"}]"),
                        json("[{\"op\":\"expire\",\"at\":\"2026-07-02T10:00\"},{\"op\":\"expire\","
                                + "\"at\":\"2026-07-01T10:00\"}]"))),
                mutate("booking.book", "settings", badSettings),
                mutate("booking.book", "catalogue", badCatalogue),
                mutate("booking.lottery", "applications", oneOf(json("[{}]"), json("{}"), json("[{\"id\":\"x\"}]"))),
                mutate("booking.lottery", "closedAt", badDateTime),
                mutate("booking.lottery", "seed", oneOf(json("{}"), json("\"s\""), json("{\"seed\":\"s\","
                        + "\"committedAt\":\"2026-09-01T00:00\",\"source\":\"x\"}"))),
                mutate("booking.plan", "date", badDate),
                mutate("booking.plan", "from", oneOf(text("9"), text("25:00"), text("10:00"), json("1"))),
                mutate("booking.plan", "othersPerSlot", oneOf(json("{\"9-11\":1}"), json("{\"09:00-11:00\":-1}"),
                        json("[]"))),
                mutate("booking.grid", "from", badDate),
                mutate("booking.grid", "to", badDate),
                mutate("booking.grid", "at", badDateTime),
                mutate("booking.grid", "unit", badId),
                mutate("booking.grid", "settings", badSettings),
                mutate("booking.fee", "slots", badSlots),
                mutate("booking.fee", "charges", oneOf(json("{\"EQUIPMENT\":-1}"), json("{\"FACILITY\":1}"),
                        json("[]"))),
                mutate("booking.fee", "adjustments", oneOf(json("{\"FACILITY\":\"none\"}"),
                        json("{\"X\":\"half\"}"), json("1"))),
                mutate("booking.fee", "settings", badSettings),
                mutate("account.password", "password", wrong),
                mutate("account.login", "attempts", oneOf(json("[]"), json("{}"),
                        json("[{\"at\":\"2026-07-01T10:00\"}]"), json("[{\"at\":\"x\",\"correct\":true}]"))),
                mutate("account.login", "lockMinutes", evenly(List.of(numbers(Long.MIN_VALUE, 0),
                        numbers(525_601, Long.MAX_VALUE), wrong))),
                mutate("account.renewal", "validUntil", badDate),
                mutate("account.renewal", "ruleSet", badId),
                mutate("golf.audit", "visitsCsv", oneOf(text(""), text("a,b\n1,2"), json("1"))),
                mutate("golf.audit", "declaredTotal", fewerThanOne.map(n -> n.asLong() == 0 ? json("-1") : n)),
                mutate("golf.audit", "month", oneOf(text("2026-13"), text("April"), json("4"))));
        List<Gen<Mutation>> before = List.of(
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
                mutate("booking.request", "requestedAt", oneOf(text("2026-02-30T10:00"), text("2026-07-01"),
                        text("+999999999-12-31T23:59"), text("2026-07-01T25:00"), json("1"))),
                mutate("booking.request", "catalogue", badCatalogue),
                mutate("booking.request", "group", oneOf(json("{}"), json("\"K0001\""),
                        json("{\"id\":\"K\",\"name\":\"n\",\"class\":\"CLUB\",\"validUntil\":\"2027-03-31\"}"))),
                oneOf("bicycle.fine", "bicycle.course", "golf.visit", "booking.request", "booking.book",
                        "booking.lottery", "booking.plan", "booking.grid", "booking.fee", "account.password",
                        "account.login", "account.renewal", "golf.audit").zip(names(10),
                        (type, name) -> {
                            ObjectNode c = base(type);
                            c.put("zz" + name, 1);
                            return new Mutation(Json.line(c), "zz" + name);
                        }));
        return evenly(java.util.stream.Stream.concat(before.stream(), operations.stream())
                .collect(java.util.stream.Collectors.toList()));
    }

    /** Letters only, one to {@code maxLength} of them, with a single letter among the edges. */
    private static Gen<String> names(int maxLength) {
        return withEdges(textOf(ALPHA, 1, maxLength), List.of("a", "Z"));
    }

    private static Gen<JsonNode> numbers(long min, long max) {
        return longs(min, max).map(n -> json(Long.toString(n)));
    }

    private static Gen<JsonNode> eitherOf(Gen<JsonNode> first, Gen<JsonNode> second) {
        return weighted(List.of(50, 50), List.of(first, second));
    }

    private static Gen<Mutation> mutate(String type, String field, Gen<JsonNode> values) {
        return values.map(v -> {
            ObjectNode c = base(type);
            c.set(field, v);
            return new Mutation(Json.line(c), field);
        });
    }

    /** A fresh copy of the first case of the type's golden file, which is a valid one. */
    private static ObjectNode base(String type) {
        return BASES.computeIfAbsent(type, CliGenerators::firstGoldenCase).deepCopy();
    }

    private static ObjectNode firstGoldenCase(String type) {
        try (InputStream in = CliGenerators.class.getResourceAsStream(
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
