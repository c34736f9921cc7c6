package io.github.kisoku.bicycle;

import static io.github.kisoku.bicycle.BicycleFixtures.NOTICE;
import static io.github.kisoku.bicycle.BicycleFixtures.assertValueSemantics;
import static io.github.kisoku.bicycle.BicycleFixtures.codes;
import static io.github.kisoku.bicycle.BicycleFixtures.offence;
import static io.github.kisoku.bicycle.BicycleFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.InvalidInputException;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BicycleAssessmentTest {
    private static final LocalDate ADULT = LocalDate.of(1990, 6, 15);

    private static Decision<TicketAssessment> assess(Offence.Builder b) {
        return io.github.kisoku.kernel.Texts.readable(OffenceAssessor.assess(b.build()));
    }

    private static Offence.Builder signal(LocalDate date, LocalDate born) {
        return Offence.builder().violation("SIGNAL_VIOLATION").on(date).riderBornOn(born);
    }

    private static TicketAssessment.OutsideSystem outside(Decision<TicketAssessment> d) {
        assertThat(d.value()).isInstanceOf(TicketAssessment.OutsideSystem.class);
        return (TicketAssessment.OutsideSystem) d.value();
    }

    @Test
    @DisplayName("seed 信号無視 6,000円: an adult on 2026-04-01 gets a blue ticket, confirmed")
    void blueTicket() {
        Decision<TicketAssessment> d = assess(signal(LocalDate.of(2026, 4, 1), ADULT).at(LocalTime.of(8, 30)));
        assertThat(d.value()).isEqualTo(new TicketAssessment.BlueTicket(
                ViolationCatalogue.standard().find("SIGNAL_VIOLATION").get(), Yen.of(6000)));
        assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(d.reasons().map(r -> r.id())).contains("bicycle.violation", "bicycle.amount");
        assertThat(d.notApplied().map(r -> r.id())).contains("bicycle.system-in-force", "bicycle.age-16",
                "bicycle.alcohol", "bicycle.accident");
        assertThat(d.render(Language.JA)).contains("反則金は 6,000円").contains("道路交通法 第7条");
    }

    @Test
    @DisplayName("seed 16歳以上: on the eve of the 16th birthday the rider is 15 → guidance (指導警告)")
    void eveOfSixteenthBirthday() {
        Decision<TicketAssessment> d = assess(signal(LocalDate.of(2026, 4, 1), LocalDate.of(2010, 4, 2)));
        TicketAssessment.OutsideSystem o = outside(d);
        assertThat(o.exclusions()).containsExactly(Exclusion.UNDER_16);
        assertThat(o.instead()).isEqualTo(new Instead.GuidanceAndWarning());
        assertThat(d.render(Language.EN)).contains("age at the moment of the act: 15");
    }

    @Test
    @DisplayName("seed 16歳以上: on the 16th birthday itself the rider is 16 → blue ticket")
    void sixteenthBirthday() {
        assertThat(assess(signal(LocalDate.of(2026, 4, 1), LocalDate.of(2010, 4, 1))).value())
                .isInstanceOf(TicketAssessment.BlueTicket.class);
    }

    @Test
    @DisplayName("29 February birth: 16 from 29 February 2028 (a leap year), 15 on the 28th")
    void leapDayBirth() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        assertThat(outside(assess(signal(LocalDate.of(2028, 2, 28), born))).exclusions())
                .containsExactly(Exclusion.UNDER_16);
        assertThat(assess(signal(LocalDate.of(2028, 2, 29), born)).value()).isInstanceOf(TicketAssessment.BlueTicket.class);
    }

    @Test
    @DisplayName("ruling 4: an offence on 2026-03-31 has no blue ticket; criminal procedure with the seed's penalty")
    void beforeSystem() {
        Decision<TicketAssessment> d = assess(signal(LocalDate.of(2026, 3, 31), ADULT));
        TicketAssessment.OutsideSystem o = outside(d);
        assertThat(o.exclusions()).containsExactly(Exclusion.BEFORE_SYSTEM);
        Instead.CriminalProcedure c = (Instead.CriminalProcedure) o.instead();
        assertThat(c.maximumPenalty().get().describe().ja()).isEqualTo("3ヵ月以下の拘禁刑または5万円以下の罰金");
    }

    @Test
    @DisplayName("法125条2項: 酒気帯び → no blue ticket, seed 4 penalty 3年以下の拘禁刑または50万円以下の罰金")
    void alcohol() {
        TicketAssessment.OutsideSystem o = outside(assess(signal(LocalDate.of(2026, 5, 1), ADULT).alcohol(Alcohol.OVER_LIMIT)));
        assertThat(o.exclusions()).containsExactly(Exclusion.ALCOHOL);
        assertThat(((Instead.CriminalProcedure) o.instead()).maximumPenalty().get().describe().ja())
                .isEqualTo("3年以下の拘禁刑または50万円以下の罰金");
        TicketAssessment.OutsideSystem drunk = outside(assess(signal(LocalDate.of(2026, 5, 1), ADULT).alcohol(Alcohol.DRUNK)));
        assertThat(((Instead.CriminalProcedure) drunk.instead()).maximumPenalty().get().describe().en())
                .isEqualTo("imprisonment of up to 5 years or a fine of up to 1,000,000 yen");
    }

    @Test
    @DisplayName("法125条2項: an act that caused a traffic accident gets no blue ticket")
    void accident() {
        assertThat(outside(assess(signal(LocalDate.of(2026, 5, 1), ADULT).causedAccident(true))).exclusions())
                .containsExactly(Exclusion.ACCIDENT);
    }

    @Test
    @DisplayName("seed Topics! ながらスマホ: 保持 is 12,000円; with traffic danger 1年以下の拘禁刑または30万円以下の罰金")
    void phone() {
        Offence.Builder b = Offence.builder().violation("MOBILE_PHONE_HOLDING").on(LocalDate.of(2026, 6, 1))
                .riderBornOn(ADULT).riderType(RiderType.ORDINARY_BICYCLE);
        assertThat(assess(b).value()).isEqualTo(new TicketAssessment.BlueTicket(
                ViolationCatalogue.standard().find("MOBILE_PHONE_HOLDING").get(), Yen.of(12000)));
        TicketAssessment.OutsideSystem o = outside(assess(b.causedDanger(true)));
        assertThat(o.exclusions()).containsExactly(Exclusion.TRAFFIC_DANGER);
        assertThat(((Instead.CriminalProcedure) o.instead()).maximumPenalty().get().describe().ja())
                .isEqualTo("1年以下の拘禁刑または30万円以下の罰金");
    }

    @Test
    @DisplayName("妨害運転 is not a 反則行為: criminal procedure, no printed penalty")
    void obstructiveDriving() {
        Decision<TicketAssessment> d = assess(Offence.builder().violation("OBSTRUCTIVE_DRIVING").on(LocalDate.of(2026, 6, 1))
                .riderBornOn(ADULT));
        TicketAssessment.OutsideSystem o = outside(d);
        assertThat(o.exclusions()).containsExactly(Exclusion.NOT_A_BLUE_TICKET_OFFENCE);
        assertThat(((Instead.CriminalProcedure) o.instead()).maximumPenalty()).isEmpty();
    }

    @Test
    @DisplayName("an UNCONFIRMED amount is used and the decision says so")
    void unconfirmedAmount() {
        Decision<TicketAssessment> d = assess(Offence.builder().violation("SPEEDING_20_TO_25").on(LocalDate.of(2026, 7, 1))
                .riderBornOn(ADULT));
        assertThat(((TicketAssessment.BlueTicket) d.value()).amount()).isEqualTo(Yen.of(10000));
        assertThat(d.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(d.render(Language.EN)).contains("[unconfirmed]");
    }

    @Test
    @DisplayName("※2: 歩道徐行等義務違反 covers ordinary bicycles only; a tandem is not covered")
    void scope() {
        Offence.Builder b = Offence.builder().violation("SIDEWALK_SLOW_DUTY").on(LocalDate.of(2026, 7, 1))
                .riderBornOn(ADULT);
        // issue 16: without the vehicle, an ordinary bicycle is taken and the answer says so (ruling 12)
        Decision<TicketAssessment> taken = assess(b);
        assertThat(taken.value()).isInstanceOf(TicketAssessment.BlueTicket.class);
        assertThat(taken.reasons().find(r -> r.variant().contains("ordinary-bicycle")).get().basis().confidence())
                .isEqualTo(Confidence.INTERPRETATION);
        assertThat(taken.render(Language.EN)).contains("it was taken to be an ordinary bicycle");
        assertThat(taken.confidence()).isEqualTo(Confidence.INTERPRETATION);
        assertThat(outside(assess(b.riderType(RiderType.OTHER_BICYCLE))).exclusions())
                .containsExactly(Exclusion.VEHICLE_NOT_COVERED);
        assertThat(assess(b.riderType(RiderType.ORDINARY_BICYCLE)).value()).isInstanceOf(TicketAssessment.BlueTicket.class);
        assertThat(outside(assess(signal(LocalDate.of(2026, 7, 1), ADULT).riderType(RiderType.HEAVY_TOWED_VEHICLE)))
                .exclusions()).containsExactly(Exclusion.VEHICLE_NOT_COVERED);
    }

    @Test
    @DisplayName("bad input: every problem at once, and the throwing variant carries them all")
    void validation() {
        assertThat(Offence.builder().validate().getError().map(Problem::field))
                .containsExactly("violation", "date", "birthDate");
        assertThat(Offence.builder().violation("NOPE").on(LocalDate.of(2026, 4, 1)).riderBornOn(LocalDate.of(2027, 1, 1))
                .validate().getError().map(Problem::code)).containsExactly("unknown-id", "born-after-offence");
        assertThat(signal(LocalDate.of(2026, 4, 1), ADULT).causedDanger(true).validate().getError().map(Problem::code))
                .containsExactly("danger-without-phone");
        assertThat(Offence.builder().violation("DRUNK_RIDING").on(LocalDate.of(2026, 4, 1)).riderBornOn(ADULT).validate()
                .getError().map(Problem::code)).containsExactly("alcohol-required");
        assertThatThrownBy(() -> Offence.builder().build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("violation").hasMessageContaining("birthDate");
    }

    @Test
    @DisplayName("several exclusions are all reported in order: 15 and drinking → criminal procedure (family court)")
    void several() {
        Decision<TicketAssessment> d = assess(signal(LocalDate.of(2026, 4, 1), LocalDate.of(2011, 1, 1))
                .alcohol(Alcohol.OVER_LIMIT));
        TicketAssessment.OutsideSystem o = outside(d);
        assertThat(o.exclusions()).containsExactly(Exclusion.UNDER_16, Exclusion.ALCOHOL);
        assertThat(o.instead()).isInstanceOf(Instead.CriminalProcedure.class);
        assertThat(d.reasons().map(r -> r.id())).contains("bicycle.instead.juvenile");
    }

    @Test
    @DisplayName("刑法41条: at 13 even drink riding leads to guidance, not the criminal procedure")
    void underFourteen() {
        Decision<TicketAssessment> d = assess(signal(LocalDate.of(2026, 4, 1), LocalDate.of(2012, 4, 2))
                .alcohol(Alcohol.OVER_LIMIT));
        assertThat(outside(d).instead()).isEqualTo(new Instead.GuidanceAndWarning());
        assertThat(d.reasons().map(r -> r.id())).contains("bicycle.instead.under-14");
    }

    @Test
    @DisplayName("an exclusion set is the same value however it is built, and lists its exclusions in the order checked")
    void exclusionSetsAreValuesInTheOrderChecked() {
        Exclusions some = Exclusions.of(Exclusion.TRAFFIC_DANGER, Exclusion.UNDER_16);
        assertThat(some).isSameAs(Exclusions.NONE.with(Exclusion.UNDER_16).with(Exclusion.TRAFFIC_DANGER))
                .isSameAs(some.with(Exclusion.UNDER_16));
        assertThat(some.toList()).containsExactly(Exclusion.UNDER_16, Exclusion.TRAFFIC_DANGER);
        assertThat(some.contains(Exclusion.UNDER_16)).isTrue();
        assertThat(some.contains(Exclusion.ALCOHOL)).isFalse();
        assertThat(some.containsAny(Exclusions.of(Exclusion.ALCOHOL, Exclusion.TRAFFIC_DANGER))).isTrue();
        assertThat(some.containsAny(Exclusions.of(Exclusion.ALCOHOL))).isFalse();
        assertThat(some.isEmpty()).isFalse();
        assertThat(Exclusions.NONE.isEmpty()).isTrue();
        assertThat(Exclusions.NONE.toList()).isEmpty();
        assertThat(Exclusions.of(Exclusion.values()).toList()).containsExactly(Exclusion.values());
        assertThat(some).hasToString("Exclusions(UNDER_16, TRAFFIC_DANGER)");
    }

    @Test
    @DisplayName("seed 罰則: a maximum penalty prints as the seed does and compares by key")
    void maximumPenaltiesPrintAsTheSeed() {
        MaximumPenalty signal = MaximumPenalty.forKey("SIGNAL_VIOLATION").get();
        assertThat(signal.key()).isEqualTo("SIGNAL_VIOLATION");
        assertThat(signal.imprisonmentMonths()).isEqualTo(3);
        assertThat(signal.fine()).isEqualTo(Yen.of(50_000));
        assertThat(signal.pettyFine()).isFalse();
        assertThat(signal.describe().ja()).isEqualTo("3ヵ月以下の拘禁刑または5万円以下の罰金");
        assertThat(signal.describe().en()).isEqualTo("imprisonment of up to 3 months or a fine of up to 50,000 yen");
        assertValueSemantics(signal, MaximumPenalty.forKey("SIGNAL_VIOLATION").get(),
                MaximumPenalty.forKey("SIGNAL_VIOLATION_FLASHING").get());
        assertThat(signal.hashCode()).isNotEqualTo(MaximumPenalty.forKey("DESIGNATED_STOP").get().hashCode());
        assertThat(new Instead.CriminalProcedure(Option.of(signal)).describe())
                .isEqualTo(Message.of("刑事手続（赤切符）: 3ヵ月以下の拘禁刑または5万円以下の罰金",
                        "criminal procedure (red ticket): imprisonment of up to 3 months or a fine of up to 50,000 yen"));
        assertThat(new Instead.CriminalProcedure(Option.none()).describe())
                .isEqualTo(Message.of("刑事手続（赤切符）", "criminal procedure (red ticket)"));
    }

    @Test
    @DisplayName("an offence prints its violation, date and time, but not the rider's birth date")
    void anOffencePrintsItsFacts() {
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE).at(java.time.LocalTime.of(8, 30))
                .riderBornOn(BicycleFixtures.ADULT).build();
        assertThat(o.time()).contains(java.time.LocalTime.of(8, 30));
        assertThat(o.toString()).startsWith("Offence{").contains("SIGNAL_VIOLATION", "date=2026-04-01", "08:30")
                .doesNotContain("1990");
        RidingSituation s = RidingSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM).place(Place.SIDEWALK)
                .riderBornOn(BicycleFixtures.ADULT).build();
        assertThat(s.toString()).startsWith("RidingSituation{").contains("date=2026-04-01", "vehicle=TANDEM",
                "place=SIDEWALK").doesNotContain("1990");
    }

    @Test
    @DisplayName("bad offence input: a blank violation id, a birth after the act")
    void badOffenceInputIsATypedProblem() {
        assertThat(codes(Offence.builder().violation(" ").on(NOTICE).riderBornOn(BicycleFixtures.ADULT).validate().getError()))
                .containsExactly("required");
        assertThat(codes(Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE).riderBornOn(NOTICE.plusDays(1))
                .validate().getError())).containsExactly("born-after-offence");
    }

    @Test
    @DisplayName("issue 16: MOBILE_PHONE_HOLDING without riderType is answered; a row of every light vehicle assumes nothing")
    void absentRiderType() {
        Decision<TicketAssessment> phone = assess(Offence.builder().violation("MOBILE_PHONE_HOLDING")
                .on(LocalDate.of(2026, 7, 1)).riderBornOn(ADULT));
        assertThat(phone.value()).isInstanceOf(TicketAssessment.BlueTicket.class);
        assertThat(phone.reasons().map(r -> r.id())).contains("bicycle.vehicle");
        Decision<TicketAssessment> red = assess(signal(LocalDate.of(2026, 7, 1), ADULT));
        assertThat(red.reasons().exists(r -> r.variant().contains("ordinary-bicycle"))).isFalse();
    }

    @Test
    @DisplayName("property: an absent riderType answers as an explicit ordinary bicycle; an explicit one still decides")
    void absentRiderTypeIsAnOrdinaryBicycle() {
        io.github.kisoku.testing.PropertyCheck.property().forAll(BicycleGenerators.violationIds(),
                BicycleGenerators.offenceDates(), io.github.kisoku.testing.Generators.anyOf(RiderType.class))
                .checkAssert((id, date, explicit) -> {
                    Offence.Builder b = Offence.builder().violation(id).on(date).riderBornOn(ADULT)
                            .alcohol(id.equals("DRUNK_RIDING") ? Alcohol.OVER_LIMIT : Alcohol.NONE);
                    TicketAssessment absent = OffenceAssessor.assess(b.build()).value();
                    TicketAssessment ordinary = OffenceAssessor.assess(b.riderType(RiderType.ORDINARY_BICYCLE).build()).value();
                    assertThat(absent).isEqualTo(ordinary);
                    Decision<TicketAssessment> given = OffenceAssessor.assess(b.riderType(explicit).build());
                    assertThat(given.reasons().exists(r -> r.variant().contains("ordinary-bicycle"))).isFalse();
                });
    }

    @Test
    @DisplayName("every day's rules, built once (the table, that it was in force, the ages), are the ones made for the day")
    void rulesByDayAreTheRule() {
        ViolationCatalogue catalogue = ViolationCatalogue.standard();
        for (LocalDate d = catalogue.firstInForce().minusDays(20); !d.isAfter(ByDate.LAST.plusDays(20)); d = d.plusDays(1)) {
            LocalDate day = d;
            OffenceAssessor.Day rules = OffenceAssessor.day(catalogue, day);
            assertThat(rules).as("%s", day).isEqualTo(OffenceAssessor.Day.of(catalogue, day));
            assertThat(rules.inForce()).isEqualTo(catalogue.at(day).map(t -> OffenceAssessor.inForce(t, day)).toOption());
            boolean built = !day.isBefore(catalogue.firstInForce()) && !day.isAfter(ByDate.LAST);
            assertThat(rules == OffenceAssessor.day(catalogue, day)).as("built once: %s", day).isEqualTo(built);
        }
        ViolationCatalogue other = ImmutableViolationCatalogue.create(catalogue.versions());
        assertThat(OffenceAssessor.day(other, LocalDate.of(2026, 6, 1)))
                .isNotSameAs(OffenceAssessor.day(other, LocalDate.of(2026, 6, 1)));
    }
}
