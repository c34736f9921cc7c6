package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The account commands of the booking system (manual §1): {@code kisoku account password|login|renewal}.
 * The password is read from standard input, never from the command line, where other users of
 * the machine could see it.
 */
final class AccountCommands {
    private AccountCommands() {
    }

    /** {@code kisoku account}: groups the account commands. */
    @Command(name = "account", mixinStandardHelpOptions = true,
            description = "Booking-system accounts: password policy, lock-out, renewal (利用者登録).",
            subcommands = {PasswordCommand.class, LoginCommand.class, RenewalCommand.class})
    static final class Account extends Commands.Parent {
    }

    /** {@code kisoku account password}: the policy check (case type {@code account.password}). */
    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Check a password (first line of standard input) against the policy.%n"
                    + "標準入力の1行目のパスワードが規則を満たすか確かめます。")
    static final class PasswordCommand extends Commands.OneCase {
        PasswordCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() throws Commands.Unreadable {
            String line;
            try {
                line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new Commands.Unreadable("kisoku: 標準入力を読めません / cannot read standard input: " + e);
            }
            ObjectNode c = Commands.newCase("account.password");
            c.put("password", line == null ? "" : line);
            return c;
        }
    }

    /** {@code kisoku account login}: attempts → lock-out state (case type {@code account.login}). */
    @Command(name = "login", mixinStandardHelpOptions = true,
            description = "Replay login attempts and give the account's state after each.%n"
                    + "ログインの試行を順にたどり、ロック状態を示します。")
    static final class LoginCommand extends Commands.OneCase {
        @Option(names = "--attempt", required = true,
                description = "TIME=ok or TIME=fail, e.g. 2026-07-01T10:00=fail (repeat, in time order)")
        java.util.List<String> attempts;
        @Option(names = "--lock-minutes", description = "the lock time the system displays, in minutes")
        Integer lockMinutes;

        LoginCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() {
            ObjectNode c = Commands.newCase("account.login");
            ArrayNode a = c.putArray("attempts");
            for (String attempt : attempts) {
                int eq = attempt.lastIndexOf('=');
                ObjectNode o = a.addObject().put("at", eq < 0 ? attempt : attempt.substring(0, eq));
                String result = eq < 0 ? "" : attempt.substring(eq + 1);
                // anything but ok or fail is passed on as text, and answered as a wrong type
                if (result.equals("ok") || result.equals("fail")) {
                    o.put("correct", result.equals("ok"));
                } else {
                    o.put("correct", result);
                }
            }
            if (lockMinutes != null) {
                c.put("lockMinutes", lockMinutes);
            }
            return c;
        }
    }

    /** {@code kisoku account renewal}: a registration's renewal dates (case type {@code account.renewal}). */
    @Command(name = "renewal", mixinStandardHelpOptions = true,
            description = "Give a registration's renewal dates in both readings.%n利用者登録の更新日と申請期限を示します。")
    static final class RenewalCommand extends Commands.OneCase {
        @Option(names = "--valid-until", required = true, description = "the current last valid day")
        String validUntil;
        @Option(names = "--renewal-date", required = true, description = "the day the renewal takes effect")
        String renewalDate;
        @Option(names = "--rule-set", required = true, description = "OLD or NEW, the system on the expiry day")
        String ruleSet;
        @Option(names = "--today", description = "today, for the old system's 4-month warning")
        String today;

        RenewalCommand(Io io) {
            super(io);
        }

        @Override
        ObjectNode caseNode() {
            ObjectNode c = Commands.newCase("account.renewal");
            c.put("validUntil", validUntil).put("renewalDate", renewalDate).put("ruleSet", ruleSet);
            Commands.putIf(c, "today", today);
            return c;
        }
    }
}
