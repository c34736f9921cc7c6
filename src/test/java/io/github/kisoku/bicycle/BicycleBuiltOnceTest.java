package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the bicycle rules build once when their data is read (the per-day tables, each row's
 * reasons, the table's own rows, the rule book's penalties), built here again from the rule so
 * that each is checked against the rule, not only read back.
 */
class BicycleBuiltOnceTest {
    private static final ViolationCatalogue CATALOGUE = ViolationCatalogue.standard();

    @Test
    @DisplayName("a per-day table answers every day from its first to 2031-03-31 as the rule does, and holds no day outside")
    void byDateHoldsEveryDayOfItsWindow() {
        LocalDate first = CATALOGUE.firstInForce();
        ByDate<Option<Reason>> table = ByDate.from(first,
                day -> CATALOGUE.at(day).map(t -> OffenceAssessor.inForce(t, day)).toOption());
        int days = 0;
        for (LocalDate day = first; !day.isAfter(ByDate.LAST); day = day.plusDays(1)) {
            assertThat(table.covers(day)).as("covers %s", day).isTrue();
            assertThat(table.at(day)).isEqualTo(Option.some(OffenceAssessor.inForce(CATALOGUE.at(day).get(), day)));
            days++;
        }
        assertThat(days).as("2026-04-01 to 2031-03-31").isEqualTo(1826);
        assertThat(table.covers(first.minusDays(1))).isFalse();
        assertThat(table.covers(ByDate.LAST.plusDays(1))).isFalse();
        assertThat(table.covers(LocalDate.of(1970, 1, 1))).isFalse();

        ByDate<LocalDate> afterTheWindow = ByDate.from(ByDate.LAST.plusDays(10), day -> day);
        assertThat(afterTheWindow.covers(ByDate.LAST.plusDays(10))).isFalse();
        ByDate<LocalDate> lastDay = ByDate.from(ByDate.LAST, day -> day);
        assertThat(lastDay.covers(ByDate.LAST)).isTrue();
        assertThat(lastDay.at(ByDate.LAST)).isEqualTo(ByDate.LAST);
        assertThat(lastDay.covers(ByDate.LAST.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("a table finds each of its own rows without a lookup by id: the same answer every time")
    void aScheduleKnowsItsOwnRows() {
        ViolationSchedule schedule = ViolationSchedule.of(CATALOGUE.list());
        for (Violation v : CATALOGUE.list()) {
            assertThat(schedule.row(v)).isEqualTo(Option.some(v)).isSameAs(schedule.row(v));
        }
        ViolationSchedule without = ViolationSchedule.of(CATALOGUE.list().tail());
        assertThat(without.row(CATALOGUE.list().head())).isEmpty();
    }

    @Test
    @DisplayName("別表第六: a row with a 反則金 is a blue-ticket offence with its amount; a row without one is no 反則行為")
    void eachRowsReasons() {
        Violation signal = CATALOGUE.find("SIGNAL_VIOLATION").get();
        Violation row = copy(signal, signal.amount(), ViolationScope.LIGHT_VEHICLE);
        assertThat(row.amountReason().get().words()._2).isEqualTo("bicycle.amount");
        assertThat(row.amountReason().get().figures().get("反則金").get()).isEqualTo(Yen.of(6000).toString());
        assertThat(row.blueTicket()).isEqualTo(Option.some(new TicketAssessment.BlueTicket(row, Yen.of(6000))));
        assertThat(row.notHansokuReason()).isEmpty();
        assertThat(row.ordinaryBicycleReason()).as("every light vehicle: nothing taken").isEmpty();

        Violation crime = copy(signal, Option.none(), ViolationScope.BICYCLE);
        assertThat(crime.amountReason()).isEmpty();
        assertThat(crime.blueTicket()).isEmpty();
        assertThat(crime.notHansokuReason().get().words()._2).isEqualTo("bicycle.not-hansoku");
        assertThat(crime.ordinaryBicycleReason().get().words()._2).isEqualTo("bicycle.vehicle#ordinary-bicycle");
        assertThat(crime.ordinaryBicycleReason().get().figures().get("scope").get()).isEqualTo("BICYCLE");
    }

    private static Violation copy(Violation v, Option<Yen> amount, ViolationScope scope) {
        return ImmutableViolation.create(v.id(), v.name(), amount, v.article(), v.dangerousAct(), v.sourceUrl(),
                v.notes(), v.confidence(), scope);
    }

    @Test
    @DisplayName("the rule book's penalties in its words: months and years of 拘禁刑, fines in 万円, 科料 as an alternative")
    void maximumPenaltyInTheRuleBooksWords() {
        assertThat(penalty(0, 20_000, true).ja()).isEqualTo("2万円以下の罰金または科料");
        assertThat(penalty(0, 50_000, false).ja()).isEqualTo("5万円以下の罰金");
        assertThat(penalty(0, 50_000, false).en()).isEqualTo("a fine of up to 50,000 yen");
        assertThat(penalty(3, 50_000, false).ja()).isEqualTo("3ヵ月以下の拘禁刑または5万円以下の罰金");
        assertThat(penalty(3, 50_000, false).en()).isEqualTo("imprisonment of up to 3 months or a fine of up to 50,000 yen");
        assertThat(penalty(1, 20_000, true).en())
                .isEqualTo("imprisonment of up to 1 month or a fine of up to 20,000 yen or a petty fine");
        assertThat(penalty(1, 20_000, true).ja()).isEqualTo("1ヵ月以下の拘禁刑または2万円以下の罰金または科料");
        assertThat(penalty(12, 300_000, false).ja()).isEqualTo("1年以下の拘禁刑または30万円以下の罰金");
        assertThat(penalty(12, 300_000, false).en()).isEqualTo("imprisonment of up to 1 year or a fine of up to 300,000 yen");
        assertThat(penalty(36, 500_000, false).ja()).isEqualTo("3年以下の拘禁刑または50万円以下の罰金");
        assertThat(penalty(36, 500_000, false).en()).contains("up to 3 years");
        assertThat(penalty(18, 50_000, false).ja()).as("not whole years: in months").startsWith("18ヵ月以下");
    }

    private static io.github.kisoku.kernel.Message penalty(int months, long yen, boolean petty) {
        return ImmutableMaximumPenalty.create("TEST", months, Yen.of(yen), petty, Sources.seed("test")).describe();
    }

    @Test
    @DisplayName("the seed is cited as confirmed; the roll-forward of a deadline is kisoku ruling 3, unconfirmed")
    void sources() {
        LegalBasis seed = Sources.seed("Topics!");
        assertThat(seed.provision()).isEqualTo("Topics!");
        assertThat(seed.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(seed.source()).isEqualTo(Sources.SYSTEM_SEED.source());
        LegalBasis roll = Sources.rollForward();
        assertThat(roll.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(roll.source()).isEqualTo(Sources.RULING_3);
        assertThat(roll.note()).isNotEmpty();
    }
}
