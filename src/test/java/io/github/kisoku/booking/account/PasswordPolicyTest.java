package io.github.kisoku.booking.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    @DisplayName("manual §1: at least 3 of lower, upper, digits and the listed symbols")
    void threeOfFour() {
        assertThat(Password.validate("abcDEF12").isValid()).isTrue();
        assertThat(Password.validate("abc12!?").isValid()).isTrue();
        assertThat(Password.validate("ABC-_=9").isValid()).isTrue();
        assertThat(Password.validate("abcdef12").getError().map(Problem::code)).containsExactly("too-few-classes");
        assertThat(Password.validate("abcdef").getError().head().message().ja()).contains("現在 1 種類");
    }

    @Test
    @DisplayName("manual §1: every listed symbol !@#$%^&*()-_=[]{|};:,.? is allowed")
    void listedSymbols() {
        for (char c : "!@#$%^&*()-_=[]{|};:,.?".toCharArray()) {
            assertThat(PasswordPolicy.classOf(c)).contains(PasswordPolicy.CharClass.SYMBOL);
        }
    }

    @Test
    @DisplayName("any other character is refused with its position, and the password is never echoed")
    void otherCharacters() {
        var errors = Password.validate("ab C+9あ").getError();
        assertThat(errors.map(Problem::field)).containsExactly("password[3]", "password[5]", "password[7]");
        assertThat(errors.map(Problem::code).distinct()).containsExactly("char-not-allowed");
        assertThat(errors.mkString()).doesNotContain("ab C+9あ").doesNotContain("+");
    }

    @Test
    @DisplayName("manual §1: a password carried over from the old system stays valid until changed")
    void carriedOver() {
        Password old = Password.carriedOver("green1");
        assertThat(old.matches("green1")).isTrue();
        assertThat(old.matches("green2")).isFalse();
        assertThat(old.meetsPolicy()).isFalse();
        assertThat(old.origin()).isEqualTo(Password.Origin.CARRIED_OVER);
    }

    @Test
    @DisplayName("a password value never prints itself")
    void neverPrints() {
        Password p = Password.validate("Secret99").get();
        assertThat(p.toString()).doesNotContain("Secret99").contains("********");
        assertThat(String.valueOf(p)).doesNotContain("Secret");
    }
}
