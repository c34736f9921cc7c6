package io.github.kisoku.server;

import io.github.kisoku.kernel.InputProblem;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads the query (or form) parameters of one request strictly, like the contract's case reader:
 * each accessor records a problem instead of throwing, and {@link #check()} refuses the request
 * with every problem at once (400). Not thread-safe: one per request.
 */
final class Params {
    private final Function<String, Option<String>> source;
    private List<Problem> problems = List.empty();

    Params(Function<String, Option<String>> source) {
        this.source = source;
    }

    Option<String> text(String name, boolean required) {
        Option<String> v = source.apply(name).filter(s -> !s.isBlank());
        if (v.isEmpty() && required) {
            problems = problems.append(Problem.required(name));
        }
        return v;
    }

    Option<LocalDate> date(String name, boolean required) {
        return text(name, required).flatMap(t -> {
            var d = Validations.isoDate(name, t);
            if (d.isInvalid()) {
                problems = problems.append(d.getError());
            }
            return d.toOption();
        });
    }

    Option<YearMonth> month(String name) {
        return text(name, false).flatMap(t -> {
            try {
                if (t.matches("[0-9]{4}-[0-9]{2}")) {
                    return Option.of(YearMonth.parse(t));
                }
            } catch (DateTimeParseException e) {
                // the same problem as a month not written YYYY-MM
            }
            problems = problems.append(Problem.of(ServerProblem.INVALID_MONTH, name).withFigure("value", t));
            return Option.none();
        });
    }

    Option<Long> integer(String name, boolean required, long min, long max) {
        return text(name, required).flatMap(t -> {
            long n;
            try {
                n = Long.parseLong(t.strip());
            } catch (NumberFormatException e) {
                problems = problems.append(Problem.of(ServerProblem.NOT_A_NUMBER, name).withFigure("value", t));
                return Option.none();
            }
            if (n < min || n > max) {
                problems = problems.append(Problem.of(InputProblem.OUT_OF_RANGE, name)
                        .withFigures("min", min, "max", max).withFigure("value", n));
                return Option.none();
            }
            return Option.of(n);
        });
    }

    /** One of {@code known}, exactly. */
    Option<String> choice(String name, boolean required, List<String> known) {
        return text(name, required).flatMap(t -> {
            if (known.contains(t)) {
                return Option.of(t);
            }
            problems = problems.append(Problem.of(ServerProblem.UNKNOWN_VALUE, name)
                    .withFigures("value", t, "known", known.mkString(", ")));
            return Option.none();
        });
    }

    void problem(Problem p) {
        problems = problems.append(p);
    }

    /** Refuses the request (400) with every problem found, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new Reply.Refused(Reply.problems(400, problems));
        }
    }
}
