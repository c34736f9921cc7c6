package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The booking command a clerk types: {@code kisoku booking check}.
 */
final class BookingCommands {
    private BookingCommands() {
    }

    /** {@code kisoku booking check}: one request (case type {@code booking.request}). */
    @Command(name = "booking", mixinStandardHelpOptions = true,
            description = "Kawaguchi facility booking (施設予約).", subcommands = {BookingCheck.class})
    static final class Booking extends Commands.Parent {
    }

    /** {@code kisoku booking check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check one request against a catalogue and a ledger, without booking.%n"
                    + "予約申込を審査します（予約はしません）。")
    static final class BookingCheck extends Commands.OneCase {
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
        ObjectNode caseNode() throws Commands.Unreadable {
            ObjectNode c = Commands.newCase("booking.request");
            if (catalogue.equals(BookingCases.EXAMPLE_CATALOGUE)) {
                c.put("catalogue", catalogue);
            } else {
                c.set("catalogue", Commands.readJson(Path.of(catalogue)));
            }
            if (ledger == null) {
                c.putArray("ledger");
            } else {
                c.set("ledger", Commands.readJson(ledger));
            }
            ObjectNode g = c.putObject("group").put("name", groupName);
            if (guest) {
                g.put("guest", true);
            } else {
                Commands.putIf(g, "id", groupId);
                Commands.putIf(g, "class", groupClass);
                Commands.putIf(g, "validUntil", validUntil);
            }
            c.put("unit", unit).put("date", date).put("requestedAt", at);
            ArrayNode s = c.putArray("slots");
            slots.forEach(s::add);
            if (headcount != null) {
                c.put("headcount", headcount);
            }
            Commands.putIf(c, "purpose", purpose);
            c.put("consent", consent);
            return c;
        }
    }
}
