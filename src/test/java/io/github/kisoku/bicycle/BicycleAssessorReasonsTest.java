package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.EffectiveTimeline;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reasons of an assessment, every one in order, for the answers other than the plain blue
 * ticket (seed: 16歳以上が行った反則行為, Topics!; 道路交通法第125条第2項; 刑法第41条; 少年法), and the
 * sizes the assessor expects for the usual answers, which are the sizes they have.
 */
class BicycleAssessorReasonsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);
    private static final ViolationCatalogue CATALOGUE = ViolationCatalogue.standard();

    /** Which rule and variant said each reason, in order, e.g. {@code bicycle.alcohol#none}. */
    private static List<String> words(Seq<Reason> reasons) {
        return reasons.map(r -> r.words()._2).toList();
    }

    private static Decision<TicketAssessment> assess(Offence.Builder b) {
        return OffenceAssessor.assess(b.build());
    }

    private static Offence.Builder signal(LocalDate born) {
        return Offence.builder().violation("SIGNAL_VIOLATION").on(DAY).riderBornOn(born);
    }

    private static String figure(Seq<Reason> reasons, String rule, String figure) {
        return reasons.find(r -> r.words()._2.equals(rule)).get().figures().get(figure).get();
    }

    @Test
    @DisplayName("for every row, vehicle, drink, accident, danger and age (13, 14, 15, 16, adult) in the system, the assessor expects the reasons the answer has")
    void expectedSizesAreTheAnswers() {
        List<Option<RiderType>> vehicles = List.of(RiderType.values()).map(Option::some).prepend(Option.none());
        // the eve of the 14th and 16th birthdays, the birthdays themselves, and an adult
        List<LocalDate> births = List.of(LocalDate.of(2012, 6, 2), LocalDate.of(2012, 6, 1), LocalDate.of(2010, 6, 2),
                LocalDate.of(2010, 6, 1), ADULT);
        int checked = 0;
        for (Violation row : CATALOGUE.list()) {
          for (LocalDate born : births) {
            boolean under16 = born.isAfter(LocalDate.of(2010, 6, 1));
            boolean phone = row.id().startsWith("MOBILE_PHONE");
            for (Option<RiderType> vehicle : vehicles) {
                for (Alcohol alcohol : Alcohol.values()) {
                    for (boolean accident : new boolean[] {false, true}) {
                        for (boolean danger : phone ? new boolean[] {false, true} : new boolean[] {false}) {
                            Offence.Builder b = Offence.builder().violation(row.id()).on(DAY).riderBornOn(born)
                                    .alcohol(alcohol).causedAccident(accident).causedDanger(danger);
                            for (RiderType t : vehicle) {
                                b = b.riderType(t);
                            }
                            // the drink-riding row needs the finding: NONE is no offence of it
                            for (Offence o : b.validate()) {
                                Decision<TicketAssessment> d = OffenceAssessor.assess(o);
                                // a plain ticket's reasons are its row's, made once: nothing to size
                                boolean rowsOwn = d.value() instanceof TicketAssessment.BlueTicket
                                        && (vehicle.isDefined() || row.scope() == ViolationScope.LIGHT_VEHICLE);
                                assertThat(d.reasons() == row.blueTicketReasons()).as("shared: %s", o).isEqualTo(rowsOwn);
                                assertThat(OffenceAssessor.expectedApplied(o, under16)).as("applied: %s", o)
                                        .isEqualTo(rowsOwn ? 0 : d.reasons().size());
                                assertThat(OffenceAssessor.expectedPassed(o, under16)).as("passed: %s", o)
                                        .isEqualTo(d.notApplied().size());
                                checked++;
                            }
                        }
                    }
                }
            }
          }
        }
        assertThat(checked).isGreaterThan(CATALOGUE.list().size() * 5 * 30);
    }

    @Test
    @DisplayName("seed Topics!: only a phone row says no traffic danger was caused; a phone row's danger excludes the ticket")
    void onlyAPhoneRowChecksDanger() {
        Decision<TicketAssessment> phone = assess(Offence.builder().violation("MOBILE_PHONE_HOLDING").on(DAY)
                .riderBornOn(ADULT).riderType(RiderType.ORDINARY_BICYCLE));
        assertThat(words(phone.reasons())).containsExactly("bicycle.violation", "bicycle.amount");
        assertThat(words(phone.notApplied())).containsExactly("bicycle.system-in-force", "bicycle.age-16",
                "bicycle.alcohol#none", "bicycle.accident#none", "bicycle.traffic-danger#none");
        Decision<TicketAssessment> signal = assess(signal(ADULT).riderType(RiderType.ORDINARY_BICYCLE));
        assertThat(words(signal.notApplied())).containsExactly("bicycle.system-in-force", "bicycle.age-16",
                "bicycle.alcohol#none", "bicycle.accident#none");
    }

    @Test
    @DisplayName("ruling 12: a vehicle not given is a check passed, and on a ※1/※2 row the ordinary bicycle is taken")
    void vehicleNotGiven() {
        Decision<TicketAssessment> d = assess(signal(ADULT));
        assertThat(words(d.notApplied())).containsExactly("bicycle.system-in-force", "bicycle.age-16",
                "bicycle.vehicle#not-given", "bicycle.alcohol#none", "bicycle.accident#none");
    }

    @Test
    @DisplayName("seed 16歳以上: a rider of 15 who commits no crime gets guidance, with the age read at the moment")
    void underSixteenGetsGuidance() {
        Decision<TicketAssessment> d = assess(signal(LocalDate.of(2010, 12, 1)).riderType(RiderType.ORDINARY_BICYCLE));
        assertThat(d.value()).isEqualTo(new TicketAssessment.OutsideSystem(List.of(Exclusion.UNDER_16),
                new Instead.GuidanceAndWarning()));
        assertThat(words(d.reasons())).containsExactly("bicycle.age-16", "bicycle.age-reading", "bicycle.instead.guidance");
        assertThat(figure(d.reasons(), "bicycle.age-16", "年齢")).isEqualTo("15");
        assertThat(words(d.notApplied())).containsExactly("bicycle.system-in-force", "bicycle.alcohol#none",
                "bicycle.accident#none");
    }

    @Test
    @DisplayName("刑法第41条: a rider of 13 whose act caused an accident is not punished, so guidance; at 14 the family court")
    void fourteenIsTheAgeOfCriminalResponsibility() {
        Decision<TicketAssessment> thirteen = assess(signal(LocalDate.of(2012, 12, 1)).causedAccident(true));
        assertThat(((TicketAssessment.OutsideSystem) thirteen.value()).instead()).isEqualTo(new Instead.GuidanceAndWarning());
        assertThat(words(thirteen.reasons())).containsExactly("bicycle.age-16", "bicycle.age-reading", "bicycle.accident",
                "bicycle.instead.guidance", "bicycle.instead.under-14");
        assertThat(figure(thirteen.reasons(), "bicycle.instead.under-14", "年齢")).isEqualTo("13");

        Decision<TicketAssessment> fourteen = assess(signal(LocalDate.of(2011, 12, 1)).causedAccident(true));
        assertThat(((TicketAssessment.OutsideSystem) fourteen.value()).instead())
                .isEqualTo(new Instead.CriminalProcedure(MaximumPenalty.forKey("SIGNAL_VIOLATION")));
        assertThat(words(fourteen.reasons())).containsExactly("bicycle.age-16", "bicycle.age-reading", "bicycle.accident",
                "bicycle.instead.juvenile", "bicycle.instead.criminal");
        assertThat(figure(fourteen.reasons(), "bicycle.instead.juvenile", "年齢")).isEqualTo("14");
    }

    @Test
    @DisplayName("seed, ruling 4: an act before 2026-04-01 is handled as before, with the penalty the rule book prints")
    void beforeTheSystem() {
        Decision<TicketAssessment> d = OffenceAssessor.assess(Offence.builder().violation("SIGNAL_VIOLATION")
                .on(LocalDate.of(2026, 3, 31)).riderBornOn(ADULT).riderType(RiderType.ORDINARY_BICYCLE).build());
        assertThat(words(d.reasons())).containsExactly("bicycle.system-in-force#before", "bicycle.instead.before-system",
                "bicycle.instead.criminal#before-system");
        assertThat(words(d.notApplied())).containsExactly("bicycle.age-16#before-system", "bicycle.alcohol#none",
                "bicycle.accident#none");
        assertThat(figure(d.notApplied(), "bicycle.age-16#before-system", "年齢")).isEqualTo("36");
        assertThat(d.reasons().last().figures().get("法定刑")).isNotEmpty();

        Decision<TicketAssessment> noPenalty = OffenceAssessor.assess(Offence.builder().violation(withoutPenalty().id())
                .on(LocalDate.of(2026, 3, 31)).riderBornOn(ADULT).riderType(RiderType.ORDINARY_BICYCLE).build());
        assertThat(words(noPenalty.reasons())).containsExactly("bicycle.system-in-force#before",
                "bicycle.instead.before-system");
    }

    @Test
    @DisplayName("道路交通法第125条第2項: an adult's accident goes to the criminal procedure with the printed penalty, or none when none is printed")
    void criminalProcedure() {
        Decision<TicketAssessment> signal = assess(signal(ADULT).riderType(RiderType.ORDINARY_BICYCLE).causedAccident(true));
        assertThat(words(signal.reasons())).containsExactly("bicycle.accident", "bicycle.instead.criminal");
        assertThat(figure(signal.reasons(), "bicycle.instead.criminal", "上限"))
                .isEqualTo(MaximumPenalty.forKey("SIGNAL_VIOLATION").get().describe().ja());

        Decision<TicketAssessment> none = assess(Offence.builder().violation(withoutPenalty().id()).on(DAY)
                .riderBornOn(ADULT).riderType(RiderType.ORDINARY_BICYCLE).causedAccident(true));
        assertThat(words(none.reasons())).containsExactly("bicycle.accident", "bicycle.instead.criminal#no-penalty");
    }

    @Test
    @DisplayName("seed Topics!: an act that is no row of the table in force is no 反則行為, and the check cites that table")
    void aRowNotInTheTableInForce() {
        Effective<ViolationSchedule> first = CATALOGUE.versions().versions().head();
        LegalBasis basis = LegalBasis.law("道路交通法施行令", "別表第六（試験用）", Confidence.UNCONFIRMED);
        ViolationCatalogue without = ImmutableViolationCatalogue.create(EffectiveTimeline.of("bicycle.violations",
                Effective.from(first.from(), ViolationSchedule.of(first.value().violations()
                        .filter(v -> !v.id().equals("SIGNAL_VIOLATION"))), basis)));
        Decision<TicketAssessment> d = OffenceAssessor.assess(signal(ADULT).riderType(RiderType.ORDINARY_BICYCLE).build(),
                without);
        assertThat(((TicketAssessment.OutsideSystem) d.value()).exclusions())
                .containsExactly(Exclusion.NOT_A_BLUE_TICKET_OFFENCE);
        assertThat(words(d.reasons())).containsExactly("bicycle.in-table", "bicycle.instead.criminal");
        assertThat(d.reasons().head().basis()).isEqualTo(basis);
        // the check passed cites the catalogue asked, not the bundled one
        assertThat(d.notApplied().head().basis()).isEqualTo(basis);

        Decision<TicketAssessment> other = OffenceAssessor.assess(Offence.builder().violation("NO_LIGHTS").on(DAY)
                .riderBornOn(ADULT).riderType(RiderType.ORDINARY_BICYCLE).build(), without);
        assertThat(other.value()).isInstanceOf(TicketAssessment.BlueTicket.class);
        assertThat(other.notApplied().head()).isEqualTo(OffenceAssessor.inForce(without.at(DAY).get(), DAY));
    }

    /** A 反則行為 row for which the rule book prints no penalty. */
    private static Violation withoutPenalty() {
        return CATALOGUE.list().find(v -> v.isBlueTicketOffence() && v.scope() == ViolationScope.LIGHT_VEHICLE
                && MaximumPenalty.forKey(v.id()).isEmpty()).get();
    }
}
