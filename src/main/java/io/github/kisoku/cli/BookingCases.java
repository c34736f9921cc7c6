package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.booking.RequestAssessment;
import io.github.kisoku.booking.BookingRequest;
import io.github.kisoku.booking.BookingSettings;
import io.github.kisoku.booking.Catalogue;
import io.github.kisoku.booking.Channel;
import io.github.kisoku.booking.Facility;
import io.github.kisoku.booking.Group;
import io.github.kisoku.booking.GroupClass;
import io.github.kisoku.booking.Ledger;
import io.github.kisoku.booking.Method;
import io.github.kisoku.booking.Refusal;
import io.github.kisoku.booking.Slot;
import io.github.kisoku.booking.Unit;
import io.github.kisoku.kernel.Confidence;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The facility booking case of the contract, {@code booking.request}: one request checked against
 * a catalogue and a ledger given in the case, without booking it.
 */
final class BookingCases {
    /** The name that stands for the bundled catalogue, 西公民館 as the manual shows it. */
    static final String EXAMPLE_CATALOGUE = "nishi-kominkan-example";

    private BookingCases() {
    }

    /** {@code booking.request}: accepted or refused, with the quota units (持ちコマ数) it uses. */
    static final class Request implements CaseHandler {
        @Override
        public String type() {
            return "booking.request";
        }

        @Override
        public Validation<Seq<Problem>, Answer> answer(CaseReader f) {
            Option<Catalogue> catalogue = catalogue(f);
            Option<SettingsReader.CaseSettings> settings = SettingsReader.read(f, catalogue);
            Option<LocalDateTime> at = dateTime(f, "requestedAt", true);
            Option<List<Entry>> ledger = f.objects("ledger", true, e -> entry(e, catalogue));
            Option<BookingRequest> request = request(f, catalogue);
            return f.finish(() -> ledger(f, Ledger.empty(catalogue.get(), settings.get().booking()), ledger.get())
                    .map(l -> answer(l.check(request.get(), at.get()))));
        }

        private static Answer answer(RequestAssessment a) {
            ObjectNode r = Json.object();
            r.put("accepted", a.accepted());
            r.put("quotaUnits", a.quotaUnits());
            r.put("ruleSet", a.ruleSet().name());
            ArrayNode codes = r.putArray("refusals");
            a.violations().forEach(v -> codes.add(v.code().name()));
            if (a.suggestedSplit().isDefined()) {
                ArrayNode split = r.putArray("suggestedSplit");
                a.suggestedSplit().get().forEach(run -> {
                    ArrayNode s = split.addArray();
                    run.forEach(slot -> s.add(label(slot)));
                });
            } else {
                r.putNull("suggestedSplit");
            }
            return new Answer(r, a.decision());
        }
    }

    private static Problem unknownUnit(String field, String id) {
        return Problem.of(CliProblem.UNKNOWN_UNIT, field).withFigure("id", id);
    }

    /** A slot as the contract writes it, {@code 09:00-11:00}. */
    static String label(Slot s) {
        return s.start() + "-" + s.end();
    }

    /**
     * The ledger after the reservations given in the case, each booked in order under the case's
     * settings; a reservation the ledger refuses is a problem of its element ({@code ledger[i]}),
     * since the caller said it was made.
     */
    static Validation<Seq<Problem>, Ledger> ledger(CaseReader f, Ledger empty, List<Entry> entries) {
        Ledger l = empty;
        List<Problem> refused = List.empty();
        for (int i = 0; i < entries.size(); i++) {
            Either<Refusal, Ledger.Step> step = l.request(entries.get(i).request(), entries.get(i).at());
            if (step.isLeft()) {
                refused = refused.append(Problem.of(CliProblem.LEDGER_ENTRY_REFUSED, f.path("ledger[" + i + "]"))
                        .withFigure("codes", step.getLeft().codes().mkString(", ")));
            } else {
                l = step.get().ledger();
            }
        }
        return refused.isEmpty() ? Validation.valid(l) : Validation.invalid(refused);
    }

    /** A reservation already in the ledger, requested at a time. */
    record Entry(BookingRequest request, LocalDateTime at) {
    }

    static Option<Entry> entry(CaseReader e, Option<Catalogue> catalogue) {
        Option<LocalDateTime> at = dateTime(e, "requestedAt", true);
        Option<BookingRequest> r = request(e, catalogue);
        return at.isDefined() && r.isDefined() ? Option.of(new Entry(r.get(), at.get())) : Option.none();
    }

