package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.bicycle.Violation;
import io.github.kisoku.bicycle.ViolationCatalogue;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The bicycle commands a clerk types: {@code kisoku bicycle assess|course} and {@code kisoku catalogue}.
 */
final class BicycleCommands {
    private BicycleCommands() {
    }

    /** {@code kisoku bicycle assess|course}. */
    @Command(name = "bicycle", mixinStandardHelpOptions = true,
            description = "Kanagawa bicycle blue tickets (自転車の青切符).",
            subcommands = {Assess.class, RidersCourse.class})
    static final class Bicycle extends Commands.Parent {
    }

    /** {@code kisoku bicycle assess}: one offence (case type {@code bicycle.fine}). */
    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = "Assess one offence: blue ticket, 反則金 and 仮納付 deadline.%n一件の違反を判定します。")
    static final class Assess extends Commands.OneCase {
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
            ObjectNode c = Commands.newCase("bicycle.fine").put("violation", violation).put("offenceDate", date)
                    .put("birthDate", born).put("causedAccident", accident).put("trafficDanger", danger);
            Commands.putIf(c, "offenceTime", time);
            Commands.putIf(c, "noticeDate", notice);
            Commands.putIf(c, "alcohol", alcohol);
            Commands.putIf(c, "riderType", riderType);
            return c;
        }
    }

    /** {@code kisoku bicycle course}: a rider's history (case type {@code bicycle.course}). */
    @Command(name = "course", mixinStandardHelpOptions = true,
            description = "Is the riders' course (自転車運転者講習) required?%n講習の要件を判定します。")
    static final class RidersCourse extends Commands.OneCase {
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
            ObjectNode c = Commands.newCase("bicycle.course").put("asOf", asOf).put("birthDate", born);
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

        /** The rows as JSON: id, ja, en, amountYen (null without a 反則金), confidence, article. */
        static ArrayNode rows(List<Violation> rows) {
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
            return out;
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
            ArrayNode out = rows(rows);
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
}
