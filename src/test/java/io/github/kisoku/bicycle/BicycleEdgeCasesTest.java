package io.github.kisoku.bicycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Reason;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Edges of the bicycle domain that the seed examples do not reach (issue 6, mutation testing):
 * missing inputs, the parts of the rule book for motorised vehicles, the case after referral,
 * and the value semantics of the published types. Sources are named per test; the seed is
 * {@code 001_3c0629879982a073.txt} (神奈川県・神奈川県警察 自転車ルールブック).
 */
class BicycleEdgeCasesTest {
    private static final LocalDate NOTICE = LocalDate.of(2026, 4, 1);
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);

    private static Offence offence(String id, LocalDate born) {
        return Offence.builder().violation(id).on(NOTICE).riderBornOn(born).build();
    }

    private static Assessment.BlueTicket ticket(Offence o) {
        return (Assessment.BlueTicket) OffenceAssessor.assess(o).value();
    }

    private static TicketCase open(LocalDate born) {
        Offence o = offence("SIGNAL_VIOLATION", born);
        return TicketCase.open(o, ticket(o), NOTICE, Option.none()).get();
    }

    private static List<String> codes(io.vavr.collection.Seq<Problem> problems) {
        return problems.map(Problem::code).toList();
    }

    private static List<String> fields(io.vavr.collection.Seq<Problem> problems) {
        return problems.map(Problem::field).toList();
    }

    private static void assertValueSemantics(Object value, Object twin, Object... variants) {
        assertThat(value).isEqualTo(value).isEqualTo(twin).hasSameHashCodeAs(twin);
        assertThat(value.equals(null)).isFalse();
        assertThat(value.equals(value.toString())).isFalse();
        for (Object v : variants) {
            assertThat(value).as("differs from %s", v).isNotEqualTo(v);
        }
    }

    // --- the case (道路交通法第125条〜第130条) -------------------------------------------------------

    @Test
    @DisplayName("TicketCase.open: every problem at once — no offence, no ticket, no notice date")
    void openingACaseWithoutItsPartsReportsEveryProblem() {
        var invalid = TicketCase.open(null, null, null, Option.none());
        assertThat(fields(invalid.getError())).containsExactly("offence", "ticket", "noticeDate");
    }

    @Test
    @DisplayName("TicketCase.open: the ticket must be for the offence's violation; notice not before the offence")
    void aTicketForAnotherViolationOrAnEarlyNoticeIsRefused() {
        Offence signal = offence("SIGNAL_VIOLATION", ADULT);
        Offence division = offence("TRAFFIC_DIVISION", ADULT);
        assertThat(codes(TicketCase.open(signal, ticket(division), NOTICE, Option.none()).getError()))
                .containsExactly("ticket-for-other-violation");
        Offence later = Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE.plusDays(9)).riderBornOn(ADULT)
                .build();
        assertThat(codes(TicketCase.open(later, ticket(later), NOTICE.plusDays(8), Option.none()).getError()))
                .containsExactly("notice-before-offence");
        assertThat(codes(TicketCase.open(signal, ticket(signal), NOTICE.minusDays(1), Option.none()).getError()))
                .as("every problem: the notice precedes the offence and the 7-day figure (from 2026-04-01)")
                .containsExactly("notice-before-offence", "not-in-force");
        assertThat(codes(TicketCase.open(signal, ticket(signal), NOTICE, null).getError())).containsExactly("required");
        TicketCase c = TicketCase.open(signal, ticket(signal), NOTICE, Option.none()).get();
        assertThat(c.offence()).isEqualTo(signal);
        assertThat(c.amount()).as("信号無視 6,000円 (seed table)").isEqualTo(Yen.of(6000));
        assertThat(c.history()).isEmpty();
        assertThat(c.provisionalDeadline().value().statutoryLastDay())
                .as("道路交通法第129条第1項: 翌日起算7日").isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(c.toString()).startsWith("TicketCase(SIGNAL_VIOLATION on 2026-04-01").contains("6,000円");
    }

    @Test
    @DisplayName("通告 with no printed deadline given (null) is the same as none; a payment without amount is refused")
    void aNotificationWithoutPrintedDeadlineAndAPaymentWithoutAmount() {
        TicketCase c = open(ADULT);
        TicketCase notified = c.apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), null)).get();
        assertThat(notified.paymentDeadline().get().value().printed()).isEmpty();
        assertThat(notified.paymentDeadline().get().value().statutoryLastDay())
                .as("道路交通法第128条第1項: 通告の翌日から10日").isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(notified.history()).hasSize(1);
        assertThat(c.apply(new CaseEvent.Payment(LocalDate.of(2026, 4, 2), null)).getLeft().code())
                .isEqualTo("required");
        CaseError printedTooEarly = c.apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15),
                Option.of(LocalDate.of(2026, 4, 14)))).getLeft();
        assertThat(printedTooEarly.code()).isEqualTo("invalid-notification");
        assertThat(printedTooEarly.asProblem("event").field()).isEqualTo("event");
        assertThat(printedTooEarly.asProblem("event").code()).isEqualTo("invalid-notification");
        assertThat(printedTooEarly.toString()).startsWith("invalid-notification: ");
    }

    @Test
    @DisplayName("seed: 検察庁または裁判所へ送致 — the timeline of a referred case names the destination (少年法第2条)")
    void theTimelineOfAReferredCaseNamesWhereItWent() {
        List<CaseEvent> events = List.of(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none()),
                new CaseEvent.Referral(LocalDate.of(2026, 5, 1)));
        Decision<PaymentTimeline> adult = open(ADULT).applyAll(events).get().timeline();
        Reason toProsecutor = adult.reasons().find(r -> r.rule().equals("bicycle.referral")).get();
        assertThat(toProsecutor.message().ja()).isEqualTo("送致先: 検察庁");
        assertThat(toProsecutor.message().en()).isEqualTo("referred to the public prosecutor");
        assertThat(toProsecutor.figures().get("送致日").get()).isEqualTo("2026-05-01");
        Decision<PaymentTimeline> minor = open(LocalDate.of(2009, 1, 1)).applyAll(events).get().timeline();
        Reason toCourt = minor.reasons().find(r -> r.rule().equals("bicycle.referral")).get();
        assertThat(toCourt.message().ja()).isEqualTo("送致先: 家庭裁判所（20歳未満）");
        assertThat(toCourt.message().en()).isEqualTo("referred to the family court (under 20)");
        assertThat(open(ADULT).timeline().reasons().map(Reason::rule)).doesNotContain("bicycle.referral");
    }

    @Test
    @DisplayName("the payment timeline's steps: 仮納付, 通告, 通告書の郵送, 送致 — printed and compared by content")
    void timelinesAndTheirStepsCompareByContent() {
        PaymentTimeline t = open(ADULT).timeline().value();
        assertValueSemantics(t, open(ADULT).timeline().value(), open(LocalDate.of(2009, 1, 1))
                .apply(new CaseEvent.Notification(LocalDate.of(2026, 4, 15), Option.none())).get().timeline().value());
        assertThat(t.steps().map(TimelineStep::kind)).containsExactly(TimelineStep.Kind.PROVISIONAL_PAYMENT,
                TimelineStep.Kind.NOTIFICATION, TimelineStep.Kind.MAILED_NOTIFICATION, TimelineStep.Kind.REFERRAL);
        assertThat(t.toString()).contains("\n    1. 仮納付").contains("\n    4. ");
        TimelineStep provisional = t.step(TimelineStep.Kind.PROVISIONAL_PAYMENT);
        assertThat(provisional.description().en()).startsWith("provisional payment");
        assertThat(provisional.basis().cite()).isEqualTo("道路交通法 第129条第1項");
        assertThat(provisional.toString()).contains("[6,000円]").contains("→ 2026-04-08")
                .contains("statutory last day 2026-04-08").doesNotContain("rolled");
        TimelineStep referral = t.step(TimelineStep.Kind.REFERRAL);
        assertValueSemantics(provisional, open(ADULT).timeline().value().step(TimelineStep.Kind.PROVISIONAL_PAYMENT),
                referral, t.step(TimelineStep.Kind.NOTIFICATION), t.step(TimelineStep.Kind.MAILED_NOTIFICATION));
        assertThat(referral.toString()).doesNotContain("→").doesNotContain("[");
    }

    @Test
    @DisplayName("道路交通法第129条: a 仮納付 deadline on a bank holiday is rolled and says so")
    void aRolledDeadlinePrintsBothDays() {
        // Notice 2026-04-26: 翌日起算7日 ends 2026-05-03 (憲法記念日, Sunday); banks open again on 2026-05-07.
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(LocalDate.of(2026, 4, 26)).riderBornOn(ADULT)
                .build();
        TicketCase c = TicketCase.open(o, ticket(o), LocalDate.of(2026, 4, 26), Option.none()).get();
        Deadline d = c.provisionalDeadline().value();
        assertThat(d.statutoryLastDay()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(d.operative()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(d.toString()).contains("statutory last day 2026-05-03").contains("rolled 2026-05-07");
        assertThat(c.timeline().value().step(TimelineStep.Kind.PROVISIONAL_PAYMENT).toString())
                .contains("rolled past bank holidays 2026-05-07");
        Deadline printed = PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 26),
                Option.of(LocalDate.of(2026, 5, 8))).get().value();
        assertThat(printed.printed()).contains(LocalDate.of(2026, 5, 8));
        assertThat(printed.toString()).contains("printed 2026-05-08");
        assertValueSemantics(d, PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 26), Option.none()).get()
                        .value(), printed,
                PaymentDeadlines.provisionalPayment(LocalDate.of(2026, 4, 27), Option.none()).get().value(),
                PaymentDeadlines.payment(LocalDate.of(2026, 4, 26), Option.none()).get().value());
    }

    // --- rule-book checks (道路交通法第17条・第17条の2・第63条の4, 特定小型原付 rules) --------------

    @Test
    @DisplayName("ルールブック: a 特定小型原付 in road mode or a moped may not use the left roadside strip (第17条の2)")
    void motorisedVehiclesMayNotUseTheRoadsideStrip() {
        for (VehicleKind v : List.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, VehicleKind.GENERAL_MOPED)) {
            Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE).vehicle(v)
                    .place(Place.ROADSIDE_STRIP_LEFT).build()).get();
            assertThat(d.value()).isInstanceOf(RuleVerdict.Violates.class);
            assertThat(((RuleVerdict.Violates) d.value()).row()).as("a motorised vehicle has its own table").isEmpty();
            assertThat(d.value().is("TRAFFIC_DIVISION")).isFalse();
            assertThat(d.reasons().map(Reason::rule)).containsExactly("bicycle.place.strip-small-motor");
        }
        Decision<RuleVerdict> sidewalkMode = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE).place(Place.ROADSIDE_STRIP_LEFT).build()).get();
        assertThat(sidewalkMode.value()).isEqualTo(new RuleVerdict.Permitted());
    }

    @Test
    @DisplayName("ルールブック: the roadway in sidewalk mode is marked '△' in the rule book's table")
    void sidewalkModeOnTheRoadwayCarriesTheRuleBooksNote() {
        Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.SMALL_MOTOR_SIDEWALK_MODE).place(Place.ROADWAY_LEFT).build()).get();
        assertThat(d.notApplied().head().message().en()).contains("'△'");
        Decision<RuleVerdict> bike = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.ORDINARY_BICYCLE).place(Place.ROADWAY_LEFT).build()).get();
        assertThat(bike.notApplied().head().message().en()).isEqualTo("the small-motor sidewalk-mode note does not apply");
    }

    @Test
    @DisplayName("第63条の4: a bicycle other than an ordinary one on the sidewalk is 通行区分違反 with the table's row")
    void anOtherBicycleOnTheSidewalkIsATrafficDivisionViolation() {
        Decision<RuleVerdict> d = RuleBookChecks.ridingPlace(RidingSituation.builder().on(NOTICE)
                .vehicle(VehicleKind.OTHER_BICYCLE).place(Place.SIDEWALK).sidewalkSign(true).build()).get();
        assertThat(d.value().is("TRAFFIC_DIVISION")).isTrue();
        assertThat(d.value().is("SIGNAL_VIOLATION")).isFalse();
        assertThat(d.reasons().head().basis().cite()).doesNotContain("タンデム");
        assertThat(d.value().toString()).contains("[TRAFFIC_DIVISION, 6,000円]");
        assertThat(new RuleVerdict.Permitted().is("TRAFFIC_DIVISION")).isFalse();
        assertThat(new RuleVerdict.Permitted()).hasToString("違反ではない / permitted");
    }

    @Test
    @DisplayName("rule-book checks: a missing situation, passengers, spec, date or birth date is a typed problem")
    void missingInputsOfTheRuleBookChecksAreProblems() {
        assertThat(fields(RuleBookChecks.ridingPlace(null).getError())).containsExactly("situation");
        assertThat(fields(RuleBookChecks.passengers(null).getError())).containsExactly("passengers");
        SmallMotorSpec spec = SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get();
        assertThat(fields(RuleBookChecks.classify(null, NOTICE, true).getError())).containsExactly("spec");
        assertThat(fields(RuleBookChecks.classify(spec, null, true).getError())).containsExactly("date");
        assertThat(fields(RuleBookChecks.smallMotorRider(null, NOTICE).getError())).containsExactly("birthDate");
        assertThat(fields(RuleBookChecks.smallMotorRider(ADULT, null).getError())).containsExactly("date");
        assertThat(codes(RuleBookChecks.smallMotorRider(ADULT, LocalDate.of(2023, 6, 30)).getError()))
                .as("the 16-year rule is in force from 2023-07-01").containsExactly("not-in-force");
    }

    @Test
    @DisplayName("第57条第2項 (幼児用座席): before 2021-04-01 the child-seat figure is not in force; a tandem with nobody is fine")
    void passengerChecksOutsideTheirDates() {
        PassengerSituation early = PassengerSituation.builder().on(LocalDate.of(2021, 3, 31))
                .vehicle(VehicleKind.ORDINARY_BICYCLE).childSeats(1).seated(1, 0).build();
        assertThat(codes(RuleBookChecks.passengers(early).getError())).containsExactly("not-in-force");
        PassengerSituation alone = PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM).build();
        assertThat(RuleBookChecks.passengers(alone).get().value()).isEqualTo(new RuleVerdict.Permitted());
        assertThat(RuleBookChecks.passengers(alone).get().reasons().map(Reason::rule))
                .containsExactly("bicycle.passengers.none");
        PassengerSituation onBack = PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM)
                .childOnBack(true).build();
        assertThat(RuleBookChecks.passengers(onBack).get().value()).as("one passenger on a tandem")
                .isEqualTo(new RuleVerdict.Permitted());
        PassengerSituation three = PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .childSeats(1).seated(2, 0).build();
        Decision<RuleVerdict> d = RuleBookChecks.passengers(three).get();
        assertThat(d.value().is("LOAD_LIMIT")).isTrue();
        assertThat(d.reasons().find(r -> r.rule().equals("bicycle.passengers.seats")).get().message().en())
                .isEqualTo("more seated children than seats (2 / 1)");
        assertThat(three.toString()).contains("seats 2+0/1");
        assertThat(onBack.toString()).contains("おんぶ");
        assertThat(alone.toString()).doesNotContain("おんぶ");
    }

    @Test
    @DisplayName("特定小型原付 (道路交通法施行規則第1条の2の2): a specification equals only the same figures")
    void smallMotorSpecsCompareEveryFigure() {
        SmallMotorSpec s = SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get();
        assertValueSemantics(s, SmallMotorSpec.validate(60, 190, 600, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(61, 190, 600, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 191, 600, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 190, 601, 20, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 190, 600, 21, Option.of(6)).get(),
                SmallMotorSpec.validate(60, 190, 600, 20, Option.none()).get());
        assertThat(s).hasToString("60x190cm, 600W, 20km/h / 6km/h");
        assertThat(SmallMotorSpec.validate(60, 190, 600, 20, Option.none()).get()).hasToString("60x190cm, 600W, 20km/h");
        assertThat(fields(SmallMotorSpec.validate(60, 190, 600, 20, null).getError()))
                .containsExactly("sidewalkModeKmh");
    }

    // --- riders' course (道路交通法第108条の3の4 以下) -------------------------------------------

    @Test
    @DisplayName("自転車運転者講習: a missing history, date or order date is a typed problem; the figures start 2015-06-01")
    void missingInputsOfTheCourseRulesAreProblems() {
        RidingHistory h = RidingHistory.of(ADULT, List.empty());
        assertThat(fields(RidersCourse.condition(null, NOTICE).getError())).containsExactly("history");
        assertThat(fields(RidersCourse.condition(h, null).getError())).containsExactly("on");
        assertThat(codes(RidersCourse.condition(h, LocalDate.of(2015, 5, 31)).getError()))
                .containsExactly("not-in-force");
        assertThat(fields(RidersCourse.latestAttendanceDate(null, Option.none()).getError()))
                .containsExactly("orderDate");
        assertThat(fields(RidersCourse.latestAttendanceDate(NOTICE, null).getError()))
                .containsExactly("periodEndInOrder");
        assertThat(codes(RidersCourse.latestAttendanceDate(LocalDate.of(2015, 5, 31), Option.none()).getError()))
                .containsExactly("not-in-force");
        assertThat(codes(RidersCourse.latestAttendanceDate(NOTICE, Option.of(NOTICE)).getError()))
                .containsExactly("period-before-order");
        assertThat(RidersCourse.latestAttendanceDate(NOTICE, Option.of(NOTICE.plusDays(1))).get().value())
                .isEqualTo(NOTICE.plusDays(1));
    }

    @Test
    @DisplayName("自転車運転者講習: histories and their acts compare by content; every missing act is named")
    void historiesCompareByContent() {
        DangerousActRecord signal = DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED);
        assertThat(signal.how()).isEqualTo(DangerousActRecord.How.DETECTED);
        assertValueSemantics(signal, DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 2), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 2, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.ACCIDENT));
        assertThat(signal.toString()).endsWith("(取締り)");
        assertThat(DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.ACCIDENT).toString())
                .endsWith("(交通事故)");
        RidingHistory h = RidingHistory.of(ADULT, List.of(signal));
        assertValueSemantics(h, RidingHistory.of(ADULT, List.of(signal)), RidingHistory.of(ADULT, List.empty()),
                RidingHistory.of(LocalDate.of(1991, 1, 1), List.of(signal)));
        assertThat(h.hashCode()).isNotEqualTo(RidingHistory.of(ADULT, List.empty()).hashCode());
        assertThat(h.toString()).isEqualTo("RidingHistory(born 1990-01-01, " + signal + ")");
        assertThat(fields(RidingHistory.validate(null, List.empty()).getError())).containsExactly("birthDate");
        assertThat(fields(RidingHistory.validate(ADULT, null).getError())).containsExactly("acts");
        assertThat(fields(RidingHistory.validate(ADULT, java.util.Arrays.asList(signal, null)).getError()))
                .containsExactly("acts[1]");
    }

    @Test
    @DisplayName("危険行為 (seed: 16 acts): an act equals only the act with its number")
    void dangerousActsCompareByNumber() {
        DangerousAct first = DangerousAct.all().head();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.article()).isNotBlank();
        assertValueSemantics(first, DangerousAct.validate("act", 1).get(), DangerousAct.all().get(1));
        assertThat(first.hashCode()).isNotEqualTo(DangerousAct.all().get(1).hashCode());
        assertThat(first.toString()).startsWith("危険行為1 ");
        Decision<CourseCondition> c = RidersCourse.condition(RidingHistory.of(ADULT, List.of(
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED))),
                LocalDate.of(2026, 5, 1)).get();
        assertThat(c.value().met()).isFalse();
        assertThat(c.value().toString()).isEqualTo("要件を満たさない / condition not met (1 回 / acts counted)");
    }

    // --- the table and what applies instead -------------------------------------------------------

    @Test
    @DisplayName("violations.csv: rows compare by content, and print with their amount or as 非反則行為")
    void violationsCompareByContent() {
        ViolationCatalogue cat = ViolationCatalogue.standard();
        Violation signal = cat.find("SIGNAL_VIOLATION").get();
        assertValueSemantics(signal, cat.find("SIGNAL_VIOLATION").get(), cat.find("TRAFFIC_DIVISION").get());
        assertThat(signal.hashCode()).isNotEqualTo(cat.find("TRAFFIC_DIVISION").get().hashCode());
        assertThat(signal.toString()).isEqualTo("SIGNAL_VIOLATION 信号無視（赤色等） 6,000円");
        Violation notBlue = cat.list().find(v -> !v.isBlueTicketOffence()).get();
        assertThat(notBlue.toString()).endsWith(" (非反則行為)");
        ViolationSchedule latest = cat.latest();
        assertValueSemantics(latest, cat.at(NOTICE).get().value());
        assertThat(latest.toString()).isEqualTo("ViolationSchedule(" + latest.violations().size() + " rows)");
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
        assertThat(signal.toString()).isEqualTo(signal.describe().toString());
        assertValueSemantics(signal, MaximumPenalty.forKey("SIGNAL_VIOLATION").get(),
                MaximumPenalty.forKey("SIGNAL_VIOLATION_FLASHING").get());
        assertThat(signal.hashCode()).isNotEqualTo(MaximumPenalty.forKey("DESIGNATED_STOP").get().hashCode());
        assertThat(new Instead.CriminalProcedure(Option.of(signal)).toString())
                .isEqualTo("刑事手続（赤切符） / criminal procedure (red ticket): 3ヵ月以下の拘禁刑または5万円以下の罰金"
                        + " / imprisonment of up to 3 months or a fine of up to 50,000 yen");
        assertThat(new Instead.CriminalProcedure(Option.none()).toString())
                .isEqualTo("刑事手続（赤切符） / criminal procedure (red ticket)");
    }

    @Test
    @DisplayName("violations.csv scope: 普通自転車のみ, 自転車のみ, 軽車両 (not 重被牽引車)")
    void scopesCoverTheirVehicles() {
        assertThat(List.of(RiderType.values()).filter(ViolationScope.ORDINARY_BICYCLE::covers))
                .containsExactly(RiderType.ORDINARY_BICYCLE);
        assertThat(List.of(RiderType.values()).filter(ViolationScope.BICYCLE::covers))
                .containsExactly(RiderType.ORDINARY_BICYCLE, RiderType.OTHER_BICYCLE);
        assertThat(List.of(RiderType.values()).filter(ViolationScope.LIGHT_VEHICLE::covers))
                .containsExactly(RiderType.ORDINARY_BICYCLE, RiderType.OTHER_BICYCLE, RiderType.OTHER_LIGHT_VEHICLE);
        assertThat(Place.SIDEWALK.ja()).isEqualTo("歩道");
        assertThat(Place.SIDEWALK.en()).isEqualTo("sidewalk");
    }

    @Test
    @DisplayName("an offence prints its violation, date, time and birth date")
    void anOffencePrintsItsFacts() {
        Offence o = Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE).at(java.time.LocalTime.of(8, 30))
                .riderBornOn(ADULT).build();
        assertThat(o.time()).contains(java.time.LocalTime.of(8, 30));
        assertThat(o.toString()).isEqualTo("SIGNAL_VIOLATION on 2026-04-01 08:30, born 1990-01-01");
        assertThat(offence("SIGNAL_VIOLATION", ADULT).toString())
                .isEqualTo("SIGNAL_VIOLATION on 2026-04-01, born 1990-01-01");
        assertThat(RidingSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM).place(Place.SIDEWALK).build()
                .toString()).isEqualTo("2026-04-01 タンデム自転車 @ 歩道");
    }

    @Test
    @DisplayName("bad input: a blank violation id, a birth after the act, a passenger check for a motor vehicle")
    void moreBadInputIsATypedProblem() {
        assertThat(codes(Offence.builder().violation(" ").on(NOTICE).riderBornOn(ADULT).validate().getError()))
                .containsExactly("required");
        assertThat(codes(Offence.builder().violation("SIGNAL_VIOLATION").on(NOTICE).riderBornOn(NOTICE.plusDays(1))
                .validate().getError())).containsExactly("born-after-offence");
        assertThat(codes(RidingSituation.builder().on(NOTICE).vehicle(VehicleKind.ORDINARY_BICYCLE)
                .place(Place.ROADWAY_LEFT).riderBornOn(NOTICE.plusDays(1)).validate().getError()))
                .containsExactly("born-after-date");
        for (VehicleKind v : List.of(VehicleKind.SMALL_MOTOR_ROAD_MODE, VehicleKind.SMALL_MOTOR_SIDEWALK_MODE,
                VehicleKind.GENERAL_MOPED)) {
            assertThat(codes(PassengerSituation.builder().on(NOTICE).vehicle(v).validate().getError()))
                    .containsExactly("not-a-bicycle");
        }
        assertThat(PassengerSituation.builder().on(NOTICE).vehicle(VehicleKind.TANDEM).validate().isValid()).isTrue();
        assertThat(open(ADULT).apply(new CaseEvent.Payment(null, Yen.of(6000))).getLeft().code()).isEqualTo("required");
        Offence signal = offence("SIGNAL_VIOLATION", ADULT);
        assertThat(fields(TicketCase.open(signal, null, NOTICE, Option.none()).getError())).containsExactly("ticket");
        assertThat(fields(TicketCase.open(signal, ticket(signal), null, Option.none()).getError()))
                .containsExactly("noticeDate");
    }

    @Test
    @DisplayName("seed: 通告書の郵送 then payment — the paid case's timeline still shows the mailed step's deadline")
    void thePaidCaseKeepsTheMailedDeadline() {
        TicketCase paid = open(ADULT).applyAll(List.of(
                new CaseEvent.MailedNotification(LocalDate.of(2026, 4, 20), Option.none()),
                new CaseEvent.Payment(LocalDate.of(2026, 4, 30), Yen.of(6940)))).get();
        assertThat(paid.state()).isInstanceOf(CaseState.Paid.class);
        assertThat(paid.timeline().value().step(TimelineStep.Kind.MAILED_NOTIFICATION).deadline()).isNotEmpty();
        assertThat(paid.timeline().value().step(TimelineStep.Kind.NOTIFICATION).deadline()).isEmpty();
        Decision<CourseCondition> met = RidersCourse.condition(RidingHistory.of(ADULT, List.of(
                DangerousActRecord.of(LocalDate.of(2026, 4, 1), 1, DangerousActRecord.How.DETECTED),
                DangerousActRecord.of(LocalDate.of(2026, 4, 10), 4, DangerousActRecord.How.DETECTED))),
                LocalDate.of(2026, 5, 1)).get();
        assertThat(met.value().toString()).isEqualTo("要件を満たす / condition met (2 回 / acts counted)");
    }
}
