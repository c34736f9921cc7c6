package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.golftax.AgeDocument;
import io.github.kisoku.golftax.VisitAssessment;
import io.github.kisoku.golftax.BusinessUseItem;
import io.github.kisoku.golftax.Competition;
import io.github.kisoku.golftax.CompetitionOrganizer;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.CourseType;
import io.github.kisoku.golftax.DayType;
import io.github.kisoku.golftax.DisabilityCard;
import io.github.kisoku.golftax.DisabilityCardKind;
import io.github.kisoku.golftax.CourseFeeTable;
import io.github.kisoku.golftax.FeeClass;
import io.github.kisoku.golftax.GolfFact;
import io.github.kisoku.golftax.GolfProblem;
import io.github.kisoku.golftax.GolfRule;
import io.github.kisoku.golftax.GolfTaxRules;
import io.github.kisoku.golftax.MissingFact;
import io.github.kisoku.golftax.Person;
import io.github.kisoku.golftax.Play;
import io.github.kisoku.golftax.SpecialFee;
import io.github.kisoku.golftax.SpecialFeeCategory;
import io.github.kisoku.golftax.Treatment;
import io.github.kisoku.golftax.Visit;
import io.github.kisoku.kernel.Decision;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Yen;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The golf-course usage tax case of the contract, {@code golf.visit}, and the course file that
 * {@code kisoku golf} reads (the same field names).
 */
final class GolfCases {
    /** The business-use items' codes, as a problem lists them. */
    private static final List<String> BUSINESS_ITEM_CODES = List.of(BusinessUseItem.values()).map(BusinessUseItem::code);

    /** The play kinds of the contract, in the order of the issue. */
    static final List<String> PLAY_KINDS = List.of("normal", "early", "closedDaySelf", "nineHolesOnly",
            "competition", "nationalSportsFestival", "schoolActivity", "business");

    private GolfCases() {
    }

    /** {@code golf.visit}: one visit → its treatment (課税区分) and tax. */
    static final class VisitCase implements CaseHandler {
        @Override
        public String type() {
            return "golf.visit";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<LocalDate> use = f.date("useDate", true);
            Option<Long> grade = f.integer("grade", true, 1, 7);
            Option<LocalDate> birth = f.date("birthDate", true);
            String name = f.text("name", false).getOrElse("-");
            Option<AgeDocument> doc = f.enumeration("ageDocument", false, AgeDocument.class);
            Option<DisabilityCardKind> card = f.enumeration("disability", false, DisabilityCardKind.class);
            Option<String> cardNumber = f.text("disabilityCardNumber", false);
            if (card.isDefined() && cardNumber.forAll(String::isBlank)) {
                f.problem(Problem.of(CliProblem.CARD_NUMBER, f.path("disabilityCardNumber")));
            }
            Play play = play(f);
            // The fee table belongs to the course (course.fees, 1.1.0); fees.table (1.0.0) is still read.
            Option<CaseReader> courseReader = f.object("course", false);
            Option<Tuple3<String, Integer, CourseType>> course = Option.none();
            Option<CourseFeeTable> courseTable = Option.none();
            if (courseReader.isDefined()) {
                course = courseFacts(courseReader.get());
                courseTable = courseReader.get().nested("fees", false, GolfCases::feeTable);
                f.absorb(courseReader.get());
            }
            Option<Yen> charged = Option.none();
            Option<CourseFeeTable> table = Option.none();
            Option<FeeClass> feeClass = Option.none();
            Option<CaseReader> fees = f.object("fees", false);
            if (fees.isDefined()) {
                charged = fees.get().yen("charged", false);
                table = fees.get().nested("table", false, GolfCases::feeTable);
                feeClass = fees.get().knownBool("member").map(m -> m ? FeeClass.MEMBER : FeeClass.NON_MEMBER);
                f.absorb(fees.get());
            }
            Option<Yen> fee = charged;
            Option<CourseFeeTable> feeTable = table.orElse(courseTable);
            Option<FeeClass> member = feeClass;
            Option<Tuple3<String, Integer, CourseType>> facts = course;
            return f.finish(() -> {
                Tuple3<String, Integer, CourseType> c = facts.getOrElse(Tuple.of("-", 18, CourseType.MEMBER));
                return Course.validate(c._1, grade.get().intValue(), c._2, c._3, false, Option.none(), feeTable)
                        .flatMap(cs -> Person.validate(name, birth.get(), doc,
                                card.map(k -> DisabilityCard.of(k, cardNumber.get())))
                                .flatMap(p -> Visit.validate("visit", cs, use.get(), p, play, fee, member)))
                        .mapError(ps -> f.translate(ps, HashMap.of("feeCharged", "fees.charged")))
                        .flatMap(v -> GolfTaxRules.assess(v)
                                .mapLeft(n -> (Seq<Problem>) List.of(n.asProblem(f.path("useDate"))))
                                .toValidation().flatMap(d -> answered(f, v, d)));
            });
        }

