package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The booking commands a clerk types: {@code kisoku booking check|book|lottery|plan|grid|fee}, each
 * one case of the contract ({@code booking.request}, {@code booking.book}, …); lists of
 * operations, reservations and applications are JSON files in the case's own form, and
 * {@code --settings FILE.json} is the case's {@code settings} object
 * ({@code examples/data/booking/settings-example.json} shows every option).
 */
final class BookingCommands {
    private BookingCommands() {
    }

    /** {@code kisoku booking check}: one request (case type {@code booking.request}). */
    @Command(name = "booking", mixinStandardHelpOptions = true,
            description = "Kawaguchi facility booking (施設予約).", subcommands = {BookingCheck.class, Book.class,
                LotteryCommand.class, PlanCommand.class, GridCommand.class, FeeCommand.class})
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
        @Option(names = "--settings", description = "the municipality's settings (JSON object); defaults if omitted")
        Path settings;
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
            catalogue(c, catalogue);
            setIf(c, "settings", settings);
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

    /** The catalogue option: the bundled example's name, or a catalogue file. */
    static void catalogue(ObjectNode c, String catalogue) throws Commands.Unreadable {
        if (catalogue.equals(BookingCases.EXAMPLE_CATALOGUE)) {
            c.put("catalogue", catalogue);
        } else {
            c.set("catalogue", Commands.readJson(Path.of(catalogue)));
        }
    }

    /** A JSON file's content as a field of the case, when the option was given. */
    static void setIf(ObjectNode c, String field, Path file) throws Commands.Unreadable {
        if (file != null) {
            c.set(field, Commands.readJson(file));
        }
    }

    /** {@code kisoku booking book}: operations on a ledger (case type {@code booking.book}). */
    @Command(name = "book", mixinStandardHelpOptions = true,
            description = "Run operations (request, apply, win, pay, confirm, change, cancel, use, expire) on a ledger.%n"
                    + "台帳に対する操作（申込・抽選申込・当選・支払・確定・変更・取消・利用・期限切れ）を順に行います。")
    static final class Book extends Commands.OneCase {
        @Option(names = "--catalogue", required = true, description = "nishi-kominkan-example or a catalogue file")
        String catalogue;
        @Option(names = "--settings", description = "the municipality's settings (JSON object); defaults if omitted")
        Path settings;
        @Option(names = "--ledger", description = "reservations already made (JSON array)")
        Path ledger;
        @Option(names = "--operations", required = true,
                description = "the operations (JSON array of {op, at, …}), in time order")
        Path operations;

        Book(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Commands.Unreadable {
            ObjectNode c = Commands.newCase("booking.book");
            catalogue(c, catalogue);
            setIf(c, "settings", settings);
            setIf(c, "ledger", ledger);
            setIf(c, "operations", operations);
            return c;
        }
    }

    /** {@code kisoku booking lottery}: a draw, or the re-run of a draw's log (case type {@code booking.lottery}). */
    @Command(name = "lottery", mixinStandardHelpOptions = true,
            description = "Draw a lottery with a committed seed, or re-run a draw from its log.%n"
                    + "公表済みのシードで抽選します。または抽選記録から再抽選して同じ結果か確かめます。")
    static final class LotteryCommand extends Commands.OneCase {
        @Option(names = "--replay", description = "a draw's log (text file) to re-run; no other option then")
        Path replay;
        @Option(names = "--catalogue", description = "nishi-kominkan-example or a catalogue file")
        String catalogue;
        @Option(names = "--applications", description = "the applications (JSON array of {id, group, unit, …})")
        Path applications;
        @Option(names = "--closed-at", description = "when the application window closed, e.g. 2026-08-10T17:00")
        String closedAt;
        @Option(names = "--seed", description = "the seed, published before the pool closed")
        String seed;
        @Option(names = "--seed-committed-at", description = "when the seed was published")
        String seedCommittedAt;
        @Option(names = "--seed-source", description = "where the seed was published")
        String seedSource;
        @Option(names = "--settings", description = "settings for the winners' holds (JSON object)")
        Path settings;
        @Option(names = "--enter-at", description = "enter the winners in a ledger as holds at this time")
        String enterAt;
        @Option(names = "--release", description = "a winner whose hold was cancelled or lapsed (repeat, in order)")
        java.util.List<String> release;

        LotteryCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Commands.Unreadable {
            ObjectNode c = Commands.newCase("booking.lottery");
            if (replay != null) {
                try {
                    c.put("log", java.nio.file.Files.readString(replay, java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    throw new Commands.Unreadable("kisoku: " + replay + " を読めません / cannot read: " + e);
                }
            }
            if (catalogue != null) {
                catalogue(c, catalogue);
            }
            setIf(c, "applications", applications);
            Commands.putIf(c, "closedAt", closedAt);
            if (seed != null || seedCommittedAt != null || seedSource != null) {
                ObjectNode s = c.putObject("seed");
                Commands.putIf(s, "seed", seed);
                Commands.putIf(s, "committedAt", seedCommittedAt);
                Commands.putIf(s, "source", seedSource);
            }
            setIf(c, "settings", settings);
            Commands.putIf(c, "enterAt", enterAt);
            if (release != null) {
                ArrayNode r = c.putArray("release");
                release.forEach(r::add);
            }
            return c;
        }
    }

    /** {@code kisoku booking plan}: a span to cover (case type {@code booking.plan}). */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Plan a span of a day: the fewest reservations and quota units, and the lottery risk.%n"
                    + "利用したい時間帯を予約に分け、持ちコマ数と抽選で全部当たる確率を示します。")
    static final class PlanCommand extends Commands.OneCase {
        @Option(names = "--catalogue", required = true, description = "nishi-kominkan-example or a catalogue file")
        String catalogue;
        @Option(names = "--unit", required = true, description = "unit id, e.g. nishi.kaigi-1")
        String unit;
        @Option(names = "--date", required = true, description = "date of use")
        String date;
        @Option(names = "--from", required = true, description = "start of the span, a slot's start, e.g. 09:00")
        String from;
        @Option(names = "--to", required = true, description = "end of the span, a slot's end, e.g. 15:00")
        String to;
        @Option(names = "--rule-set", description = "OLD or NEW (default: the facility's on the date)")
        String ruleSet;
        @Option(names = "--others", description = "other lottery applications per slot, e.g. 09:00-11:00=2 (repeat)")
        java.util.List<String> others;

        PlanCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Commands.Unreadable {
            ObjectNode c = Commands.newCase("booking.plan");
            catalogue(c, catalogue);
            c.put("unit", unit).put("date", date).put("from", from).put("to", to);
            Commands.putIf(c, "ruleSet", ruleSet);
            if (others != null) {
                ObjectNode o = c.putObject("othersPerSlot");
                for (String pair : others) {
                    int eq = pair.lastIndexOf('=');
                    String slot = eq < 0 ? pair : pair.substring(0, eq);
                    String n = eq < 0 ? "" : pair.substring(eq + 1);
                    // a count that is not a number is passed on as text, and answered as a wrong type
                    if (n.matches("[0-9]{1,9}")) {
                        o.put(slot, Integer.parseInt(n));
                    } else {
                        o.put(slot, n);
                    }
                }
            }
            return c;
        }
    }

    /** {@code kisoku booking grid}: a unit's availability (case type {@code booking.grid}). */
    @Command(name = "grid", mixinStandardHelpOptions = true,
            description = "Show a unit's availability day by day and slot by slot.%n空き状況を日ごと・コマごとに示します。")
    static final class GridCommand extends Commands.OneCase {
        @Option(names = "--catalogue", required = true, description = "nishi-kominkan-example or a catalogue file")
        String catalogue;
        @Option(names = "--settings", description = "the municipality's settings (JSON object)")
        Path settings;
        @Option(names = "--ledger", description = "reservations already made (JSON array)")
        Path ledger;
        @Option(names = "--unit", required = true, description = "unit id")
        String unit;
        @Option(names = "--from", required = true, description = "first date")
        String from;
        @Option(names = "--to", required = true, description = "last date (at most " + BookingOps.MAX_GRID_DAYS
                + " days)")
        String to;
        @Option(names = "--at", required = true, description = "when the grid is shown, e.g. 2026-07-01T10:00")
        String at;

        GridCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Commands.Unreadable {
            ObjectNode c = Commands.newCase("booking.grid");
            catalogue(c, catalogue);
            setIf(c, "settings", settings);
            setIf(c, "ledger", ledger);
            c.put("unit", unit).put("from", from).put("to", to).put("at", at);
            return c;
        }
    }

    /** {@code kisoku booking fee}: a fee estimate with 加算/減免 (case type {@code booking.fee}). */
    @Command(name = "fee", mixinStandardHelpOptions = true,
            description = "Estimate a fee with surcharges and reductions (加算・減免).%n概算料金を加算・減免つきで示します。")
    static final class FeeCommand extends Commands.OneCase {
        @Option(names = "--catalogue", required = true, description = "nishi-kominkan-example or a catalogue file")
        String catalogue;
        @Option(names = "--settings", description = "the fee table, rounding and 加算減免区分 (JSON settings object)")
        Path settings;
        @Option(names = "--unit", required = true, description = "unit id")
        String unit;
        @Option(names = "--slot", required = true, description = "a slot, e.g. 09:00-11:00 (repeat for more)")
        java.util.List<String> slots;
        @Option(names = "--group-class", description = "SOCIAL_EDUCATION or GENERAL; none for a guest")
        String groupClass;
        @Option(names = "--charge", description = "EQUIPMENT=YEN or FITTINGS=YEN (repeat)")
        java.util.List<String> charges;
        @Option(names = "--adjust", description = "COMPONENT=ID of an adjustment in the settings, e.g. FACILITY=half")
        java.util.List<String> adjustments;

        FeeCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Commands.Unreadable {
            ObjectNode c = Commands.newCase("booking.fee");
            catalogue(c, catalogue);
            setIf(c, "settings", settings);
            c.put("unit", unit);
            ArrayNode s = c.putArray("slots");
            slots.forEach(s::add);
            Commands.putIf(c, "groupClass", groupClass);
            if (charges != null) {
                ObjectNode o = c.putObject("charges");
                for (String pair : charges) {
                    String[] kv = pair.split("=", 2);
                    String v = kv.length == 2 ? kv[1] : "";
                    if (v.matches("[0-9]{1,12}")) {
                        o.put(kv[0], Long.parseLong(v));
                    } else {
                        o.put(kv[0], v);
                    }
                }
            }
            if (adjustments != null) {
                ObjectNode o = c.putObject("adjustments");
                for (String pair : adjustments) {
                    String[] kv = pair.split("=", 2);
                    o.put(kv[0], kv.length == 2 ? kv[1] : "");
                }
            }
            return c;
        }
    }
}
