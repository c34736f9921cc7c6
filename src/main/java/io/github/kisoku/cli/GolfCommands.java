package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The golf-tax command a clerk types for one visit: {@code kisoku golf visit} ({@code golf audit} is {@link GolfAudit}).
 */
final class GolfCommands {
    private GolfCommands() {
    }

    /** {@code kisoku golf visit|audit}. */
    @Command(name = "golf", mixinStandardHelpOptions = true,
            description = "Kumamoto golf-course usage tax (ゴルフ場利用税).",
            subcommands = {GolfVisit.class, io.github.kisoku.cli.GolfAudit.class})
    static final class Golf extends Commands.Parent {
    }

    /** {@code kisoku golf visit}: one visit (case type {@code golf.visit}). */
    @Command(name = "visit", mixinStandardHelpOptions = true,
            description = "Treatment and tax of one visit.%n一件の利用の課税区分と税額を判定します。")
    static final class GolfVisit extends Commands.OneCase {
        @Option(names = "--course", required = true, description = "course file (JSON: name, grade, holes, type, fees)")
        Path course;
        @Option(names = "--date", required = true, description = "use date, YYYY-MM-DD")
        String date;
        @Option(names = "--born", required = true, description = "user's date of birth")
        String born;
        @Option(names = "--fee", description = "fee charged, yen (asked for only when a rule that could apply reads it)")
        Long fee;
        @Option(names = "--member", description = "the user pays as a member (true) or a non-member (false)", arity = "1")
        Boolean member;
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
        ObjectNode caseNode() throws Commands.Unreadable {
            JsonNode file = Commands.readJson(course);
            ObjectNode c = Commands.newCase("golf.visit").put("useDate", date).put("birthDate", born);
            c.set("grade", file.get("grade"));
            ObjectNode facts = c.putObject("course");
            List.of("name", "holes", "type").forEach(k -> facts.set(k, file.get(k)));
            if (file.hasNonNull("fees")) {
                facts.set("fees", file.get("fees"));
            }
            if (fee != null || member != null) {
                ObjectNode fees = c.putObject("fees");
                if (fee != null) {
                    fees.put("charged", fee.longValue());
                }
                if (member != null) {
                    fees.put("member", member.booleanValue());
                }
            }
            Commands.putIf(c, "name", name);
            Commands.putIf(c, "ageDocument", ageDocument);
            Commands.putIf(c, "disability", disability);
            Commands.putIf(c, "disabilityCardNumber", cardNumber);
            if (play != null) {
                if (play.strip().startsWith("{")) {
                    try {
                        c.set("play", Json.MAPPER.readTree(play));
                    } catch (JacksonException e) {
                        throw new Commands.Unreadable("kisoku: --play は JSON として読めません / is not valid JSON: "
                                + e.getOriginalMessage());
                    }
                } else {
                    c.put("play", play);
                }
            }
            return c;
        }
    }
}
