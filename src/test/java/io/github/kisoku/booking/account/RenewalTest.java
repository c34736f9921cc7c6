package io.github.kisoku.booking.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.booking.RuleSet;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenewalTest {
    @Test
    @DisplayName("manual §1 有効期限: new system +3 years, shown from the old expiry and from the renewal date")
    void newSystemBothReadings() {
        var d = Renewal.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 8, 20), RuleSet.NEW);
        assertThat(d.value().fromOldExpiry()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(d.value().fromRenewalDate()).isEqualTo(LocalDate.of(2029, 8, 19));
        assertThat(d.reasons().map(r -> r.id())).contains("booking.renewal.readings");
    }

    @Test
    @DisplayName("manual §1: old system +2 years")
    void oldSystem() {
        assertThat(Renewal.of(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 10), RuleSet.OLD).value().fromOldExpiry())
                .isEqualTo(LocalDate.of(2028, 5, 20));
    }

    @Test
    @DisplayName("民法143条 at a leap day: an expiry of 2028-02-29 plus 3 years ends 2031-02-28")
    void leapDay() {
        assertThat(Renewal.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 1), RuleSet.NEW).value().fromOldExpiry())
                .isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    @DisplayName("manual §1: processing takes 1 to 2 weeks — apply by 2 weeks before expiry, 1 week at the latest")
    void applyBy() {
        Renewal r = Renewal.of(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 5), RuleSet.NEW).value();
        assertThat(r.applyBy()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(r.applyByAtTheLatest()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    @DisplayName("manual §1: the old 4-month warning, offered: from 2026-07-30 for an expiry of 2026-11-30")
    void warning() {
        LocalDate expiry = LocalDate.of(2026, 11, 30);
        assertThat(Renewal.expiryWarning(expiry, LocalDate.of(2026, 7, 29))).isEmpty();
        assertThat(Renewal.expiryWarning(expiry, LocalDate.of(2026, 7, 30))).isNotEmpty();
        assertThat(Renewal.expiryWarning(expiry, LocalDate.of(2026, 12, 1))).isEmpty();
    }
}