        /**
         * The answer, or the problem {@code fact-needed} when whether the visit is a taxable use at
         * all waits for a fact (the business-use check): then no treatment can be given.
         */
        private static Validation<Seq<Problem>, Answer> answered(CaseReader f, Visit v, Decision<VisitAssessment> d) {
            List<MissingFact> use = d.value().missing().filter(m -> m.rule() == GolfRule.BUSINESS_USE);
            if (!use.isEmpty()) {
                return Validation.invalid(use.map(m -> Problem.of(GolfProblem.FACT_NEEDED, f.path(field(m.fact())))
                        .withFigures("fact", m.fact(), "rule", m.rule().id())));
            }
            return Validation.valid(answer(v, d));
        }

        private static Answer answer(Visit v, Decision<VisitAssessment> d) {
            ObjectNode r = Json.object();
            r.put("treatment", treatment(d.value().treatment()));
            Message treatment = d.value().treatment().describe();
            r.put("treatmentJa", treatment.ja());
            r.put("treatmentEn", treatment.en());
            r.put("taxYen", d.value().tax().amount());
            r.put("dayType", v.dayType().name());
            if (!d.value().missing().isEmpty()) {
                // contract 1.1.0: the facts still needed, each with the rule that reads it
                ArrayNode missing = r.putArray("missing");
                d.value().missing().forEach(m -> missing.addObject().put("fact", m.fact().name())
                        .put("field", field(m.fact())).put("rule", m.rule().id())
                        .put("ja", m.fact().label().ja()).put("en", m.fact().label().en()));
            }
            ArrayNode ev = r.putArray("evidence");
            d.value().evidence().forEach(e -> {
                ObjectNode o = ev.addObject().put("action", e.action().name()).put("ja", e.document().ja())
                        .put("en", e.document().en());
                e.register().forEach(reg -> o.put("register", reg.name()));
            });
            return new Answer(r, d);
        }
    }

    /** The field of the contract that gives a fact. */
    static String field(GolfFact fact) {
        switch (fact) {
            case FEE_CHARGED:
                return "fees.charged";
            case FEE_TABLE:
                return "course.fees";
            case FEE_CLASS:
                return "fees.member";
            default:
                return "play.competition.courseFeePerDay";
        }
    }

    /** The stable name of a treatment in the contract. */
    static String treatment(Treatment t) {
        if (t instanceof Treatment.Standard) {
            return "STANDARD";
        }
        if (t instanceof Treatment.Reduced) {
            return "REDUCED";
        }
        if (t instanceof Treatment.Exempt) {
            return "EXEMPT";
        }
        return "NOT_TAXABLE_USE";
    }

    /** A course's name, holes and type; the grade and fees are read beside it. */
    static Option<Tuple3<String, Integer, CourseType>> courseFacts(CaseReader c) {
        Option<String> name = c.text("name", true);
        Option<Long> holes = c.integer("holes", true, 1, 72);
        Option<CourseType> type = c.enumeration("type", true, CourseType.class);
        return name.isDefined() && holes.isDefined() && type.isDefined()
                ? Option.of(Tuple.of(name.get(), holes.get().intValue(), type.get())) : Option.none();
    }

