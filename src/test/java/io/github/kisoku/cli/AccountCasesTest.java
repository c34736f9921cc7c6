package io.github.kisoku.cli;

import static io.github.kisoku.cli.Cli.eval;
import static io.github.kisoku.cli.Cli.problems;
import static io.github.kisoku.cli.Cli.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The account cases of the eval contract (manual §1): password policy, lock-out, renewal. */
class AccountCasesTest {
    @Test
    @DisplayName("manual §1 パスワード: the policy's answer names every failure and never writes the password back")
    void passwordPolicy() {
        JsonNode ok = eval("{\"type\":\"account.password\",\"id\":1,\"password\":\"Kawa-guchi1\"}");
        assertThat(result(ok).get("meetsPolicy").asBoolean()).isTrue();
        assertThat(ok.at("/reasons/0/rule").asText()).isEqualTo("account.password.policy");
        JsonNode weak = eval("{\"type\":\"account.password\",\"id\":1,\"password\":\"secret word\"}");
        assertThat(result(weak).get("meetsPolicy").asBoolean()).isFalse();
        assertThat(result(weak).get("failures").size()).isEqualTo(2);
        assertThat(weak.toString()).doesNotContain("secret");
        assertThat(problems(eval("{\"type\":\"account.password\",\"id\":1,\"password\":7}")))
                .containsExactly("password:wrong-type");
    }

    @Test
    @DisplayName("manual §1: the sixth wrong password in a row locks the account until the lock time has passed")
    void lockOut() {
        StringBuilder attempts = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            attempts.append("{\"at\":\"2026-07-01T10:0").append(i).append("\",\"correct\":false},");
        }
        JsonNode r = result(eval("{\"type\":\"account.login\",\"id\":1,\"lockMinutes\":30,\"attempts\":[" + attempts
                + "{\"at\":\"2026-07-01T10:20\",\"correct\":true}]}"));
        assertThat(r.at("/steps/4/state").asText()).isEqualTo("FAILED");
        assertThat(r.at("/steps/5/state").asText()).isEqualTo("LOCKED");
        assertThat(r.get("state").asText()).isEqualTo("LOCKED");
        assertThat(r.get("lockedUntil").asText()).isEqualTo("2026-07-01T10:35");
        assertThat(problems(eval("{\"type\":\"account.login\",\"id\":1,\"attempts\":[{\"at\":\"2026-07-01T10:05\","
                + "\"correct\":true},{\"at\":\"2026-07-01T10:00\",\"correct\":false}]}")))
                .containsExactly("attempts[1].at:out-of-order");
    }

    @Test
    @DisplayName("manual §1 有効期限: renewal dates in both readings; the 4-month warning only under the old system")
    void renewal() {
        String c = "{\"type\":\"account.renewal\",\"id\":1,\"validUntil\":\"2027-03-31\",\"renewalDate\":\"2027-03-01\","
                + "\"today\":\"2027-01-10\",\"ruleSet\":\"";
        JsonNode n = result(eval(c + "NEW\"}"));
        assertThat(n.get("fromOldExpiry").asText()).isEqualTo("2030-03-31");
        assertThat(n.get("expiryWarning").asBoolean()).isFalse();
        assertThat(result(eval(c + "OLD\"}")).get("expiryWarning").asBoolean()).isTrue();
    }
}
