package io.github.kisoku.cli;

import static io.github.kisoku.cli.Cli.eval;
import static io.github.kisoku.cli.Cli.problems;
import static io.github.kisoku.cli.Cli.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code bicycle.fine} and {@code bicycle.course} cases of the eval contract. */
class BicycleCasesTest {
    private static String fine(String fields) {
        return "{\"type\":\"bicycle.fine\",\"id\":\"f\"," + fields + "}";
    }

    @Test
    @DisplayName("反則金の納付手続き: red light on Sat 2026-04-04 → 6,000円, 仮納付 last day Sat 04-11, moved to Mon 04-13")
    void redLightGetsABlueTicketAndItsDeadlines() {
        JsonNode a = eval(fine("\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\",\"offenceTime\":\"08:15\","
                + "\"birthDate\":\"1985-07-20\""));
        JsonNode r = result(a);
        assertThat(r.get("blueTicket").asBoolean()).isTrue();
        assertThat(r.get("amountYen").asLong()).isEqualTo(6000);
        assertThat(r.get("provisionalPaymentLastDay").asText()).isEqualTo("2026-04-11");
        assertThat(r.get("provisionalPaymentDeadline").asText()).isEqualTo("2026-04-13");
        assertThat(a.get("reasons").findValuesAsText("rule")).contains("bicycle.amount", "bicycle.deadline.roll");
        assertThat(a.get("notApplied").findValuesAsText("rule")).contains("bicycle.age-16");
        assertThat(a.get("confidence").asText()).isEqualTo("UNCONFIRMED");
    }

    @Test
    void aLaterNoticeDateMovesTheDeadline() {
        JsonNode r = result(eval(fine("\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\","
                + "\"noticeDate\":\"2026-04-06\",\"birthDate\":\"1985-07-20\"")));
        assertThat(r.get("noticeDate").asText()).isEqualTo("2026-04-06");
        assertThat(r.get("provisionalPaymentLastDay").asText()).isEqualTo("2026-04-13");
        assertThat(r.get("provisionalPaymentDeadline").asText()).isEqualTo("2026-04-13");
    }

    @Test
    @DisplayName("16歳以上: on the eve of the 16th birthday there is no blue ticket, no amount, no deadline")
    void eveOfSixteenthBirthday() {
        JsonNode r = result(eval(fine("\"violation\":\"TRAFFIC_DIVISION\",\"offenceDate\":\"2026-05-10\","
                + "\"offenceTime\":\"23:59\",\"birthDate\":\"2010-05-11\"")));
        assertThat(r.get("blueTicket").asBoolean()).isFalse();
        assertThat(r.get("amountYen").isNull()).isTrue();
        assertThat(r.get("provisionalPaymentLastDay").isNull()).isTrue();
        assertThat(r.get("provisionalPaymentDeadline").isNull()).isTrue();
        assertThat(r.get("exclusions").toString()).contains("UNDER_16");
    }

    @Test
    void beforeTheSystemStartedAndWithAlcoholThereIsNoBlueTicket() {
        JsonNode before = result(eval(fine("\"violation\":\"NO_LIGHTS\",\"offenceDate\":\"2026-03-31\","
                + "\"birthDate\":\"1970-01-01\"")));
        assertThat(before.get("blueTicket").asBoolean()).isFalse();
        assertThat(before.get("exclusions").toString()).contains("BEFORE_SYSTEM");
        JsonNode drunk = result(eval(fine("\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\","
                + "\"birthDate\":\"1985-07-20\",\"alcohol\":true")));
        assertThat(drunk.get("blueTicket").asBoolean()).isFalse();
        assertThat(drunk.get("instead").asText()).contains("red ticket");
        JsonNode accident = result(eval(fine("\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\","
                + "\"birthDate\":\"1985-07-20\",\"causedAccident\":true")));
        assertThat(accident.get("blueTicket").asBoolean()).isFalse();
    }

    @Test
    void everyProblemOfABadOffenceNamesItsField() {
        assertThat(problems(eval(fine("\"violation\":\"NO_SUCH\",\"offenceDate\":\"2026-02-30\","
                + "\"birthDate\":19850720,\"causedAccident\":\"yes\",\"colour\":\"red\""))))
                .containsExactlyInAnyOrder("violation:unknown-id", "offenceDate:invalid-date", "birthDate:wrong-type",
                        "causedAccident:wrong-type", "colour:unknown-field");
        assertThat(problems(eval(fine("\"violation\":\"NO_SUCH\",\"offenceDate\":\"2026-04-04\","
                + "\"birthDate\":\"1985-07-20\""))))
                .containsExactly("violation:unknown-id");
        assertThat(problems(eval(fine("\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\","
                + "\"birthDate\":\"1985-07-20\",\"trafficDanger\":true,\"noticeDate\":\"2026-04-03\""))))
                .containsExactlyInAnyOrder("noticeDate:notice-before-offence");
        assertThat(problems(eval(fine("\"violation\":\"SIGNAL_VIOLATION\",\"offenceDate\":\"2026-04-04\","
                + "\"birthDate\":\"1985-07-20\",\"trafficDanger\":true"))))
                .containsExactly("trafficDanger:danger-without-phone");
        assertThat(problems(eval(fine("\"offenceTime\":\"25:00\""))))
                .containsExactlyInAnyOrder("violation:required", "offenceDate:required", "birthDate:required",
                        "offenceTime:invalid-time");
    }

    private static String course(String acts, String asOf) {
        return "{\"type\":\"bicycle.course\",\"id\":\"c\",\"asOf\":\"" + asOf + "\",\"birthDate\":\"2012-02-29\",\"acts\":["
                + acts + "]}";
    }

    private static final String ACTS = "{\"date\":\"2026-02-20\",\"act\":1,\"kind\":\"detected\"},"
            + "{\"date\":\"2026-06-01\",\"act\":15,\"kind\":\"detected\"},"
            + "{\"date\":\"2027-03-15\",\"act\":1,\"kind\":\"accident\"}";

    @Test
    @DisplayName("自転車運転者講習: two acts from age 14 within three years; the act at 13 does not count")
    void courseRequiredOnlyOnceTheSecondCountingActIsDone() {
        assertThat(result(eval(course(ACTS, "2027-03-14"))).get("courseRequired").asBoolean()).isFalse();
        JsonNode r = result(eval(course(ACTS, "2027-03-15")));
        assertThat(r.get("courseRequired").asBoolean()).isTrue();
        assertThat(r.get("counted").findValuesAsText("date")).containsExactly("2026-06-01", "2027-03-15");
    }

    @Test
    void badActsAreReportedWithTheirIndex() {
        assertThat(problems(eval(course("{\"date\":\"2026-02-31\",\"act\":1,\"kind\":\"detected\"},"
                + "{\"date\":\"2026-06-01\",\"act\":17,\"kind\":\"seen\",\"where\":\"x\"},3", "2027-13-01"))))
                .containsExactlyInAnyOrder("asOf:invalid-date", "acts[0].date:invalid-date", "acts[1].act:out-of-range",
                        "acts[1].kind:unknown-value", "acts[1].where:unknown-field", "acts[2]:wrong-type");
        assertThat(problems(eval(course("{\"date\":\"2011-06-01\",\"act\":1,\"kind\":\"detected\"}", "2027-01-01"))))
                .containsExactly("acts[0].date:act-before-birth");
    }
}