    /**
     * A course file for {@code kisoku golf}: {@code name}, {@code grade}, {@code holes},
     * {@code type}, {@code selfPlayOnly}, {@code cartFeePerPerson} and {@code fees} (a fee table).
     */
    static Validation<Seq<Problem>, Course> courseFile(CaseReader c) {
        Option<String> name = c.text("name", true);
        Option<Long> grade = c.integer("grade", true, 1, 7);
        Option<Long> holes = c.integer("holes", true, 1, 72);
        Option<CourseType> type = c.enumeration("type", true, CourseType.class);
        boolean selfOnly = c.bool("selfPlayOnly", false);
        Option<Yen> cart = c.yen("cartFeePerPerson", false);
        Option<CourseFeeTable> fees = c.nested("fees", true, GolfCases::feeTable);
        return c.finish(() -> Course.validate(name.get(), grade.get().intValue(), holes.get().intValue(), type.get(),
                selfOnly, cart, fees.get()).mapError(ps -> c.translate(ps, HashMap.empty())));
    }

    /**
     * A published fee table: the six normal fees ({@code weekdayMember} … {@code holidayNonMember})
     * and {@code special}, a list of {@code {category, dayType?, member, nonMember?}}.
     */
    static Option<CourseFeeTable> feeTable(CaseReader t) {
        List<Option<Yen>> six = List.of("weekdayMember", "weekdayNonMember", "saturdayMember", "saturdayNonMember",
                "holidayMember", "holidayNonMember").map(n -> t.yen(n, true));
        Option<List<Tuple3<SpecialFeeCategory, Option<DayType>, SpecialFee>>> special = t.objects("special", false,
                s -> {
                    Option<SpecialFeeCategory> cat = s.enumeration("category", true, SpecialFeeCategory.class);
                    Option<DayType> day = s.enumeration("dayType", false, DayType.class);
                    Option<Yen> member = s.yen("member", true);
                    Option<Yen> nonMember = s.yen("nonMember", false);
                    return cat.isDefined() && member.isDefined()
                            ? Option.of(Tuple.of(cat.get(), day, new SpecialFee(member.get(),
                                    nonMember.getOrElse(member.get()))))
                            : Option.none();
                });
        if (six.exists(Option::isEmpty) || !t.problems().isEmpty()) {
            return Option.none();
        }
        CourseFeeTable table = CourseFeeTable.of(six.get(0).get(), six.get(1).get(), six.get(2).get(), six.get(3).get(),
                six.get(4).get(), six.get(5).get());
        for (Tuple3<SpecialFeeCategory, Option<DayType>, SpecialFee> s : special.getOrElse(List.empty())) {
            table = s._2.isDefined() ? table.withSpecial(s._1, s._2.get(), s._3) : table.withSpecialEveryDay(s._1, s._3);
        }
        return Option.of(table);
    }

    /** {@code play}: a kind name, or an object {@code {kind, …facts}}; normal play when absent. */
    static Play play(CaseReader f) {
        Option<com.fasterxml.jackson.databind.JsonNode> v = f.value("play");
        if (v.isEmpty()) {
            return Play.normal();
        }
        if (v.get().isTextual()) {
            ObjectNode o = Json.object().put("kind", v.get().asText());
            return play(new CaseReader(o, f.path("play") + "."), f).getOrElse(Play.normal());
        }
        if (!v.get().isObject()) {
            f.wrongType("play", CliProblem.Expected.PLAY);
            return Play.normal();
        }
        return play(new CaseReader((ObjectNode) v.get(), f.path("play") + "."), f).getOrElse(Play.normal());
    }

    private static Option<Play> play(CaseReader p, CaseReader parent) {
        Option<String> kind = p.text("kind", true);
        Option<Play> play = kind.flatMap(k -> {
            switch (k) {
                case "normal":
                    return Option.of(Play.normal());
                case "early":
                    boolean before = p.bool("startsBeforeOpening", false);
                    return p.time("mustFinishBy", true).map(t -> new Play.EarlyMorning(before, t));
                case "closedDaySelf":
                    return Option.of(new Play.ClosedDaySelfBag());
                case "nineHolesOnly":
                    return p.integer("holes", true, 1, 72).map(h -> new Play.RestrictedCourse(h.intValue()));
                case "competition":
                    return competition(p);
                case "nationalSportsFestival":
                    return festival(p);
                case "schoolActivity":
                    return school(p);
                case "business":
                    return business(p);
                default:
                    p.problem(Problem.of(CliProblem.UNKNOWN_VALUE, p.path("kind")).variant("play")
                            .withFigures("value", k, "known", PLAY_KINDS));
                    return Option.none();
            }
        });
        parent.absorb(p);
        return play;
    }

