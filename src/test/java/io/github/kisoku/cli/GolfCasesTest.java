package io.github.kisoku.cli;

import static io.github.kisoku.cli.Cli.eval;
import static io.github.kisoku.cli.Cli.problems;
import static io.github.kisoku.cli.Cli.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code golf.visit} case of the eval contract, on a grade-4 course (800円 a day). */
class GolfCasesTest {
    static final String TABLE = "{\"weekdayMember\":8000,\"weekdayNonMember\":12000,\"saturdayMember\":10000,"
            + "\"saturdayNonMember\":16000,\"holidayMember\":10000,\"holidayNonMember\":16000,\"special\":["
            + "{\"category\":\"SENIOR_65_TO_69\",\"dayType\":\"WEEKDAY\",\"member\":6400,\"nonMember\":9600},"
            + "{\"category\":\"NINE_HOLES_OR_FEWER\",\"member\":4000}]}";

    static String visit(String fields, long charged) {
        return "{\"type\":\"golf.visit\",\"id\":\"g\",\"useDate\":\"2026-04-08\",\"grade\":4,\"fees\":{\"charged\":" + charged
                + ",\"table\":" + TABLE + "}," + fields + "}";
    }

    @Test
    @DisplayName("地方税法第75条: an adult's normal round pays the grade's full rate")
    void standard() {
        JsonNode r = result(eval(visit("\"birthDate\":\"1980-05-01\",\"play\":\"normal\"", 8000)));
        assertThat(r.get("treatment").asText()).isEqualTo("STANDARD");
        assertThat(r.get("taxYen").asLong()).isEqualTo(800);
        assertThat(r.get("dayType").asText()).isEqualTo("WEEKDAY");
    }

    @Test
    @DisplayName("第75条の2: under 18 with a document proving the age is exempt")
    void under18Exempt() {
        JsonNode r = result(eval(visit("\"birthDate\":\"2009-04-09\",\"ageDocument\":\"DRIVING_LICENCE\"", 5000)));
        assertThat(r.get("treatment").asText()).isEqualTo("EXEMPT");
        assertThat(r.get("taxYen").asLong()).isZero();
        assertThat(r.get("evidence")).isNotEmpty();
    }

    @Test
    @DisplayName("条例第69条第1項第1号: 65–69 paying the senior fee is reduced to half")
    void seniorReduced() {
        JsonNode r = result(eval(visit("\"birthDate\":\"1959-06-01\",\"ageDocument\":\"DRIVING_LICENCE\"", 6400)));
        assertThat(r.get("treatment").asText()).isEqualTo("REDUCED");
        assertThat(r.get("taxYen").asLong()).isEqualTo(400);
    }

    @Test
    @DisplayName("第5 業務による利用: a pro's training entered in the register is not a taxable use")
    void businessUse() {
        JsonNode r = result(eval(visit("\"birthDate\":\"1992-02-02\",\"play\":{\"kind\":\"business\",\"item\":\"(1)イ\","
                + "\"recordedInRegister\":true}", 0)));
        assertThat(r.get("treatment").asText()).isEqualTo("NOT_TAXABLE_USE");
        JsonNode unregistered = result(eval(visit("\"birthDate\":\"1992-02-02\",\"play\":{\"kind\":\"business\","
                + "\"item\":\"(1)イ\"}", 0)));
        assertThat(unregistered.get("treatment").asText()).isEqualTo("STANDARD");
    }

