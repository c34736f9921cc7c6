package io.github.kisoku.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * The commands a clerk types. Each builds one case of the contract from its options and answers
 * it with the same handler as {@code kisoku eval}; {@code --json} prints the answer line.
 * Exit codes: 0 answered, 1 a file could not be read, 2 a usage error or input with problems.
 */
final class Commands {
    private Commands() {
    }

    /**
     * A command that only groups others ({@code bicycle}, {@code golf}, {@code booking}): run
     * alone, it is a usage error naming its subcommands.
     */
    abstract static class Parent implements Runnable {
        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            List<String> names = List.ofAll(spec.subcommands().keySet());
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    names.mkString(" か ") + " を指定 / give " + names.mkString(" or "));
        }
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

    static void putIf(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
