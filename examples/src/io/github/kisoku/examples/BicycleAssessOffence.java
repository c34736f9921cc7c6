package io.github.kisoku.examples;

import io.github.kisoku.bicycle.TicketAssessment;
import io.github.kisoku.bicycle.CaseEvent;
import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.bicycle.OffenceAssessor;
import io.github.kisoku.bicycle.TicketCase;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Language;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A clerk's walk through four bicycle offences in Kanagawa (自転車の青切符): a blue ticket with its
 * payment timeline, a rider on the eve of the 16th birthday, an offence the day before the
 * system started, and an offence whose amount is not yet confirmed. Each decision is printed
 * with its reasons in Japanese and English.
 */
public final class BicycleAssessOffence {
    private BicycleAssessOffence() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // 1. An adult runs a red light on Saturday 4 April 2026 and is handed a blue ticket that day.
        Offence redLight = Offence.builder()
                .violation("SIGNAL_VIOLATION")
                .on(LocalDate.of(2026, 4, 4)).at(LocalTime.of(8, 15))
                .riderBornOn(LocalDate.of(1985, 7, 20))
                .build();
        Decision<TicketAssessment> ticket = show("1. 信号無視（成人） / red light, adult", redLight);
        TicketAssessment.BlueTicket blue = (TicketAssessment.BlueTicket) ticket.value();
        TicketCase opened = TicketCase.open(redLight, blue, redLight.date(), Option.none()).get();
        print("   納付の流れ / payment timeline", opened.timeline());
        // The rider missed the 仮納付 and did not come for the 通告, so the 通告書 is mailed.
        TicketCase mailed = opened.apply(new CaseEvent.MailedNotification(LocalDate.of(2026, 4, 20), Option.none()))
                .get();
        print("   通告書の郵送後 / after the 通告書 was mailed", mailed.timeline());

        // 2. Riding against traffic on the eve of the 16th birthday: still 15 at the moment of the act.
        show("2. 通行区分違反（16歳の誕生日の前日） / wrong side, eve of the 16th birthday", Offence.builder()
                .violation("TRAFFIC_DIVISION")
                .on(LocalDate.of(2026, 5, 10)).at(LocalTime.of(23, 59))
                .riderBornOn(LocalDate.of(2010, 5, 11))
                .build());

        // 3. Riding without lights the night before the system started.
        show("3. 無灯火（2026-03-31） / no lights, the day before the start", Offence.builder()
                .violation("NO_LIGHTS")
                .on(LocalDate.of(2026, 3, 31)).at(LocalTime.of(22, 0))
                .riderBornOn(LocalDate.of(1970, 1, 1))
                .build());

        // 4. Speeding by 20–25 km/h: the amount comes from an unconfirmed transcription.
        show("4. 速度超過 20〜25km/h（金額未確認） / speeding, unconfirmed amount", Offence.builder()
                .violation("SPEEDING_20_TO_25")
                .on(LocalDate.of(2026, 7, 1))
                .riderBornOn(LocalDate.of(2000, 3, 3))
                .build());
    }

    private static Decision<TicketAssessment> show(String title, Offence offence) {
        Decision<TicketAssessment> d = OffenceAssessor.assess(offence);
        print(title, d);
        return d;
    }

    private static void print(String title, Decision<?> d) {
        System.out.println("== " + title + " ==");
        System.out.print(d.render(Language.JA));
        System.out.print(d.render(Language.EN));
        System.out.println();
    }
}
