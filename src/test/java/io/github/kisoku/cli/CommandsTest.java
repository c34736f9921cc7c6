package io.github.kisoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.kisoku.golftax.io.VisitCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the commands a clerk types, on the bundled example data and on bad input. */
class CommandsTest {
    static final String COURSE = "examples/data/golftax/course-aso.json";
    static final String VISITS = "examples/data/golftax/visits-2026-04.csv";

    @Test
    @DisplayName("a grouping command run alone is a usage error naming its subcommands")
    void aGroupAloneNamesItsSubcommands() {
        Cli.Run bicycle = Cli.run("", "bicycle");
        assertThat(bicycle.code()).isEqualTo(2);
        assertThat(bicycle.err()).contains("assess か course を指定 / give assess or course");
        assertThat(Cli.run("", "golf").err()).contains("visit か audit を指定 / give visit or audit");
        assertThat(Cli.run("", "booking").err()).contains("check か book か lottery か plan か grid か fee を指定",
                "give check or book or lottery or plan or grid or fee");
        assertThat(Cli.run("", "account").err()).contains("give password or login or renewal");
    }

    @Test
    @DisplayName("golf audit of the bundled April 2026 visits: the differences and the rejected row")
    void golfAuditText() {
        Cli.Run r = Cli.run("", "golf", "audit", "--course", COURSE, "--visits", VISITS, "--declared", "2800");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("阿蘇テストカントリークラブ", "2026-04", "rejected: 1", "2026-04-31",
                "computed total: 4,400円", "declared total: 2,800円", "004:", "009:", "012:", "013:",
                "熊本県税条例 第69条第1項第1号", "業務による利用者名簿");
        assertThat(r.out()).doesNotContain("001:", "005:");
    }

