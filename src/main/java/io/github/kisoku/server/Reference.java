package io.github.kisoku.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.bicycle.BicycleRule;
import io.github.kisoku.bicycle.ViolationCatalogue;
import io.github.kisoku.bicycle.ViolationSchedule;
import io.github.kisoku.booking.BookingRule;
import io.github.kisoku.calendar.ClosedDays;
import io.github.kisoku.calendar.FirstDay;
import io.github.kisoku.calendar.Holiday;
import io.github.kisoku.calendar.JapaneseHolidays;
import io.github.kisoku.calendar.LegalPeriod;
import io.github.kisoku.calendar.RollDirection;
import io.github.kisoku.calendar.RolledDate;
import io.github.kisoku.cli.Contract;
import io.github.kisoku.golftax.GolfRule;
import io.github.kisoku.golftax.Grade;
import io.github.kisoku.golftax.GradeRate;
import io.github.kisoku.golftax.GradeRates;
import io.github.kisoku.golftax.TaxFigure;
import io.github.kisoku.kernel.Effective;
import io.github.kisoku.kernel.Language;
import io.github.kisoku.kernel.LegalBasis;
import io.github.kisoku.kernel.Message;
import io.github.kisoku.kernel.NotInForce;
import io.github.kisoku.kernel.Rule;
import io.github.kisoku.kernel.MessageBundle;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference endpoints: rules, figures, the violation table, holidays and deadlines. Each reads
 * the library's public catalogues and writes what they say as JSON; none decides anything.
 */
final class Reference {
    /** The closed-day sets a deadline may be moved past, by the name the API takes. */
    static final Map<String, ClosedDays> CLOSED = TreeMap.of("bank", ClosedDays.bank(), "local-tax",
            ClosedDays.localTax(), "government-office", ClosedDays.governmentOffice());

    private Reference() {
    }

    /** {@code GET /v1/rules}: every rule of the three domains, with its words as written in the bundles. */
    static ObjectNode rules() {
        ObjectNode out = Contract.object();
        ArrayNode list = out.putArray("rules");
        List.<Rule>of(BicycleRule.values()).appendAll(List.of(GolfRule.values())).appendAll(List.of(BookingRule.values()))
                .forEach(r -> {
                    ObjectNode o = list.addObject().put("id", r.id()).put("domain", r.id().substring(0, r.id().indexOf('.')));
                    MessageBundle words = r.words();
                    // A rule worded only in variants (id#variant) is shown by its first.
                    String key = words.raw(Language.JA, r.id()).isDefined() ? r.id()
                            : words.keys(Language.JA).filter(k -> k.startsWith(r.id() + "#")).toSortedSet()
                                    .headOption().getOrElse(r.id());
                    String ja = words.raw(Language.JA, key).getOrElse("");
                    String en = words.raw(Language.EN, key).getOrElse("");
                    o.put("ja", ja).put("en", en);
                    basis(o, r.basis());
                    ArrayNode figures = o.putArray("figures");
                    MessageBundle.placeholders(ja).toSortedSet().forEach(figures::add);
                });
        return out;
    }

    private static void basis(ObjectNode o, LegalBasis b) {
        o.put("basis", b.cite()).put("confidence", b.confidence().name());
    }

    /** {@code GET /v1/bicycle/violations}: the table in force on a date, or the latest. */
    static Either<NotInForce, ObjectNode> violations(io.vavr.control.Option<LocalDate> on) {
        ViolationCatalogue catalogue = ViolationCatalogue.standard();
        Either<NotInForce, Effective<ViolationSchedule>> table = on.isDefined() ? catalogue.at(on.get())
                : Either.right(catalogue.versions().versions().last());
        return table.map(t -> {
            ObjectNode out = Contract.object();
            on.forEach(d -> out.put("on", d.toString()));
            version(out, t);
            out.set("violations", Contract.violations(t.value().violations()));
            return out;
        });
    }

    private static void version(ObjectNode o, Effective<?> e) {
        o.put("from", e.from().toString());
        if (e.until().isDefined()) {
            o.put("until", e.until().get().toString());
        } else {
            o.putNull("until");
        }
    }

    /**
     * {@code GET /v1/figures}: every figure in force on a date — the bicycle figures and 反則金, the
     * golf figures and per-grade tax — each with its source, confidence and version dates.
     */
    static ObjectNode figures(LocalDate on) {
        ObjectNode out = Contract.object().put("on", on.toString());
        ArrayNode list = out.putArray("figures");
        dataFile(list, "bicycle", ViolationCatalogue.class, on);
        ViolationCatalogue.standard().at(on).forEach(t -> t.value().violations().forEach(v -> v.amount().forEach(yen -> {
            ObjectNode o = list.addObject().put("domain", "bicycle").put("id", "fine." + v.id())
                    .put("value", yen.amount()).put("unit", "yen").put("source", "道路交通法施行令 別表第六")
                    .put("provision", v.article()).put("confidence", v.confidence().name());
            version(o, t);
        })));
        dataFile(list, "golftax", GolfRule.class, on);
        GradeRates rates = GradeRates.kumamoto();
        for (int g = Grade.MIN; g <= Grade.MAX; g++) {
            int grade = g;
            rates.on(Grade.of(g), on).forEach(e -> {
                GradeRate r = e.value();
                rate(list, grade, "standard", r.standard(), e);
                rate(list, grade, "reducedParagraph1", r.reducedParagraph1(), e);
                rate(list, grade, "reducedParagraph2", r.reducedParagraph2(), e);
            });
        }
        return out;
    }

