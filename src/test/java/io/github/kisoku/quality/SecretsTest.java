package io.github.kisoku.quality;

import static io.github.kisoku.testing.Generators.ALPHA;
import static io.github.kisoku.testing.Generators.ints;
import static io.github.kisoku.testing.Generators.text;
import static io.github.kisoku.testing.Generators.textOf;
import static io.github.kisoku.testing.Generators.withEdges;
import static io.github.kisoku.testing.PropertyCheck.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.booking.account.Password;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Secrets (issue 6): a password never appears in {@code toString}, in a problem's field, code or
 * text, nor in an exception message. A rider's date of birth (personal data) is not echoed by
 * the bicycle validation either, except where the problem is about that date; a golf user's
 * name, birth date and disability card number are not printed by the value types.
 */
class SecretsTest {

    private static void hidden(String secret, String text) {
        assertThat(text).doesNotContain(secret);
    }

    @Test
    void aPasswordNeverPrintsItself() {
        property().forAll(letters(6, 40)).checkAssert(SecretsTest::aPasswordNeverPrintsItself);
    }

    private static void aPasswordNeverPrintsItself(String raw) {
        String secret = "S3cr" + raw;
        hidden(secret, Password.carriedOver(secret).toString());
        Password.validate(secret).swap().forEach(problems -> {
            for (Problem p : problems) {
                hidden(secret, p.toString());
                hidden(secret, p.field() + p.code() + p.message().ja() + p.message().en());
            }
        });
        Password.validate(secret).forEach(ok -> hidden(secret, ok.toString()));
    }

    @Test
    void aRejectedPasswordIsNotEchoed() {
        property().forAll(text(0, 12)).checkAssert(SecretsTest::aRejectedPasswordIsNotEchoed);
    }

    private static void aRejectedPasswordIsNotEchoed(String raw) {
        String secret = "pw" + raw;
        Password.validate(secret).swap().forEach(problems -> problems.forEach(p -> {
            hidden(secret, p.toString());
            hidden(secret, p.message().ja() + p.message().en());
        }));
    }

    @Test
    void anUnknownViolationDoesNotEchoTheBirthDate() {
        property().forAll(birthYears()).checkAssert(SecretsTest::anUnknownViolationDoesNotEchoTheBirthDate);
    }

    private static void anUnknownViolationDoesNotEchoTheBirthDate(int year) {
        LocalDate birth = LocalDate.of(year, 2, 29 - (year % 4 == 0 ? 0 : 1));
        Offence.builder().violation("NO_SUCH_VIOLATION").on(LocalDate.of(2026, 5, 1)).riderBornOn(birth).validate()
                .swap().forEach(problems -> problems.forEach(p -> hidden(birth.toString(),
                        p.toString() + p.message().ja() + p.message().en())));
    }

    @Test
    void aGolfUserIsNotPrintedByNameBirthDateOrCardNumber() {
        property().forAll(birthYears(), letters(3, 12))
                .checkAssert(SecretsTest::aGolfUserIsNotPrintedByNameBirthDateOrCardNumber);
    }

    private static void aGolfUserIsNotPrintedByNameBirthDateOrCardNumber(int year, String name) {
        LocalDate birth = LocalDate.of(year, 6, 15);
        String number = "熊本県" + year + name;
        io.github.kisoku.golftax.Person person = io.github.kisoku.golftax.Person.of("利用者" + name, birth,
                io.vavr.control.Option.of(io.github.kisoku.golftax.AgeDocument.PASSPORT),
                io.vavr.control.Option.of(io.github.kisoku.golftax.DisabilityCard.of(
                        io.github.kisoku.golftax.DisabilityCardKind.PHYSICAL, number)));
        String shown = person.toString() + person.disabilityCard().get();
        hidden("利用者" + name, shown);
        hidden(birth.toString(), shown);
        hidden(number, shown);
        assertThat(person.toString()).contains("PASSPORT").contains("PHYSICAL");
        io.github.kisoku.golftax.Course course = io.github.kisoku.golftax.Course.of("テストCC", 4, 18,
                io.github.kisoku.golftax.CourseType.MEMBER, false, io.vavr.control.Option.none(),
                io.github.kisoku.golftax.CourseFeeTable.of(io.github.kisoku.kernel.Yen.of(8000),
                        io.github.kisoku.kernel.Yen.of(8000), io.github.kisoku.kernel.Yen.of(8000),
                        io.github.kisoku.kernel.Yen.of(8000), io.github.kisoku.kernel.Yen.of(8000),
                        io.github.kisoku.kernel.Yen.of(8000)));
        String visit = io.github.kisoku.golftax.Visit.of("R-1", course, LocalDate.of(2026, 4, 8), person,
                io.github.kisoku.golftax.Play.normal(), io.github.kisoku.kernel.Yen.of(8000)).toString();
        hidden("利用者" + name, visit);
        hidden(birth.toString(), visit);
        hidden(number, visit);
        assertThat(visit).contains("R-1").contains("2026-04-08").contains("テストCC");
    }

    /** Birth years from 1930 to 2020. */
    private static Gen<Integer> birthYears() {
        return ints(1930, 2020);
    }

    /**
     * Passwords' tails and users' names of letters a–z and A–Z, the shortest and the longest
     * among the edges.
     */
    private static Gen<String> letters(int minLength, int maxLength) {
        return withEdges(textOf(ALPHA, minLength, maxLength), List.of("a".repeat(minLength),
                "Z".repeat(maxLength))).describedAs(Generators::quoted);
    }
}
