package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every booking and account operation reachable from the command line, with the example files. */
class BookingCommandsTest {
    static final String DIR = "examples/data/booking/";
    static final String CAT = "nishi-kominkan-example";

    static JsonNode json(String stdin, String... args) {
        Cli.Run run = Cli.run(stdin, args);
        assertThat(run.code()).as(run.err() + run.out()).isZero();
        return run.answer();
    }

    @Test
    @DisplayName("booking check --settings: the example settings' window refuses a request made before it opens")
    void checkWithSettings() {
        String[] args = {"booking", "check", "--catalogue", CAT, "--group-id", "K0001", "--group-name", "舞踊の会",
            "--group-class", "GENERAL", "--valid-until", "2027-03-31", "--unit", "nishi.kaigi-1", "--date", "2026-08-05",
            "--slot", "09:00-11:00", "--headcount", "8", "--purpose", "総会", "--at", "2026-07-01T10:00", "--json"};
        assertThat(json("", args).at("/result/accepted").asBoolean()).isTrue();
        String[] with = java.util.Arrays.copyOf(args, args.length + 2);
        with[args.length] = "--settings";
        with[args.length + 1] = DIR + "settings-example.json";
        assertThat(json("", with).at("/result/refusals").toString()).contains("WINDOW");
    }

    @Test
    @DisplayName("booking book, plan, grid and fee answer the example files")
    void bookPlanGridFee() {
        JsonNode book = json("", "booking", "book", "--catalogue", CAT, "--settings", DIR + "settings-example.json",
                "--operations", DIR + "operations-example.json", "--json");
        assertThat(book.at("/result/steps").size()).isEqualTo(6);
        JsonNode plan = json("", "booking", "plan", "--catalogue", CAT, "--unit", "nishi.kaigi-1", "--date", "2026-08-05",
                "--from", "09:00", "--to", "15:00", "--others", "09:00-11:00=2", "--others", "13:00-15:00=1", "--json");
        assertThat(plan.at("/result/lotteryChance").asText()).isEqualTo("1/6");
        JsonNode grid = json("", "booking", "grid", "--catalogue", CAT, "--settings", DIR + "settings-example.json",
                "--unit", "nishi.kaigi-1", "--from", "2026-08-10", "--to", "2026-08-11", "--at", "2026-07-01T10:00", "--json");
        assertThat(grid.at("/result/days/0/symbols").asText()).isEqualTo("休休休休休休");
        JsonNode fee = json("", "booking", "fee", "--catalogue", CAT, "--settings", DIR + "settings-example.json",
                "--unit", "nishi.kaigi-1", "--slot", "09:00-11:00", "--group-class", "GENERAL", "--charge", "EQUIPMENT=300",
                "--adjust", "FACILITY=half", "--json");
        assertThat(fee.at("/result/totalYen").asLong()).isEqualTo(700);
        Cli.Run bad = Cli.run("", "booking", "fee", "--catalogue", CAT, "--unit", "nishi.kaigi-1", "--slot", "9-11",
                "--charge", "EQUIPMENT=lots");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("slots[0]", "charges.EQUIPMENT");
    }

    @Test
    @DisplayName("booking lottery draws, and --replay re-runs the printed log to the same winners")
    void lotteryAndReplay(@TempDir Path tmp) throws IOException {
        JsonNode drawn = json("", "booking", "lottery", "--catalogue", CAT, "--applications",
                DIR + "applications-example.json", "--closed-at", "2026-08-10T17:00", "--seed",
                "2026-08-kawaguchi-example-seed", "--seed-committed-at", "2026-08-01T00:00", "--seed-source",
                "published on 2026-08-01", "--json");
        Path log = tmp.resolve("draw.log");
        Files.writeString(log, drawn.at("/result/log").asText(), StandardCharsets.UTF_8);
        JsonNode again = json("", "booking", "lottery", "--replay", log.toString(), "--json");
        assertThat(again.at("/result/winners")).isEqualTo(drawn.at("/result/winners"));
        assertThat(again.at("/result/reproduced").asBoolean()).isTrue();
        assertThat(Cli.run("", "booking", "lottery", "--replay", tmp.resolve("none.log").toString()).code())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("account password reads standard input and never prints the password; login and renewal answer")
    void accounts() {
        Cli.Run pw = Cli.run("hunter two\n", "account", "password");
        assertThat(pw.code()).isZero();
        assertThat(pw.out()).contains("meetsPolicy: false").doesNotContain("hunter");
        JsonNode login = json("", "account", "login", "--attempt", "2026-07-01T10:00=fail", "--attempt",
                "2026-07-01T10:01=ok", "--json");
        assertThat(login.at("/result/state").asText()).isEqualTo("LOGGED_IN");
        assertThat(Cli.run("", "account", "login", "--attempt", "2026-07-01T10:00=maybe").code()).isEqualTo(2);
        JsonNode renewal = json("", "account", "renewal", "--valid-until", "2027-03-31", "--renewal-date",
                "2027-03-01", "--rule-set", "NEW", "--json");
        assertThat(renewal.at("/result/applyBy").asText()).isEqualTo("2027-03-17");
    }
}