    /** The request fields: group, unit, date, slots, headcount, purpose, consent, channel (default ONLINE). */
    static Option<BookingRequest> request(CaseReader f, Option<Catalogue> catalogue) {
        Option<Group> group = group(f);
        Option<String> unit = f.text("unit", true);
        // An unknown unit is a wrong id in the input, not a refusal by the rules.
        if (unit.isDefined() && catalogue.exists(c -> c.unit(unit.get()).isEmpty())) {
            f.problem(unknownUnit(f.path("unit"), unit.get()));
        }
        Option<LocalDate> date = f.date("date", true);
        Option<List<Slot>> slots = f.texts("slots", true).flatMap(ts -> slots(f, ts));
        Option<Long> headcount = f.integer("headcount", false, 1, 10_000);
        Option<String> purpose = f.text("purpose", false);
        boolean consent = f.bool("consent", false);
        Option<Channel> channel = f.enumeration("channel", false, Channel.class);
        Option<Method> method = f.enumeration("method", false, Method.class);
        if (group.isEmpty() || unit.isEmpty() || date.isEmpty() || slots.isEmpty()) {
            return Option.none();
        }
        if (slots.get().isEmpty()) {
            f.problem(Problem.of(CliProblem.SLOTS_REQUIRED, f.path("slots")));
            return Option.none();
        }
        Validation<Seq<Problem>, BookingRequest> v = BookingRequest.validate(group.get(), unit.get(), date.get(),
                slots.get());
        v.swap().forEach(ps -> f.translate(ps, HashMap.of("unitId", "unit")).forEach(f::problem));
        return v.toOption().map(r -> {
            BookingRequest out = r;
            if (headcount.isDefined()) {
                out = out.withHeadcount(headcount.get().intValue());
            }
            if (purpose.isDefined()) {
                out = out.withPurpose(purpose.get());
            }
            if (channel.isDefined()) {
                out = out.via(channel.get());
            }
            if (method.isDefined()) {
                out = out.by(method.get());
            }
            return consent ? out.withConsent() : out;
        });
    }

    static Option<List<Slot>> slots(CaseReader f, List<String> texts) {
        List<Option<Slot>> out = texts.zipWithIndex().map(t -> slot(f, f.path("slots") + "[" + t._2 + "]", t._1));
        return out.exists(Option::isEmpty) ? Option.none() : Option.of(out.map(Option::get));
    }

    /** One slot written like {@code 09:00-11:00}; a problem of {@code field} otherwise. */
    static Option<Slot> slot(CaseReader f, String field, String text) {
        String[] parts = text.split("-", -1);
        try {
            if (parts.length == 2) {
                Validation<Problem, Slot> s = Slot.validate(LocalTime.parse(parts[0].strip()),
                        LocalTime.parse(parts[1].strip()));
                s.swap().forEach(p -> f.problem(p.at(field)));
                return s.toOption();
            }
        } catch (DateTimeParseException e) {
            // reported below, with the expected form
        }
        f.problem(Problem.of(CliProblem.INVALID_SLOT, field).withFigure("value", text));
        return Option.none();
    }

    /**
     * {@code group}: a registered group {@code {id, name, class, validUntil}} or a guest
     * {@code {guest: true, name, permanent}}.
     */
    static Option<Group> group(CaseReader f) {
        return f.nested("group", true, g -> {
            if (g.bool("guest", false)) {
                Option<String> name = g.text("name", true);
                boolean permanent = g.bool("permanent", false);
                return name.map(n -> Group.Guest.of(n, permanent));
            }
            Option<String> id = g.text("id", true);
            Option<String> name = g.text("name", true);
            Option<GroupClass> cls = g.enumeration("class", true, GroupClass.class);
            Option<LocalDate> until = g.date("validUntil", true);
            if (id.isEmpty() || name.isEmpty() || cls.isEmpty() || until.isEmpty()) {
                return Option.none();
            }
            return Option.of(Group.Registered.of(id.get(), name.get(), cls.get(), until.get()));
        });
    }

