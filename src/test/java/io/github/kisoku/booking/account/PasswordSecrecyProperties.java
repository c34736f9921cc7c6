package io.github.kisoku.booking.account;

import static io.github.kisoku.booking.BookingGenerators.passwords;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.KisokuException;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, secrets (and issue 4: "a password value never prints itself"): no password, valid,
 * refused or carried over, appears in a {@code toString}, a problem (field, code, ja, en) or an
 * exception message.
 */
class PasswordSecrecyProperties {
    private static void neverIn(String raw, String text) {
        assertThat(text).as("a text shown to users or logs").doesNotContain(raw);
    }

    @Test
    void aPasswordNeverPrintsItself() {
        // the problem texts list the allowed symbols; a password that is a run of them is not a leak
        property(300).forAll(passwords()).assuming(raw -> !PasswordPolicy.SYMBOLS.contains(raw))
                .checkAssert(PasswordSecrecyProperties::aPasswordNeverPrintsItself);
    }

    private static void aPasswordNeverPrintsItself(String raw) {
        Validation<Seq<Problem>, Password> v = Password.validate(raw);
        neverIn(raw, String.valueOf(v));
        if (v.isValid()) {
            neverIn(raw, v.get().toString());
        } else {
            for (Problem p : v.getError()) {
                neverIn(raw, p.field() + p.code() + p.message().ja() + p.message().en() + p);
            }
            KisokuException e = InvalidInputException.of(v.getError());
            neverIn(raw, e.getMessage() + e);
            assertThatThrownBy(() -> Validations.orThrow(v)).isInstanceOf(InvalidInputException.class)
                    .satisfies(t -> neverIn(raw, t.getMessage()));
        }
        Password old = Password.carriedOver(raw);
        neverIn(raw, old.toString());
        assertThat(old.matches(raw)).isTrue();
        assertThat(old.matches(raw + "x")).isFalse();
    }

    @Test
    @DisplayName("equal passwords are equal without revealing themselves; hashCode does not depend on the secret")
    void equalityWithoutDisclosure() {
        Password a = Password.validate("Secret99").get();
        assertThat(a).isEqualTo(Password.validate("Secret99").get()).isNotEqualTo(Password.validate("Secret98").get())
                .isNotEqualTo(Password.carriedOver("Secret99")).isNotEqualTo("Secret99");
        assertThat(a.hashCode()).isEqualTo(Password.validate("Other-77").get().hashCode());
        assertThat(a.origin()).isEqualTo(Password.Origin.NEW_SYSTEM);
        assertThat(a.meetsPolicy()).isTrue();
        assertThat(a.matches(null)).isFalse();
        assertThat(a.toString()).isEqualTo("Password[********, NEW_SYSTEM]");
    }

    @Test
    @DisplayName("a missing password is a typed problem naming the field, not an exception echoing input")
    void missing() {
        assertThat(Password.validate(null).getError().map(Problem::field)).containsExactly("password");
        assertThat(Password.validate("").getError().map(Problem::code)).containsExactly("required");
        assertThatThrownBy(() -> Password.carriedOver(null)).isInstanceOf(KisokuException.class);
    }
}
