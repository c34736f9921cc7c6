package io.github.kisoku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.Seq;

/** The JSON of the contract: answer envelopes, reasons and problems. Version in {@link #SCHEMA_VERSION}. */
final class Json {
    /** The version of {@code answer.schema.json} (beside this class) that the output follows. */
    static final String SCHEMA_VERSION = "1.1.0";

    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // A line is one JSON value: trailing text or a repeated key is malformed, never half-read.
        MAPPER.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        MAPPER.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(40).build());
    }

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ObjectNode ok(JsonNode id, String type, Answer answer) {
        ObjectNode out = object();
        out.set("id", id);
        out.put("ok", true);
        out.put("type", type);
        out.set("result", answer.result());
        out.put("confidence", answer.decision().confidence().name());
        out.set("reasons", reasons(answer.decision().reasons()));
        out.set("notApplied", reasons(answer.decision().notApplied()));
        return out;
    }

    static ObjectNode failed(JsonNode id, Seq<Problem> problems) {
        ObjectNode out = object();
        out.set("id", id);
        out.put("ok", false);
        ArrayNode list = out.putArray("problems");
        problems.forEach(p -> {
            ObjectNode o = list.addObject();
            o.put("field", p.field());
            o.put("code", p.code());
            o.put("ja", p.message().ja());
            o.put("en", p.message().en());
        });
        return out;
    }

    static ArrayNode reasons(Seq<Reason> reasons) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        reasons.forEach(r -> {
            ObjectNode o = list.addObject();
            o.put("rule", r.id());
            o.put("basis", r.basis().cite());
            o.put("confidence", r.basis().confidence().name());
            Message words = r.message();
            o.put("ja", words.ja());
            o.put("en", words.en());
            if (!r.figures().isEmpty()) {
                ObjectNode f = o.putObject("figures");
                r.figures().shown().forEach(t -> f.put(t._1, t._2));
            }
        });
        return list;
    }

    /**
     * The parser's words for JSON it could not read, without the Java names some of its messages
     * carry (a reader of the answer is a clerk or another system, not a Java programmer).
     */
    static String parserWords(com.fasterxml.jackson.core.JacksonException e) {
        return String.valueOf(e.getOriginalMessage())
                // "(start marker at [Source: REDACTED (`StreamReadFeature.…` disabled); line: 1, column: 1])"
                .replace("Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "")
                // "… exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("`[^`]*\\.[^`]*`", "");
    }

    static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree built from nodes always serialises; this would be a bug of Jackson's.
            throw new IllegalStateException(e);
        }
    }
}