    @Test
    void golfAuditJsonAndCsv() throws IOException {
        Cli.Run r = Cli.run("", "golf", "audit", "--course", COURSE, "--visits", VISITS, "--json");
        assertThat(r.code()).isZero();
        JsonNode a = Cli.parse(r.out().strip());
        assertThat(a.get("computedTotalYen").asLong()).isEqualTo(4400);
        // Without --declared, the declared total is the declared_tax column of the rows read (015 is rejected).
        assertThat(a.get("declaredTotalYen").asLong()).isEqualTo(2800);
        assertThat(a.get("visits")).hasSize(14);
        assertThat(a.get("rejected").get(0).get("field").asText()).isEqualTo("line 18.use_date");
        assertThat(a.get("differences").findValuesAsText("id")).containsExactly("004", "009", "012", "013");

        Cli.Run c = Cli.run("", "golf", "audit", "--course", COURSE, "--visits", VISITS, "--csv");
        assertThat(c.code()).isZero();
        var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(c.out())).getRecords();
        assertThat(rows).hasSize(14);
        CSVRecord v004 = rows.get(3);
        assertThat(v004.get("id")).isEqualTo("004");
        assertThat(v004.get("treatment")).isEqualTo("REDUCED");
        assertThat(v004.get("tax")).isEqualTo("400");
        assertThat(v004.get("difference")).isEqualTo("400");
    }

    @Test
    @DisplayName("golf audit reads the visits with a CSV library: quoted fields may hold commas; an open quote is unreadable")
    void golfAuditReadsQuotedFields(@TempDir Path dir) throws IOException {
        Path quoted = dir.resolve("quoted.csv");
        Files.writeString(quoted, "\uFEFF" + VisitCsv.HEADER + "\n"
                + "# a comment line\n"
                + "\n"
                + "101,2026-04-04,\"熊本, 太郎\",1980-05-01,DRIVING_LICENCE,,NORMAL,10000,800\n"
                + "102,2026-04-31,\"阿蘇 花子\",1980-05-01,,,NORMAL,10000,800\n", StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("", "golf", "audit", "--course", COURSE, "--visits", quoted.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = Cli.parse(r.out().strip());
        assertThat(a.get("visits")).hasSize(1);
        assertThat(a.get("computedTotalYen").asLong()).isEqualTo(800);
        // The rejected row is named by its line in the file: BOM-stripped header 1, comment 2, blank 3, 101 on 4.
        assertThat(a.get("rejected").get(0).get("field").asText()).isEqualTo("line 5.use_date");

        Path open = dir.resolve("open.csv");
        Files.writeString(open, VisitCsv.HEADER + "\n101,2026-04-04,\"熊本 太郎,1980-05-01,,,NORMAL,10000,800\n",
                StandardCharsets.UTF_8);
        Cli.Run o = Cli.run("", "golf", "audit", "--course", COURSE, "--visits", open.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("CSV");
    }

    @Test
    void golfAuditOnBadFilesAndOptions(@TempDir Path dir) throws IOException {
        assertThat(Cli.run("", "golf", "audit", "--course", COURSE, "--visits", dir.resolve("none.csv").toString())
                .code()).isEqualTo(1);
        Path badCourse = dir.resolve("course.json");
        Files.writeString(badCourse, "{\"name\":\"x\",\"grade\":9,\"holes\":18,\"type\":\"MEMBER\",\"fees\":{}}");
        Cli.Run r = Cli.run("", "golf", "audit", "--course", badCourse.toString(), "--visits", VISITS);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("course.grade", "course.fees.weekdayMember");
        Files.writeString(badCourse, "{not json");
        assertThat(Cli.run("", "golf", "audit", "--course", badCourse.toString(), "--visits", VISITS).code())
                .isEqualTo(1);
        Path garbage = dir.resolve("visits.csv");
        Files.writeString(garbage, "a,b,c\n1,2,3\n", StandardCharsets.UTF_8);
        Cli.Run g = Cli.run("", "golf", "audit", "--course", COURSE, "--visits", garbage.toString());
        assertThat(g.code()).isEqualTo(1);
        assertThat(g.err()).contains("id,use_date");
        assertThat(Cli.run("", "golf", "audit", "--course", COURSE, "--visits", VISITS, "--json", "--csv").code())
                .isEqualTo(2);
        assertThat(Cli.run("", "golf", "audit", "--visits", VISITS).code()).isEqualTo(2);
        assertThat(Cli.run("", "golf", "audit", "--course", COURSE, "--visits", VISITS, "--declared", "many").code())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("bicycle assess: a clerk sees the amount and both deadline days, with reasons in both languages")
    void bicycleAssess() {
        Cli.Run r = Cli.run("", "bicycle", "assess", "--violation", "SIGNAL_VIOLATION", "--date", "2026-04-04",
                "--time", "08:15", "--born", "1985-07-20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("blueTicket: true", "amountYen: 6000", "provisionalPaymentLastDay: 2026-04-11",
                "provisionalPaymentDeadline: 2026-04-13", "理由 / reasons:", "道路交通法 第129条第1項",
                "the first day is not counted");
        Cli.Run j = Cli.run("", "bicycle", "assess", "--violation", "SIGNAL_VIOLATION", "--date", "2026-04-04",
                "--born", "1985-07-20", "--json");
        assertThat(j.code()).isZero();
        assertThat(j.answer().get("result").get("amountYen").asLong()).isEqualTo(6000);
    }

    @Test
    void bicycleAssessWithBadInputExitsTwoNamingTheFields() {
        Cli.Run r = Cli.run("", "bicycle", "assess", "--violation", "NOPE", "--date", "2026-02-30", "--born",
                "1985-07-20");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("violation [unknown-id]", "offenceDate [invalid-date]");
        Cli.Run j = Cli.run("", "bicycle", "assess", "--violation", "NOPE", "--date", "2026-02-30", "--born",
                "1985-07-20", "--json");
        assertThat(j.code()).isEqualTo(2);
        assertThat(Cli.problems(j.answer())).contains("violation:unknown-id", "offenceDate:invalid-date");
        assertThat(Cli.run("", "bicycle", "assess", "--date", "2026-04-04").code()).isEqualTo(2);
        assertThat(Cli.run("", "bicycle").code()).isEqualTo(2);
    }

    @Test
    void bicycleCourse() {
        Cli.Run r = Cli.run("", "bicycle", "course", "--as-of", "2027-03-15", "--born", "2012-02-29",
                "--act", "2026-02-20:1:detected", "--act", "2026-06-01:15", "--act", "2027-03-15:1:accident", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.answer().get("result").get("courseRequired").asBoolean()).isTrue();
        Cli.Run bad = Cli.run("", "bicycle", "course", "--as-of", "2027-03-15", "--born", "2012-02-29",
                "--act", "2026-06-01:x", "--json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(Cli.problems(bad.answer())).containsExactly("acts[0].act:wrong-type");
    }

    @Test
    void golfVisit() {
        Cli.Run r = Cli.run("", "golf", "visit", "--course", COURSE, "--date", "2026-04-08", "--born", "1959-06-01",
                "--fee", "6400", "--age-document", "DRIVING_LICENCE");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("treatment: REDUCED", "taxYen: 400");
        Cli.Run early = Cli.run("", "golf", "visit", "--course", COURSE, "--date", "2026-04-11", "--born",
                "1985-03-03", "--fee", "4000", "--play", "{\"kind\":\"early\",\"startsBeforeOpening\":true,"
                        + "\"mustFinishBy\":\"09:30\"}", "--json");
        assertThat(early.answer().get("result").get("treatment").asText()).isEqualTo("REDUCED");
        Cli.Run bad = Cli.run("", "golf", "visit", "--course", COURSE, "--date", "2026-04-31", "--born", "1985-03-03",
                "--fee", "4000", "--play", "putting", "--json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(Cli.problems(bad.answer())).containsExactlyInAnyOrder("useDate:invalid-date", "play.kind:unknown-value");
    }

    @Test
    void bookingCheck(@TempDir Path dir) throws IOException {
        String[] base = {"booking", "check", "--catalogue", "nishi-kominkan-example", "--group-id", "K0001",
            "--group-name", "舞踊の会", "--group-class", "GENERAL", "--valid-until", "2027-03-31", "--unit",
            "nishi.kaigi-1", "--date", "2026-08-05", "--slot", "09:00-11:00", "--headcount", "8", "--purpose", "総会",
            "--at", "2026-07-01T10:00"};
        Cli.Run r = Cli.run("", base);
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("accepted: true", "quotaUnits: 1");
        Path ledger = dir.resolve("ledger.json");
        Files.writeString(ledger, "[{\"group\":{\"id\":\"K0002\",\"name\":\"茶道会\",\"class\":\"GENERAL\","
                + "\"validUntil\":\"2027-03-31\"},\"unit\":\"nishi.kaigi-1\",\"date\":\"2026-08-05\","
                + "\"slots\":[\"09:00-11:00\"],\"headcount\":4,\"purpose\":\"茶道\",\"requestedAt\":\"2026-06-30T09:00\"}]");
        String[] withLedger = java.util.Arrays.copyOf(base, base.length + 2);
        withLedger[base.length] = "--ledger";
        withLedger[base.length + 1] = ledger.toString();
        Cli.Run taken = Cli.run("", withLedger);
        assertThat(taken.code()).isZero();
        assertThat(taken.out()).contains("accepted: false", "TAKEN");
        withLedger[base.length + 1] = dir.resolve("missing.json").toString();
        assertThat(Cli.run("", withLedger).code()).isEqualTo(1);
    }

    @Test
    void catalogueListsViolationsWithAmountsAndConfidence() {
        Cli.Run r = Cli.run("", "catalogue");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("SIGNAL_VIOLATION", "6,000円", "CONFIRMED", "信号無視");
        Cli.Run j = Cli.run("", "catalogue", "--json");
        JsonNode list = Cli.parse(j.out().strip());
        assertThat(list.isArray()).isTrue();
        assertThat(list.findValuesAsText("id")).contains("SIGNAL_VIOLATION", "SPEEDING_20_TO_25");
        assertThat(Cli.run("", "catalogue", "--on", "2026-03-31").code()).isEqualTo(2);
        assertThat(Cli.run("", "catalogue", "--on", "2026-02-30").code()).isEqualTo(2);
    }

    @Test
    void evalReadsAFileAndReportsAMissingOne(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, "{\"type\":\"bicycle.fine\",\"id\":1,\"violation\":\"NO_LIGHTS\",\"offenceDate\":\"2026-04-01\","
                + "\"birthDate\":\"2000-01-01\"}\n[1,2]\n\"text\"\n{\"type\":\"golf.visit\",\"id\":2}\n");
        Cli.Run r = Cli.run("", "eval", cases.toString());
        assertThat(r.code()).isZero();
        assertThat(r.answers()).hasSize(4);
        assertThat(r.answers().get(0).get("ok").asBoolean()).isTrue();
        assertThat(Cli.problems(r.answers().get(1))).containsExactly("(line):not-an-object");
        assertThat(Cli.problems(r.answers().get(3))).contains("useDate:required", "grade:required", "birthDate:required").doesNotContain("fees:required");
        Cli.Run missing = Cli.run("", "eval", dir.resolve("nope.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        Cli.Run types = Cli.run("", "eval", "--types");
        assertThat(types.out().lines()).containsExactly("account.login", "account.password", "account.renewal",
                "bicycle.course", "bicycle.fine", "booking.book", "booking.fee", "booking.grid", "booking.lottery",
                "booking.plan", "booking.request", "golf.audit", "golf.visit");
    }
}