    @Test
    void nineHolesAndOtherPlaysAreRead() {
        JsonNode r = result(eval(visit("\"birthDate\":\"1988-08-08\",\"play\":{\"kind\":\"nineHolesOnly\",\"holes\":9}",
                4000)));
        assertThat(r.get("treatment").asText()).isEqualTo("REDUCED");
        JsonNode festival = result(eval(visit("\"birthDate\":\"1988-08-08\",\"play\":{\"kind\":\"nationalSportsFestival\","
                + "\"stage\":\"COMPETITION\",\"certifier\":\"GOVERNOR\",\"identityChecked\":true}", 8000)));
        assertThat(festival.get("treatment").asText()).isEqualTo("EXEMPT");
        JsonNode school = result(eval(visit("\"birthDate\":\"2004-08-08\",\"play\":{\"kind\":\"schoolActivity\","
                + "\"activity\":\"PE_LESSON\",\"certificate\":{\"school\":\"UNIVERSITY\",\"signer\":\"PRESIDENT\","
                + "\"completeAndNamesUser\":true},\"teacherLeading\":true,\"identityChecked\":true}", 8000)));
        assertThat(school.get("treatment").asText()).isEqualTo("EXEMPT");
        JsonNode competition = result(eval(visit("\"birthDate\":\"1988-08-08\",\"play\":{\"kind\":\"competition\","
                + "\"competition\":{\"name\":\"熊本オープン\",\"organizer\":\"JAPAN_GOLF_ASSOCIATION\",\"firstDay\":\"2026-04-08\","
                + "\"lastDay\":\"2026-04-09\",\"participationFee\":20000,\"certified\":true},\"onEntrantList\":true,"
                + "\"nameDocument\":\"DRIVING_LICENCE\"}", 10000)));
        assertThat(competition.get("treatment").asText()).isIn("REDUCED", "STANDARD");
        assertThat(competition.get("taxYen").asLong()).isIn(400L, 800L);
    }

    @Test
    void everyProblemOfABadVisitNamesItsField() {
        assertThat(problems(eval("{\"type\":\"golf.visit\",\"id\":\"g\",\"useDate\":\"2026-02-30\",\"grade\":8,"
                + "\"birthDate\":\"1980-01-01\",\"play\":{\"kind\":\"golf\"},\"disability\":\"PHYSICAL\","
                + "\"fees\":{\"charged\":-1,\"table\":{\"weekdayMember\":\"8000\",\"special\":[{\"category\":\"X\","
                + "\"member\":1,\"colour\":1}]}}}")))
                .contains("useDate:invalid-date", "grade:out-of-range", "play.kind:unknown-value",
                        "disabilityCardNumber:required", "fees.charged:out-of-range",
                        "fees.table.weekdayMember:wrong-type", "fees.table.weekdayNonMember:required",
                        "fees.table.special[0].category:unknown-value", "fees.table.special[0].colour:unknown-field");
        assertThat(problems(eval("{\"type\":\"golf.visit\",\"id\":\"g\",\"useDate\":\"2026-04-08\",\"grade\":4,"
                + "\"birthDate\":\"1980-01-01\",\"fees\":{\"member\":\"yes\"}}"))).containsExactly("fees.member:wrong-type");
        assertThat(problems(eval(visit("\"birthDate\":\"1980-01-01\",\"ageDocument\":\"ID_CARD\"", 8000))))
                .containsExactly("ageDocument:unknown-value");
        assertThat(eval(visit("\"birthDate\":\"1980-01-01\",\"ageDocument\":\"ID_CARD\"", 8000)).toString())
                .contains("HEALTH_INSURANCE_CARD, RESIDENT_REGISTER_CARD, STUDENT_CARD, OTHER_PUBLIC_DOCUMENT, OTHER");
        assertThat(problems(eval(visit("\"birthDate\":\"2027-01-01\"", 8000)))).containsExactly("useDate:before-birth");
        assertThat(problems(eval(visit("\"birthDate\":\"1980-01-01\",\"play\":{\"kind\":\"early\"}", 8000))))
                .containsExactly("play.mustFinishBy:required");
        assertThat(problems(eval(visit("\"birthDate\":\"1980-01-01\",\"useDate\":\"1999-04-08\"", 8000))))
                .isNotEmpty();
    }

    static final String BARE = "{\"type\":\"golf.visit\",\"id\":\"g\",\"useDate\":\"2026-04-08\",\"grade\":4,";

