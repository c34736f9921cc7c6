package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.bicycle.Alcohol;
import io.github.kisoku.bicycle.TicketAssessment;
import io.github.kisoku.bicycle.BicycleProblem;
import io.github.kisoku.bicycle.CourseCondition;
import io.github.kisoku.bicycle.DangerousActRecord;
import io.github.kisoku.bicycle.PaymentDeadline;
import io.github.kisoku.bicycle.Offence;
import io.github.kisoku.bicycle.OffenceAssessor;
import io.github.kisoku.bicycle.PaymentDeadlines;
import io.github.kisoku.bicycle.RiderType;
import io.github.kisoku.bicycle.RidersCourse;
import io.github.kisoku.bicycle.RidingHistory;
import io.github.kisoku.bicycle.ViolationCatalogue;
import io.github.kisoku.kernel.MessageBundle;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;

/** The bicycle cases of the contract: {@code bicycle.fine} and {@code bicycle.course}. */
final class BicycleCases {
    private BicycleCases() {
    }

    /**
     * {@code bicycle.fine}: one offence → blue ticket or not, the 反則金 and the 仮納付 deadline
     * (statutory last day and the day after rolling past bank holidays).
     */
    static final class Fine implements CaseHandler {
        @Override
        public String type() {
            return "bicycle.fine";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<String> violation = f.text("violation", true);
            violation.forEach(id -> ViolationCatalogue.standard().find(id).swap()
                    .forEach(u -> f.problem(u.asProblem(f.path("violation")))));
            Option<LocalDate> date = f.date("offenceDate", true);
            Option<LocalTime> time = f.time("offenceTime", false);
            Option<LocalDate> birth = f.date("birthDate", true);
            Option<LocalDate> notice = f.date("noticeDate", false);
            Alcohol alcohol = alcohol(f);
            boolean accident = f.bool("causedAccident", false);
            boolean danger = f.bool("trafficDanger", false);
            Option<RiderType> rider = f.enumeration("riderType", false, RiderType.class);
            if (date.isDefined() && notice.exists(n -> n.isBefore(date.get()))) {
                f.problem(Problem.of(BicycleProblem.NOTICE_BEFORE_OFFENCE, f.path("noticeDate"))
                        .withFigures("noticeDate", notice.get(), "offenceDate", date.get()));
            }
            return f.finish(() -> {
                Offence.Builder b = Offence.builder().violation(violation.get()).on(date.get())
                        .riderBornOn(birth.get()).alcohol(alcohol).causedAccident(accident).causedDanger(danger);
                time.forEach(b::at);
                rider.forEach(b::riderType);
                return b.validate()
                        .mapError(ps -> f.translate(ps, HashMap.of("date", "offenceDate", "causedDanger", "trafficDanger")))
                        .map(o -> answer(o, notice.getOrElse(date.get())));
            });
        }

        /** {@code alcohol}: true or false, or the finding by name (NONE, OVER_LIMIT, DRUNK). */
        private static Alcohol alcohol(CaseReader f) {
            Option<JsonNode> v = f.value("alcohol");
            if (v.isEmpty()) {
                return Alcohol.NONE;
            }
            if (v.get().isBoolean()) {
                // true is the lesser finding, 酒気帯び; both exclude the blue ticket (道路交通法第125条第2項).
                return v.get().booleanValue() ? Alcohol.OVER_LIMIT : Alcohol.NONE;
            }
            if (v.get().isTextual()) {
                for (Alcohol a : Alcohol.values()) {
                    if (a.name().equals(v.get().asText())) {
                        return a;
                    }
                }
            }
            f.wrongType("alcohol", CliProblem.Expected.ALCOHOL);
            return Alcohol.NONE;
        }

