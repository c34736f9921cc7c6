package io.github.kisoku.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code kisoku} command (規則): assess, audit and check from the command line, or answer
 * JSON Lines in batch with {@code kisoku eval}.
 *
 * <p>Exit codes: 0 when every case was answered (answers with {@code "ok":false} included), 1
 * when the input could not be read, 2 for a usage error.
 */
@Command(name = "kisoku", mixinStandardHelpOptions = true, version = "kisoku 0.1.0",
        description = "Japanese public rules as code: answers with their legal reasons.%n"
                + "日本の公的ルールをコードに。法的根拠つきで答えます。",
        subcommands = {KisokuCli.EvalCommand.class, BicycleCommands.Bicycle.class, GolfCommands.Golf.class,
            BookingCommands.Booking.class, AccountCommands.Account.class, BicycleCommands.Catalogue.class,
            io.github.kisoku.server.ServeCommand.class})
public final class KisokuCli implements Runnable {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    private KisokuCli() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments, e.g. {@code eval cases.jsonl}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Handlers.all());
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Seq<CaseHandler> handlers) {
        CommandLine cl = new CommandLine(new KisokuCli(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EvalCommand.class) {
                    return cls.cast(new EvalCommand(in, out, err, handlers));
                }
                for (java.lang.reflect.Constructor<?> c : cls.getDeclaredConstructors()) {
                    if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Io.class) {
                        return cls.cast(c.newInstance(new Io(in, out, err, handlers)));
                    }
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kisoku eval [FILE]}: JSON Lines in, JSON Lines out. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Answer JSON Lines cases (file or standard input), one answer line per case.%n"
                    + "JSON Lines の事案に一行ずつ答えます。")
    static final class EvalCommand implements Callable<Integer> {
        private final InputStream in;
        private final PrintStream out;
        private final PrintStream err;
        private final Seq<CaseHandler> handlers;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "cases, one JSON object a line (default: stdin)")
        private Path file;

        @Option(names = "--types", description = "list the case types and exit")
        private boolean types;

        EvalCommand(InputStream in, PrintStream out, PrintStream err, Seq<CaseHandler> handlers) {
            this.in = in;
            this.out = out;
            this.err = err;
            this.handlers = handlers;
        }

        @Override
        public Integer call() {
            if (types) {
                handlers.map(CaseHandler::type).sorted().forEach(out::println);
                return 0;
            }
            // Invalid UTF-8 is reported, not replaced: a clerk must know the file is damaged.
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    file == null ? in : Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)))) {
                new Eval(handlers).run(reader, out);
                return 0;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("kisoku eval: 入力を読めません / cannot read input: " + e);
                return 1;
            }
        }
    }

    /** The case handlers of every domain. */
    static final class Handlers {
        private Handlers() {
        }

        static Seq<CaseHandler> all() {
            return List.of(new BicycleCases.Fine(), new BicycleCases.Course(), new GolfCases.VisitCase(),
                    new BookingCases.Request(), new BookingOps.Book(), new BookingOps.LotteryCase(),
                    new BookingOps.PlanCase(), new BookingOps.Grid(), new BookingOps.Fee(),
                    new AccountCases.PasswordCase(), new AccountCases.LoginCase(), new AccountCases.RenewalCase(),
                    new GolfAuditCase());
        }
    }
}