    private static void rate(ArrayNode list, int grade, String kind, TaxFigure f, Effective<GradeRate> e) {
        ObjectNode o = list.addObject().put("domain", "golftax").put("id", "grade-" + grade + "." + kind)
                .put("value", f.amount().amount()).put("unit", "yen").put("source", f.basis().source())
                .put("provision", f.basis().provision()).put("confidence", f.basis().confidence().name());
        version(o, e);
    }

    /**
     * The rows of a domain's {@code figures.csv} in force on the date. The domain reads the same file
     * for its rules; here it is only shown, with the columns it has (a file without dates holds
     * figures in force whenever the domain's rules are).
     */
    private static void dataFile(ArrayNode list, String domain, Class<?> anchor, LocalDate on) {
        try (InputStream in = anchor.getResourceAsStream("figures.csv")) {
            if (in == null) {
                return;
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser p = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                for (CSVRecord r : p) {
                    String from = column(r, "from");
                    String until = column(r, "until");
                    if ((!from.isEmpty() && LocalDate.parse(from).isAfter(on))
                            || (!until.isEmpty() && !LocalDate.parse(until).isAfter(on))) {
                        continue;
                    }
                    ObjectNode o = list.addObject().put("domain", domain).put("id", r.get("id"));
                    String value = r.get("value");
                    if (value.matches("-?[0-9]+")) {
                        o.put("value", Long.parseLong(value));
                    } else {
                        o.put("value", value);
                    }
                    o.put("unit", r.get("unit")).put("source", r.get("source")).put("provision", r.get("provision"))
                            .put("confidence", r.get("confidence"));
                    o.put("from", from.isEmpty() ? null : from);
                    o.put("until", until.isEmpty() ? null : until);
                    if (!column(r, "note").isEmpty()) {
                        o.put("note", r.get("note"));
                    }
                }
            }
        } catch (IOException e) {
            // The file is inside the jar; not reading it is a broken build, not a bad request.
            throw new UncheckedIOException(e);
        }
    }

    private static String column(CSVRecord r, String name) {
        return r.isMapped(name) ? r.get(name) : "";
    }

    /** {@code GET /v1/calendar/holidays}: the national holidays of a year. */
    static ObjectNode holidays(int year) {
        ObjectNode out = Contract.object().put("year", year);
        ArrayNode list = out.putArray("holidays");
        for (Holiday h : JapaneseHolidays.inYear(year)) {
            ObjectNode o = list.addObject().put("date", h.date().toString()).put("ja", h.nameJa()).put("en", h.nameEn())
                    .put("kind", h.kind().name());
            basis(o, h.basis());
            o.put("predicted", h.predicted());
        }
        return out;
    }

    /**
     * {@code GET /v1/calendar/deadline}: a period of days from an event (民法第140条: the first day
     * not counted), its statutory last day, and that day moved forward past a set of closed days.
     */
    static ObjectNode deadline(LocalDate from, int days, String closedName) {
        ClosedDays closed = CLOSED.get(closedName).get();
        LegalPeriod period = LegalPeriod.ofDays(days);
        LocalDate last = period.lastDay(from, FirstDay.EXCLUDED);
        RolledDate rolled = closed.roll(last, RollDirection.FORWARD);
        ObjectNode out = Contract.object().put("from", from.toString()).put("days", days)
                .put("firstDay", period.firstDay(from, FirstDay.EXCLUDED).toString())
                .put("statutoryLastDay", last.toString()).put("deadline", rolled.rolled().toString())
                .put("moved", rolled.moved()).put("closed", closedName);
        Message name = closed.name();
        out.put("closedJa", name.ja()).put("closedEn", name.en());
        ArrayNode skipped = out.putArray("skipped");
        for (LocalDate d = rolled.counted(); d.isBefore(rolled.rolled()); d = d.plusDays(1)) {
            ObjectNode o = skipped.addObject().put("date", d.toString());
            closed.whyClosed(d).forEach(m -> o.put("ja", m.ja()).put("en", m.en()));
        }
        ObjectNode periodBasis = out.putObject("periodBasis");
        basis(periodBasis, LegalPeriod.BASIS);
        ObjectNode closedBasis = out.putObject("closedBasis");
        basis(closedBasis, closed.basis());
        return out;
    }
}
