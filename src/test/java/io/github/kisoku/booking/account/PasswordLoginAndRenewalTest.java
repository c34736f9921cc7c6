package io.github.kisoku.booking.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.RuleSet;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.testing.ValueContract;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The edges of the account rules: character ranges, positions in messages, resets, renewals. */
class PasswordLoginAndRenewalTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Test
    void everyCharacterRangeEndsWhereTheAsciiTableSays() {
        assertThat(PasswordPolicy.classOf('a')).contains(PasswordPolicy.CharClass.LOWER);
        assertThat(PasswordPolicy.classOf('z')).contains(PasswordPolicy.CharClass.LOWER);
        assertThat(PasswordPolicy.classOf('A')).contains(PasswordPolicy.CharClass.UPPER);
        assertThat(PasswordPolicy.classOf('Z')).contains(PasswordPolicy.CharClass.UPPER);
        assertThat(PasswordPolicy.classOf('0')).contains(PasswordPolicy.CharClass.DIGIT);
        assertThat(PasswordPolicy.classOf('9')).contains(PasswordPolicy.CharClass.DIGIT);
        // The neighbours of each range: symbols when listed, otherwise not allowed.
        assertThat(PasswordPolicy.classOf('`')).isEmpty();
        assertThat(PasswordPolicy.classOf('{')).contains(PasswordPolicy.CharClass.SYMBOL);
        assertThat(PasswordPolicy.classOf('@')).contains(PasswordPolicy.CharClass.SYMBOL);
        assertThat(PasswordPolicy.classOf('[')).contains(PasswordPolicy.CharClass.SYMBOL);
        assertThat(PasswordPolicy.classOf('/')).isEmpty();
        assertThat(PasswordPolicy.classOf(':')).contains(PasswordPolicy.CharClass.SYMBOL);
        assertThat(PasswordPolicy.classOf('~')).isEmpty();
    }

    @Test
    void aCharacterNotAllowedIsNamedByItsPositionFromOneAndByItsKind() {
        var problems = PasswordPolicy.check("Ab1 xあ/\u007f").getError();
        assertThat(problems.map(Problem::field)).containsExactly("password[4]", "password[6]", "password[7]",
                "password[8]");
        assertThat(problems.get(0).message().ja()).startsWith("4文字目").contains("（空白）");
        assertThat(problems.get(1).message().ja()).startsWith("6文字目").contains("（全角文字・非ASCII文字）");
        assertThat(problems.get(2).message().ja()).contains("（使えない記号）");
        assertThat(problems.get(3).message().ja()).as("DEL is ASCII").contains("（使えない記号）");
        assertThat(problems.get(0).message().en()).startsWith("character 4 (a space) is not allowed");
        assertThat(problems.map(p -> p.figures().get("character").get()))
                .containsExactly("SPACE", "NON_ASCII", "SYMBOL", "SYMBOL");
    }

    @Test
    void tooFewClassesNamesTheClassesUsedInEachLanguage() {
        Problem p = PasswordPolicy.check("abcdef12").getError().single();
        assertThat(p.code()).isEqualTo("too-few-classes");
        assertThat(p.figures().get("classes")).contains("LOWER, DIGIT");
        assertThat(p.message().ja()).isEqualTo("英小文字・英大文字・数字・記号のうち3種類以上を含めてください（現在 2 種類: 英小文字・数字）");
        assertThat(p.message().en())
                .isEqualTo("use at least 3 of lower-case, upper-case, digits and symbols (now 2: lower-case letter, digit)");
    }

    @Test
    void aSuccessResetsTheCountOnlyWhenThereWereFailures() {
        LoginGuard start = LoginGuard.start(Option.of(Duration.ofMinutes(30)));
        assertThat(start.failures()).isZero();
        LoginGuard.Attempt first = start.attempt(true, T);
        assertThat(first.decision().reasons().map(Reason::id)).doesNotContain("booking.login.reset");
        LoginGuard.Attempt failed = start.attempt(false, T);
        assertThat(failed.guard().failures()).isEqualTo(1);
        ValueContract.check(failed.guard(), start.attempt(false, T).guard(), start,
                LoginGuard.start(Option.none()).attempt(false, T).guard());
        ValueContract.namesAttributes(failed.guard(), "failures", "lockedAt", "lockTime");
        LoginGuard.Attempt after = failed.guard().attempt(true, T.plusMinutes(1));
        assertThat(after.decision().reasons().map(Reason::id)).contains("booking.login.reset");
        assertThat(after.guard().failures()).isZero();
    }

    @Test
    void equalPasswordsHaveEqualHashesAndTheOriginCounts() {
        Password a = Password.validate("Abc123!x").get();
        Password old = Password.carriedOver("Abc123!x");
        ValueContract.check(a, Password.validate("Abc123!x").get(), old, Password.validate("Abc123!y").get());
        assertThat(old.hashCode()).isNotEqualTo(a.hashCode());
    }

    @Test
    void aRenewalKeepsItsRuleSetAndValidityAndPrintsThem() {
        Decision<Renewal> d = Renewal.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 1), RuleSet.NEW);
        Renewal r = d.value();
        assertThat(r.ruleSet()).isEqualTo(RuleSet.NEW);
        assertThat(r.validUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
        ValueContract.check(r, Renewal.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 1), RuleSet.NEW).value(),
                Renewal.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 1), RuleSet.OLD).value(),
                Renewal.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 2), RuleSet.NEW).value(),
                Renewal.of(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 3, 1), RuleSet.NEW).value());
        ValueContract.namesAttributes(r, "validUntil", "ruleSet", "fromOldExpiry", "fromRenewalDate", "applyBy",
                "applyByAtTheLatest");
    }
}
