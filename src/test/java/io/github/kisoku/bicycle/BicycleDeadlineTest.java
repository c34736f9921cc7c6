package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicycleDeadlineTest {
    private static Decision<PaymentDeadline> provisional(LocalDate notice) {
        return PaymentDeadlines.provisionalPayment(notice, Option.none()).get();
    }

    @Test
    @DisplayName("seed 反則金の納付手続き: 告知の翌日から起算して7日以内 — ticket Wed 2026-04-01, pay until Wed 2026-04-08")
    void sevenDaysFromTheDayAfter() {
        Decision<PaymentDeadline> d = provisional(LocalDate.of(2026, 4, 1));
        assertThat(d.value().statutoryLastDay()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(d.value().operative()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(d.value().rolled().moved()).isFalse();
        assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @ParameterizedTest(name = "ticket {0}: statutory {1}, rolled {2}")
    @DisplayName("ruling 3 (UNCONFIRMED roll-forward to the next bank business day): NOTES §2 table")
    @CsvSource({
        "2026-04-04, 2026-04-11, 2026-04-13",
        "2026-04-25, 2026-05-02, 2026-05-07",
        "2026-12-24, 2026-12-31, 2027-01-04"})
    void rolledProvisional(LocalDate notice, LocalDate statutory, LocalDate rolled) {
        Decision<PaymentDeadline> d = provisional(notice);
        assertThat(d.value().statutoryLastDay()).isEqualTo(statutory);
        assertThat(d.value().rolled().rolled()).isEqualTo(rolled);
        assertThat(d.value().operative()).isEqualTo(rolled);
        assertThat(d.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(d.reasons().map(r -> r.id())).contains("bicycle.deadline.roll");
    }

    @Test
    @DisplayName("seed 通告を受けた日の翌日から10日以内: 通告 Thu 2026-12-24 → statutory Sun 2027-01-03, rolled Mon 2027-01-04")
    void tenDaysAfterNotification() {
        PaymentDeadline d = PaymentDeadlines.payment(LocalDate.of(2026, 12, 24), Option.none()).get().value();
        assertThat(d.statutoryLastDay()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(d.operative()).isEqualTo(LocalDate.of(2027, 1, 4));
        PaymentDeadline plain = PaymentDeadlines.payment(LocalDate.of(2026, 6, 1), Option.none()).get().value();
        assertThat(plain.operative()).isEqualTo(LocalDate.of(2026, 6, 11));
    }

    @Test
    @DisplayName("施行令46条: a deadline printed on the ticket wins over the computed one")
    void printedWins() {
        Decision<PaymentDeadline> d = PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 4),
                Option.of(LocalDate.of(2026, 4, 11))).get();
        assertThat(d.value().operative()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(d.value().rolled().rolled()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(d.reasons().map(r -> r.id())).contains("bicycle.deadline.printed").doesNotContain("bicycle.deadline.roll");
        assertThat(d.notApplied().map(r -> r.id())).contains("bicycle.deadline.roll");
    }

    @Test
    @DisplayName("bad input: no date, a printed deadline before the notice, a notice before 2026-04-01")
    void problems() {
        assertThat(PaymentDeadlines.provisionalPayment(null, Option.none()).getError().map(Problem::code))
                .containsExactly("required");
        assertThat(PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 5, 1), Option.of(LocalDate.of(2026, 4, 30)))
                .getError().map(Problem::code)).containsExactly("printed-before-event");
        assertThat(PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 3, 31), Option.none()).getError()
                .map(Problem::code)).containsExactly("not-in-force");
    }

    @Test
    @DisplayName("every day's deadline built once is the rule's own answer, and a day after the table is worked out the same way")
    void tableByDayIsTheRule() {
        for (LocalDate day = LocalDate.of(2026, 3, 25); !day.isAfter(ByDate.LAST.plusDays(20)); day = day.plusDays(1)) {
            assertThat(PaymentDeadlines.provisionalPayment(day, Option.none()))
                    .isEqualTo(PaymentDeadlines.provisionalComputed(day, Option.none()));
            assertThat(PaymentDeadlines.payment(day, Option.none()))
                    .isEqualTo(PaymentDeadlines.paymentComputed(day, Option.none()));
        }
        assertThat(PaymentDeadlines.provisionalPayment(ByDate.LAST.plusDays(1), Option.none()).get().value().from())
                .isEqualTo(ByDate.LAST.plusDays(1));
    }

    @Test
    @DisplayName("the days a deadline rolled over are shown as before: each date and why the bank is closed, in either language")
    void rolledDaysShown() {
        io.github.kisoku.kernel.Reason roll = provisional(LocalDate.of(2026, 4, 25)).reasons()
                .find(r -> r.id().equals("bicycle.deadline.roll")).get();
        assertThat(roll.figures().get("休日").get()).isEqualTo(
                "2026-05-02 土曜日, 2026-05-03 日曜日, 2026-05-04 みどりの日, 2026-05-05 こどもの日, 2026-05-06 振替休日（憲法記念日）");
        assertThat(roll.message().en()).contains("2026-05-02 Saturday").contains("2026-05-04 Greenery Day");
        assertThat(PaymentDeadlines.provisionalComputed(LocalDate.of(2026, 4, 25), Option.none()).get().reasons())
                .contains(roll);
    }
}