        private static Answer answer(Offence offence, LocalDate noticeDate) {
            Decision<TicketAssessment> d = OffenceAssessor.assess(offence);
            ObjectNode r = Json.object();
            r.put("violation", offence.violation().id());
            r.put("violationJa", offence.violation().nameJa());
            r.put("violationEn", offence.violation().nameEn());
            Option<Decision<PaymentDeadline>> deadline = Option.none();
            if (d.value() instanceof TicketAssessment.BlueTicket) {
                TicketAssessment.BlueTicket t = (TicketAssessment.BlueTicket) d.value();
                r.put("blueTicket", true);
                r.put("amountYen", t.amount().amount());
                deadline = PaymentDeadlines.provisionalPayment(noticeDate, Option.none()).toOption();
                r.put("noticeDate", noticeDate.toString());
                r.putArray("exclusions");
                r.putNull("instead");
            } else {
                TicketAssessment.OutsideSystem o = (TicketAssessment.OutsideSystem) d.value();
                r.put("blueTicket", false);
                r.putNull("amountYen");
                r.putNull("noticeDate");
                ArrayNode ex = r.putArray("exclusions");
                o.exclusions().forEach(e -> ex.add(e.name()));
                r.put("instead", MessageBundle.plain(o.instead().describe()));
            }
            if (deadline.isDefined()) {
                PaymentDeadline dl = deadline.get().value();
                r.put("provisionalPaymentLastDay", dl.statutoryLastDay().toString());
                r.put("provisionalPaymentDeadline", dl.rolled().rolled().toString());
                d = Decision.of(d.value(), d.reasons().appendAll(deadline.get().reasons()),
                        d.notApplied().appendAll(deadline.get().notApplied()));
            } else {
                r.putNull("provisionalPaymentLastDay");
                r.putNull("provisionalPaymentDeadline");
            }
            return new Answer(r, d);
        }
    }

    /** {@code bicycle.course}: a rider's 危険行為 history → whether the riders' course is required. */
    static final class Course implements CaseHandler {
        @Override
        public String type() {
            return "bicycle.course";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<LocalDate> asOf = f.date("asOf", true);
            Option<LocalDate> birth = f.date("birthDate", true);
            Option<List<DangerousActRecord>> acts = f.objects("acts", true, Course::act);
            return f.finish(() -> RidingHistory.validate(birth.get(), acts.get())
                    .flatMap(h -> RidersCourse.condition(h, asOf.get()))
                    .mapError(ps -> f.translate(ps, HashMap.of("on", "asOf")))
                    .map(Course::answer));
        }

        private static Option<DangerousActRecord> act(CaseReader a) {
            Option<LocalDate> date = a.date("date", true);
            Option<Long> number = a.integer("act", true, 1, 16);
            Option<String> kind = a.text("kind", true);
            Option<DangerousActRecord.How> how = kind.flatMap(k -> k.equals("detected")
                    ? Option.of(DangerousActRecord.How.DETECTED)
                    : k.equals("accident") ? Option.of(DangerousActRecord.How.ACCIDENT) : Option.none());
            if (kind.isDefined() && how.isEmpty()) {
                a.problem(Problem.of(CliProblem.UNKNOWN_VALUE, a.path("kind"))
                        .withFigures("value", kind.get(), "known", "detected, accident"));
            }
            if (date.isEmpty() || number.isEmpty() || how.isEmpty()) {
                return Option.none();
            }
            Validation<Seq<Problem>, DangerousActRecord> r = DangerousActRecord.validate(date.get(),
                    number.get().intValue(), how.get());
            r.mapError(ps -> a.translate(ps, HashMap.of("number", "act", "how", "kind"))).swap()
                    .forEach(ps -> ps.forEach(a::problem));
            return r.toOption();
        }

        private static Answer answer(Decision<CourseCondition> d) {
            ObjectNode r = Json.object();
            r.put("courseRequired", d.value().met());
            ArrayNode counted = r.putArray("counted");
            d.value().counted().forEach(a -> counted.addObject().put("date", a.date().toString())
                    .put("act", a.act().number()).put("kind", a.how() == DangerousActRecord.How.DETECTED
                            ? "detected" : "accident"));
            return new Answer(r, d);
        }
    }
}
