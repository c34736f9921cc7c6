package io.github.kisoku.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.bicycle.Violation;
import io.github.kisoku.bicycle.ViolationCatalogue;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The commands a clerk types. Each builds one case of the contract from its options and answers
 * it with the same handler as {@code kisoku eval}; {@code --json} prints the answer line.
 * Exit codes: 0 answered, 1 a file could not be read, 2 a usage error or input with problems.
 */
final class Commands {
    private Commands() {
    }

    /** Shared by the one-case commands: answer, print, and choose the exit code. */
    abstract static class OneCase implements Callable<Integer> {
        final Io io;

        @Option(names = "--json", description = "print the answer as one JSON line (the eval contract)")
        boolean json;

        OneCase(Io io) {
            this.io = io;
        }

        abstract ObjectNode caseNode() throws Unreadable;

        @Override
        public Integer call() {
            ObjectNode node;
            try {
                node = caseNode();
            } catch (Unreadable e) {
                io.err().println(e.getMessage());
                return 1;
            }
            JsonNode answer = new Eval(io.handlers()).answer(node);
            if (json) {
                io.out().println(Json.line(answer));
            } else {
                Human.print(answer, io.out());
            }
            return answer.path("ok").asBoolean() ? 0 : 2;
        }
    }

    /** A file given on the command line that cannot be read or parsed. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static JsonNode readJson(Path file) throws Unreadable {
        try {
            return Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Unreadable("kisoku: " + file + " は JSON として読めません / is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unreadable("kisoku: " + file + " を読めません / cannot read: " + e);
        }
    }

    static ObjectNode newCase(String type) {
        return Json.object().put("type", type).put("id", "cli");
    }

    /** {@code kisoku bicycle assess|course}. */
    @Command(name = "bicycle", mixinStandardHelpOptions = true,
            description = "Kanagawa bicycle blue tickets (自転車の青切符).",
            subcommands = {Assess.class, RidersCourse.class})
    static final class Bicycle implements Runnable {
        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "assess か course を指定 / give assess or course");
        }
    }

    /** {@code kisoku bicycle assess}: one offence (case type {@code bicycle.fine}). */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess one offence: blue ticket, 反則金 and 仮納付 deadline.%n一件の違反を判定します。")
    static final class Assess extends OneCase {
        @Option(names = "--violation", required = true, description = "violation id (see: kisoku catalogue)")
        String violation;
        @Option(names = "--date", required = true, description = "offence date, YYYY-MM-DD")
        String date;
        @Option(names = "--time", description = "offence time, HH:MM")
        String time;
        @Option(names = "--born", required = true, description = "rider's date of birth, YYYY-MM-DD")
        String born;
        @Option(names = "--notice", description = "day the ticket was handed over (default: the offence date)")
        String notice;
        @Option(names = "--alcohol", description = "NONE, OVER_LIMIT or DRUNK")
        String alcohol;
        @Option(names = "--accident", description = "the act caused a traffic accident")
        boolean accident;
        @Option(names = "--danger", description = "phone use caused traffic danger")
        boolean danger;
        @Option(names = "--rider-type", description = "vehicle ridden, e.g. ORDINARY_BICYCLE")
        String riderType;

        Assess(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() {
            ObjectNode c = newCase("bicycle.fine").put("violation", violation).put("offenceDate", date)
                    .put("birthDate", born).put("causedAccident", accident).put("trafficDanger", danger);
            putIf(c, "offenceTime", time);
            putIf(c, "noticeDate", notice);
            putIf(c, "alcohol", alcohol);
            putIf(c, "riderType", riderType);
            return c;
        }
    }

    /** {@code kisoku bicycle course}: a rider's history (case type {@code bicycle.course}). */
    @Command(name = "course", mixinStandardHelpOptions = true,
            description = "Is the riders' course (自転車運転者講習) required?%n講習の要件を判定します。")
    static final class RidersCourse extends OneCase {
        @Option(names = "--as-of", required = true, description = "the date asked about, YYYY-MM-DD")
        String asOf;
        @Option(names = "--born", required = true, description = "rider's date of birth")
        String born;
        @Option(names = "--act", description = "an act as DATE:NUMBER[:detected|accident] (detected if omitted), e.g. 2026-06-01:15:accident")
        java.util.List<String> acts = new java.util.ArrayList<>();

        RidersCourse(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() {
            ObjectNode c = newCase("bicycle.course").put("asOf", asOf).put("birthDate", born);
            ArrayNode list = c.putArray("acts");
            for (String a : acts) {
                String[] p = a.split(":", -1);
                ObjectNode o = list.addObject().put("date", p[0]);
                if (p.length > 1) {
                    try {
                        o.put("act", Integer.parseInt(p[1]));
                    } catch (NumberFormatException e) {
                        // Passed on as text, so the contract reports it as a wrong type for the field.
                        o.put("act", p[1]);
                    }
                }
                o.put("kind", p.length > 2 ? p[2] : "detected");
            }
            return c;
        }
    }

    /** {@code kisoku golf visit|audit}. */
    @Command(name = "golf", mixinStandardHelpOptions = true,
            description = "Kumamoto golf-course usage tax (ゴルフ場利用税).",
            subcommands = {GolfVisit.class, io.github.kisoku.cli.GolfAudit.class})
    static final class Golf implements Runnable {
        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "visit か audit を指定 / give visit or audit");
        }
    }

    /** {@code kisoku golf visit}: one visit (case type {@code golf.visit}). */
    @Command(name = "visit", mixinStandardHelpOptions = true,
            description = "Treatment and tax of one visit.%n一件の利用の課税区分と税額を判定します。")
    static final class GolfVisit extends OneCase {
        @Option(names = "--course", required = true, description = "course file (JSON: name, grade, holes, type, fees)")
        Path course;
        @Option(names = "--date", required = true, description = "use date, YYYY-MM-DD")
        String date;
        @Option(names = "--born", required = true, description = "user's date of birth")
        String born;
        @Option(names = "--fee", required = true, description = "fee charged, yen")
        long fee;
        @Option(names = "--name", description = "user's name (for the lists)")
        String name;
        @Option(names = "--age-document", description = "document shown for the age, e.g. DRIVING_LICENCE")
        String ageDocument;
        @Option(names = "--disability", description = "disability card kind, e.g. PHYSICAL")
        String disability;
        @Option(names = "--card-number", description = "the disability card's number")
        String cardNumber;
        @Option(names = "--play", description = "play kind (normal, early, closedDaySelf, nineHolesOnly, …) or a JSON object")
        String play;

        GolfVisit(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Unreadable {
            JsonNode file = readJson(course);
            ObjectNode c = newCase("golf.visit").put("useDate", date).put("birthDate", born);
            c.set("grade", file.get("grade"));
            ObjectNode facts = c.putObject("course");
            List.of("name", "holes", "type").forEach(k -> facts.set(k, file.get(k)));
            c.putObject("fees").put("charged", fee).set("table", file.get("fees"));
            putIf(c, "name", name);
            putIf(c, "ageDocument", ageDocument);
            putIf(c, "disability", disability);
            putIf(c, "disabilityCardNumber", cardNumber);
            if (play != null) {
                if (play.strip().startsWith("{")) {
                    try {
                        c.set("play", Json.MAPPER.readTree(play));
                    } catch (JacksonException e) {
                        throw new Unreadable("kisoku: --play は JSON として読めません / is not valid JSON: "
                                + e.getOriginalMessage());
                    }
                } else {
                    c.put("play", play);
                }
            }
            return c;
        }
    }

    /** {@code kisoku booking check}: one request (case type {@code booking.request}). */
    @Command(name = "booking", mixinStandardHelpOptions = true,
            description = "Kawaguchi facility booking (施設予約).", subcommands = {BookingCheck.class})
    static final class Booking implements Runnable {
        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "check を指定 / give check");
        }
    }

    /** {@code kisoku booking check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check one request against a catalogue and a ledger, without booking.%n"
                    + "予約申込を審査します（予約はしません）。")
    static final class BookingCheck extends OneCase {
        @Option(names = "--catalogue", required = true,
                description = "nishi-kominkan-example (bundled) or a catalogue file (JSON {facilities: […]})")
        String catalogue;
        @Option(names = "--ledger", description = "reservations already made (JSON array); none if omitted")
        Path ledger;
        @Option(names = "--group-id", description = "registered group's id")
        String groupId;
        @Option(names = "--group-name", required = true, description = "group's name")
        String groupName;
        @Option(names = "--group-class", description = "SOCIAL_EDUCATION or GENERAL")
        String groupClass;
        @Option(names = "--valid-until", description = "last day the registration is valid")
        String validUntil;
        @Option(names = "--guest", description = "the group is a guest (not registered)")
        boolean guest;
        @Option(names = "--unit", required = true, description = "unit id, e.g. nishi.kaigi-1")
        String unit;
        @Option(names = "--date", required = true, description = "date of use")
        String date;
        @Option(names = "--slot", required = true, description = "a slot, e.g. 09:00-11:00 (repeat for more)")
        java.util.List<String> slots;
        @Option(names = "--headcount", description = "number of people")
        Integer headcount;
        @Option(names = "--purpose", description = "purpose of use")
        String purpose;
        @Option(names = "--consent", description = "the group consents to the unit's conditions")
        boolean consent;
        @Option(names = "--at", required = true, description = "when the request is made, e.g. 2026-07-01T10:00")
        String at;

        BookingCheck(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Unreadable {
            ObjectNode c = newCase("booking.request");
            if (catalogue.equals(BookingCases.EXAMPLE_CATALOGUE)) {
                c.put("catalogue", catalogue);
            } else {
                c.set("catalogue", readJson(Path.of(catalogue)));
            }
            if (ledger == null) {
                c.putArray("ledger");
            } else {
                c.set("ledger", readJson(ledger));
            }
            ObjectNode g = c.putObject("group").put("name", groupName);
            if (guest) {
                g.put("guest", true);
            } else {
                putIf(g, "id", groupId);
                putIf(g, "class", groupClass);
                putIf(g, "validUntil", validUntil);
            }
            c.put("unit", unit).put("date", date).put("requestedAt", at);
            ArrayNode s = c.putArray("slots");
            slots.forEach(s::add);
            if (headcount != null) {
                c.put("headcount", headcount);
            }
            putIf(c, "purpose", purpose);
            c.put("consent", consent);
            return c;
        }
    }

    /** {@code kisoku catalogue}: the bicycle violations with amounts and confidence. */
    @Command(name = "catalogue", mixinStandardHelpOptions = true,
            description = "List the bicycle violations: id, name, 反則金, confidence.%n違反種別の一覧。")
    static final class Catalogue implements Callable<Integer> {
        private final Io io;

        @Option(names = "--json", description = "print one JSON array")
        boolean json;

        @Option(names = "--on", description = "the table in force on this date (default: the latest)")
        LocalDate on;

        Catalogue(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            ViolationCatalogue catalogue = ViolationCatalogue.standard();
            List<Violation> rows;
            if (on == null) {
                rows = catalogue.latest().violations();
            } else {
                var table = catalogue.at(on);
                if (table.isLeft()) {
                    Problem p = table.getLeft().asProblem("--on");
                    io.err().println("kisoku catalogue: " + p.message().ja() + " / " + p.message().en());
                    return 2;
                }
                rows = table.get().value().violations();
            }
            ArrayNode out = Json.MAPPER.createArrayNode();
            rows.forEach(v -> {
                ObjectNode o = out.addObject().put("id", v.id()).put("ja", v.nameJa()).put("en", v.nameEn());
                if (v.amount().isDefined()) {
                    o.put("amountYen", v.amount().get().amount());
                } else {
                    o.putNull("amountYen");
                }
                o.put("confidence", v.confidence().name()).put("article", v.article());
            });
            if (json) {
                io.out().println(Json.line(out));
                return 0;
            }
            io.out().println("自転車の反則行為 / bicycle violations (反則金 / fine, 確度 / confidence):");
            for (JsonNode o : out) {
                io.out().printf("  %-28s %8s  %-12s %s / %s%n", o.get("id").asText(),
                        o.get("amountYen").isNull() ? "-" : String.format("%,d円", o.get("amountYen").asLong()),
                        o.get("confidence").asText(), o.get("ja").asText(), o.get("en").asText());
            }
            return 0;
        }
    }

    static void putIf(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