    @Test
    @DisplayName("issue 16: a 45-year-old's ordinary round without fees is answered, nothing missing")
    void withoutFees() {
        JsonNode answer = eval(BARE + "\"birthDate\":\"1981-01-10\"}");
        assertThat(answer.get("ok").asBoolean()).isTrue();
        assertThat(result(answer).get("taxYen").asLong()).isEqualTo(800);
        assertThat(result(answer).has("missing")).isFalse();
    }

    @Test
    @DisplayName("issue 16: aged 67 without fees: ok, standard so far, the missing facts with the rule 69条1項1号")
    void seniorWithoutFeesNamesTheMissingFacts() {
        JsonNode r = result(eval(BARE + "\"birthDate\":\"1959-01-10\",\"ageDocument\":\"PASSPORT\"}"));
        assertThat(r.get("treatment").asText()).isEqualTo("STANDARD");
        assertThat(r.get("missing")).hasSize(3);
        assertThat(r.get("missing").get(0).get("fact").asText()).isEqualTo("FEE_TABLE");
        assertThat(r.get("missing").get(0).get("field").asText()).isEqualTo("course.fees");
        assertThat(r.get("missing").get(0).get("rule").asText()).isEqualTo("golftax.reduced.senior");
        // the table on the course (1.1.0) and the member's fee: the member paying 8,000 is not under the 6,400 fee
        JsonNode member = result(eval(BARE + "\"birthDate\":\"1959-01-10\",\"ageDocument\":\"PASSPORT\","
                + "\"course\":{\"name\":\"C\",\"holes\":18,\"type\":\"MEMBER\",\"fees\":" + TABLE + "},"
                + "\"fees\":{\"charged\":8000,\"member\":true}}"));
        assertThat(member.get("treatment").asText()).isEqualTo("STANDARD");
        assertThat(member.has("missing")).isFalse();
        JsonNode nonMember = result(eval(BARE + "\"birthDate\":\"1959-01-10\",\"ageDocument\":\"PASSPORT\","
                + "\"course\":{\"name\":\"C\",\"holes\":18,\"type\":\"MEMBER\",\"fees\":" + TABLE + "},"
                + "\"fees\":{\"charged\":8000,\"member\":false}}"));
        assertThat(nonMember.get("treatment").asText()).isEqualTo("REDUCED");
        JsonNode unknown = result(eval(visit("\"birthDate\":\"1959-01-10\",\"ageDocument\":\"PASSPORT\"", 8000)));
        assertThat(unknown.get("missing").get(0).get("field").asText()).isEqualTo("fees.member");
    }

    @Test
    @DisplayName("issue 16: a competition entry without its course fee names play.competition.courseFeePerDay")
    void competitionCourseFee() {
        JsonNode r = result(eval(visit("\"birthDate\":\"1988-08-08\",\"play\":{\"kind\":\"competition\","
                + "\"competition\":{\"name\":\"熊本オープン\",\"organizer\":\"JAPAN_GOLF_ASSOCIATION\",\"firstDay\":\"2026-04-08\","
                + "\"lastDay\":\"2026-04-09\",\"participationFee\":20000,\"certified\":true},\"onEntrantList\":true,"
                + "\"nameDocument\":\"DRIVING_LICENCE\"}", 10000)));
        assertThat(r.get("missing").get(0).get("field").asText()).isEqualTo("play.competition.courseFeePerDay");
    }

    @Test
    @DisplayName("issue 16: business use without the fee charged: no treatment yet, problem fact-needed naming the fact and rule")
    void businessUseNeedsTheFee() {
        JsonNode answer = eval(BARE + "\"birthDate\":\"1992-02-02\",\"play\":{\"kind\":\"business\",\"item\":\"(1)イ\","
                + "\"recordedInRegister\":true}}");
        assertThat(problems(answer)).containsExactly("fees.charged:fact-needed");
        assertThat(answer.toString()).contains("golftax.business-use").contains("the fee actually charged");
    }
}