    /** {@code catalogue}: the name of the bundled catalogue, or {@code {facilities: […]}}. */
    static Option<Catalogue> catalogue(CaseReader f) {
        Option<JsonNode> v = f.value("catalogue");
        if (v.isEmpty()) {
            f.problem(Problem.required(f.path("catalogue")));
            return Option.none();
        }
        if (v.get().isTextual()) {
            if (v.get().asText().equals(EXAMPLE_CATALOGUE)) {
                return Option.of(Catalogue.nishiKominkanExample());
            }
            f.problem(Problem.of(CliProblem.UNKNOWN_CATALOGUE, f.path("catalogue"))
                    .withFigures("value", v.get().asText(), "example", EXAMPLE_CATALOGUE));
            return Option.none();
        }
        if (!v.get().isObject()) {
            f.wrongType("catalogue", CliProblem.Expected.CATALOGUE);
            return Option.none();
        }
        CaseReader c = new CaseReader((ObjectNode) v.get(), f.path("catalogue") + ".");
        Option<List<Facility>> facilities = c.objects("facilities", true, BookingCases::facility);
        f.absorb(c);
        return facilities.flatMap(fs -> {
            Validation<Seq<Problem>, Catalogue> cat = Catalogue.validate(fs);
            cat.swap().forEach(ps -> c.translate(ps, HashMap.empty()).forEach(f::problem));
            return cat.toOption();
        });
    }

    private static Option<Facility> facility(CaseReader f) {
        Option<String> id = f.text("id", true);
        Option<String> name = f.text("name", true);
        Option<String> kind = f.text("kind", true);
        Option<LocalDate> from = f.date("newSystemFrom", true);
        Option<List<Slot>> slots = f.texts("slots", true).flatMap(ts -> slots(f, ts));
        Option<List<Unit>> units = f.objects("units", true, u -> {
            Option<String> uid = u.text("id", true);
            Option<String> uname = u.text("name", true);
            Option<String> room = u.text("room", true);
            Option<List<Integer>> blocks = u.array("blocks", true).flatMap(a -> {
                List<Integer> bs = List.empty();
                for (int i = 0; i < a.size(); i++) {
                    if (!a.get(i).isInt() || a.get(i).intValue() < 1) {
                        String at = u.path("blocks") + "[" + i + "]";
                        u.problem(Problem.of(CliProblem.BLOCK_NUMBER, at));
                        return Option.none();
                    }
                    bs = bs.append(a.get(i).intValue());
                }
                return Option.of(bs);
            });
            Option<Long> capacity = u.integer("capacity", false, 1, 100_000);
            if (uid.isEmpty() || uname.isEmpty() || room.isEmpty() || blocks.isEmpty() || id.isEmpty()) {
                return Option.none();
            }
            Validation<Seq<Problem>, Unit> unit = Unit.validate(uid.get(), id.get(), uname.get(), room.get(),
                    blocks.get(), supplied(id.get()));
            unit.swap().forEach(ps -> u.translate(ps, HashMap.empty()).forEach(u::problem));
            return unit.toOption().map(x -> capacity.isDefined() ? x.withCapacity(capacity.get().intValue()) : x);
        });
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || from.isEmpty() || slots.isEmpty() || units.isEmpty()) {
            return Option.none();
        }
        Validation<Seq<Problem>, Facility> v = Facility.validate(id.get(), name.get(), kind.get(), slots.get(),
                units.get(), from.get(), supplied(id.get()));
        v.swap().forEach(ps -> f.translate(ps, HashMap.empty()).forEach(f::problem));
        return v.toOption();
    }

    /** The basis of a facility or unit the caller described: theirs, not the library's. */
    private static LegalBasis supplied(String facilityId) {
        return LegalBasis.document("catalogue supplied with the case", facilityId, Confidence.UNCONFIRMED);
    }

    /** An ISO local date-time, e.g. {@code 2026-07-01T10:00}. */
    static Option<LocalDateTime> dateTime(CaseReader f, String name, boolean required) {
        return f.text(name, required).flatMap(t -> {
            try {
                LocalDateTime at = LocalDateTime.parse(t);
                if (at.toLocalDate().isBefore(CaseReader.FIRST_DATE) || at.toLocalDate().isAfter(CaseReader.LAST_DATE)) {
                    f.problem(Problem.of(CliProblem.DATE_TIME_RANGE, f.path(name))
                            .withFigures("first", CaseReader.FIRST_DATE, "last", CaseReader.LAST_DATE)
                            .withFigure("value", t));
                    return Option.none();
                }
                return Option.of(at);
            } catch (DateTimeParseException e) {
                f.problem(Problem.of(CliProblem.INVALID_DATE_TIME, f.path(name)).withFigure("value", t));
                return Option.none();
            }
        });
    }
}