    private static Option<Play> competition(CaseReader p) {
        Option<Competition> c = p.nested("competition", true, cr -> {
            Option<String> name = cr.text("name", true);
            Option<CompetitionOrganizer> org = cr.enumeration("organizer", true, CompetitionOrganizer.class);
            Option<LocalDate> first = cr.date("firstDay", true);
            Option<LocalDate> last = cr.date("lastDay", true);
            Option<List<LocalDate>> practice = cr.dates("practiceDays", false);
            Option<Yen> participation = cr.yen("participationFee", true);
            Option<Yen> perDay = cr.yen("courseFeePerDay", false);
            boolean certified = cr.bool("certified", false);
            if (!cr.problems().isEmpty() || name.isEmpty() || org.isEmpty() || first.isEmpty() || last.isEmpty()
                    || participation.isEmpty()) {
                return Option.none();
            }
            Validation<Seq<Problem>, Competition> v = Competition.validate(name.get(), org.get(), first.get(),
                    last.get(), practice.getOrElse(List.empty()), participation.get(), perDay, certified);
            v.swap().forEach(ps -> cr.translate(ps, HashMap.empty()).forEach(cr::problem));
            return v.toOption();
        });
        boolean listed = p.bool("onEntrantList", false);
        Option<AgeDocument> doc = p.enumeration("nameDocument", false, AgeDocument.class);
        return c.map(comp -> new Play.CompetitionEntry(comp, listed, doc));
    }

    private static Option<Play> festival(CaseReader p) {
        Option<Play.FestivalStage> stage = p.enumeration("stage", true, Play.FestivalStage.class);
        Option<Play.Certifier> certifier = p.enumeration("certifier", false, Play.Certifier.class);
        boolean checked = p.bool("identityChecked", false);
        return stage.map(s -> new Play.NationalSportsFestival(s, certifier, checked));
    }

    private static Option<Play> school(CaseReader p) {
        Option<Play.SchoolActivityKind> activity = p.enumeration("activity", true, Play.SchoolActivityKind.class);
        Option<Play.SchoolCertificate> cert = p.nested("certificate", false, c -> {
            Option<Play.SchoolKind> school = c.enumeration("school", true, Play.SchoolKind.class);
            Option<Play.SchoolSigner> signer = c.enumeration("signer", true, Play.SchoolSigner.class);
            boolean complete = c.bool("completeAndNamesUser", false);
            return school.isDefined() && signer.isDefined()
                    ? Option.of(new Play.SchoolCertificate(school.get(), signer.get(), complete)) : Option.none();
        });
        Play.SchoolParty party = new Play.SchoolParty(p.bool("teacherLeading", false), p.bool("identityChecked", false));
        return activity.map(a -> new Play.SchoolActivity(a, cert, party));
    }

    private static Option<Play> business(CaseReader p) {
        Option<String> code = p.text("item", true);
        Option<BusinessUseItem> item = code.flatMap(c -> List.of(BusinessUseItem.values())
                .find(i -> i.code().equals(c) || i.name().equals(c)));
        if (code.isDefined() && item.isEmpty()) {
            p.problem(Problem.of(CliProblem.UNKNOWN_VALUE, p.path("item")).variant("business-item")
                    .withFigures("value", code.get(), "known", BUSINESS_ITEM_CODES));
        }
        boolean recorded = p.bool("recordedInRegister", false);
        Option<Play.InvitationConditions> invitation = p.nested("invitation", false, i -> Option.of(
                new Play.InvitationConditions(i.bool("notifiedByEve", false), i.bool("inviteesListed", false),
                        i.bool("closedToPublic", false))));
        return item.map(i -> new Play.BusinessUse(i, recorded, invitation));
    }
}
