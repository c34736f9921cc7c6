package io.github.kisoku.cli;

import static io.github.kisoku.cli.Cli.eval;
import static io.github.kisoku.cli.Cli.problems;
import static io.github.kisoku.cli.Cli.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code golf.audit}: the auditor's month through eval gives what {@code golf audit --json} gives. */
class GolfAuditCaseTest {
    @Test
    @DisplayName("the bundled April month through eval is the command's audit")
    void sameAsTheCommand() throws IOException {
        String course = Json.line(Cli.parse(Files.readString(Path.of("examples/data/golftax/course-aso.json"),
                StandardCharsets.UTF_8)));
        String csv = Files.readString(Path.of("examples/data/golftax/visits-2026-04.csv"), StandardCharsets.UTF_8);
        ObjectNode c = Json.object().put("type", "golf.audit").put("id", "a");
        c.set("course", Cli.parse(course));
        c.put("visitsCsv", csv).put("declaredTotal", 2800);
        JsonNode viaEval = result(eval(Json.line(c)));
        Cli.Run command = Cli.run("", "golf", "audit", "--course", "examples/data/golftax/course-aso.json",
                "--visits", "examples/data/golftax/visits-2026-04.csv", "--declared", "2800", "--json");
        assertThat(command.code()).isZero();
        assertThat(viaEval).isEqualTo(Cli.parse(command.out().strip()));
        assertThat(viaEval.get("nonTaxableUsers")).isNotEmpty();
        assertThat(viaEval.get("rejected")).hasSize(1);
    }

    @Test
    @DisplayName("visits as rows; a bad row is rejected by its index and the rest audited; nothing readable is a problem")
    void rows() throws IOException {
        String course = Json.line(Cli.parse(Files.readString(Path.of("examples/data/golftax/course-aso.json"),
                StandardCharsets.UTF_8)));
        String row = "{\"id\":\"V-1\",\"use_date\":\"2026-04-04\",\"name\":\"A\",\"birth_date\":\"1980-05-01\","
                + "\"play\":\"NORMAL\",\"fee_charged\":12000,\"declared_tax\":800}";
        JsonNode r = result(eval("{\"type\":\"golf.audit\",\"id\":1,\"course\":" + course + ",\"visits\":[" + row + ","
                + row.replace("2026-04-04", "2026-04-31") + "]}"));
        assertThat(r.get("computedTotalYen").asLong()).isEqualTo(800);
        assertThat(r.at("/rejected/0/field").asText()).isEqualTo("visits[1].use_date");
        assertThat(problems(eval("{\"type\":\"golf.audit\",\"id\":1,\"course\":" + course + ",\"visits\":["
                + row.replace("2026-04-04", "x") + "]}"))).containsExactly("visits[0].use_date:invalid-date");
        assertThat(problems(eval("{\"type\":\"golf.audit\",\"id\":1,\"course\":" + course + ",\"visits\":[{\"id\":[1],"
                + "\"colour\":\"red\"}],\"visitsCsv\":\"\"}"))).contains("visits[0].id:wrong-type",
                        "visits[0].colour:unknown-field", "visits:one-of");
    }
}
