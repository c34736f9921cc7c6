package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The schema file carries the version the output claims, and it rejects what the contract forbids. */
class SchemaTest {
    private static JsonNode schema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/io/github/kisoku/cli/answer.schema.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    @Test
    void versionOfTheFileIsTheVersionOfTheCode() throws IOException {
        JsonNode s = schema();
        assertThat(s.get("$id").asText()).endsWith(":" + Json.SCHEMA_VERSION);
        assertThat(s.get("title").asText()).endsWith("version " + Json.SCHEMA_VERSION);
    }

    @Test
    void theSchemaRejectsAnswersOutsideTheContract() {
        assertThat(Cli.SCHEMA.validate(Cli.parse("{\"id\":\"a\",\"ok\":false,\"problems\":[]}"))).isNotEmpty();
        assertThat(Cli.SCHEMA.validate(Cli.parse("{\"id\":\"a\",\"ok\":true,\"type\":\"golf.visit\",\"result\":"
                + "{\"treatment\":\"FREE\",\"treatmentJa\":\"\",\"treatmentEn\":\"\",\"taxYen\":0,\"dayType\":\"WEEKDAY\","
                + "\"evidence\":[]},\"confidence\":\"CONFIRMED\",\"reasons\":[],\"notApplied\":[]}"))).isNotEmpty();
        assertThat(Cli.SCHEMA.validate(Cli.parse("{\"id\":\"a\",\"ok\":true,\"type\":\"booking.request\",\"result\":"
                + "{\"accepted\":true},\"confidence\":\"CONFIRMED\",\"reasons\":[],\"notApplied\":[]}"))).isNotEmpty();
        assertThat(Cli.SCHEMA.validate(Cli.parse("{\"id\":null,\"ok\":false,\"problems\":[{\"field\":\"x\",\"code\":\"c\","
                + "\"ja\":\"j\",\"en\":\"e\"}]}"))).isEmpty();
    }
}
