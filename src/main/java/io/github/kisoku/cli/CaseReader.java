package io.github.kisoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kisoku.kernel.InputProblem;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object strictly: each accessor records a problem (wrong type,
 * missing, out of range, impossible date) instead of throwing, and {@link #finish(Supplier)}
 * adds one problem for every field that no accessor asked for, so unknown fields are an error,
 * never ignored. Field names in problems carry the path, e.g. {@code acts[2].date}.
 */
final class CaseReader {
    /** The most yen a field accepts: more than any fee or fine, small enough to add safely. */
    static final long MAX_YEN = 1_000_000_000_000L;

    private final ObjectNode node;
    private final String prefix;
    private LinkedHashSet<String> read = LinkedHashSet.empty();
    private List<Problem> problems = List.empty();

    CaseReader(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    static Validation<Seq<Problem>, CaseReader> object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            return Validation.invalid(List.of(Problem.of(CliProblem.NOT_AN_OBJECT, path.isEmpty() ? "(line)" : path)));
        }
        return Validation.valid(new CaseReader((ObjectNode) node, path.isEmpty() ? "" : path + "."));
    }

    String path(String name) {
        return prefix + name;
    }

    void ignore(String name) {
        read = read.add(name);
    }

    void problem(Problem p) {
        problems = problems.append(p);
    }

    /** {@return the names of this object's fields, in the order given} */
    List<String> fieldNames() {
        return List.ofAll(node::fieldNames);
    }

    /** {@return whether any problem was found so far, in this object or the ones it absorbed} */
    boolean hasProblems() {
        return !problems.isEmpty();
    }

    private Option<JsonNode> field(String name, boolean required) {
        read = read.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                problem(Problem.required(path(name)));
            }
            return Option.none();
        }
        return Option.of(v);
    }

    /** The raw value of an optional field, for fields that take more than one JSON type. */
    Option<JsonNode> value(String name) {
        return field(name, false);
    }

    void wrongType(String name, CliProblem.Expected expected) {
        problem(Problem.of(CliProblem.WRONG_TYPE, path(name)).withFigure("expected", expected));
    }

    Option<String> text(String name, boolean required) {
        Option<JsonNode> v = field(name, required);
        if (v.isDefined() && !v.get().isTextual()) {
            wrongType(name, CliProblem.Expected.STRING);
            return Option.none();
        }
        Option<String> s = v.map(JsonNode::asText);
        if (required && s.exists(String::isBlank)) {
            problem(Problem.required(path(name)));
            return Option.none();
        }
        return s;
    }

    /** The first date a case may hold: earlier is a typing error, not a person or an event of these rules. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The last date a case may hold; later dates would only overflow the calendar's arithmetic. */
    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    Option<LocalDate> date(String name, boolean required) {
        return text(name, required).flatMap(t -> checkedDate(path(name), t));
    }

    private Option<LocalDate> checkedDate(String field, String t) {
        Validation<Problem, LocalDate> d = Validations.isoDate(field, t);
        if (d.isInvalid()) {
            problem(d.getError());
            return Option.none();
        }
        if (d.get().isBefore(FIRST_DATE) || d.get().isAfter(LAST_DATE)) {
            problem(Problem.of(CliProblem.DATE_RANGE, field)
                    .withFigures("first", FIRST_DATE, "last", LAST_DATE).withFigure("value", t));
            return Option.none();
        }
        return d.toOption();
    }

    Option<LocalTime> time(String name, boolean required) {
        return text(name, required).flatMap(t -> {
            try {
                return Option.of(LocalTime.parse(t));
            } catch (DateTimeParseException e) {
                problem(Problem.of(InputProblem.INVALID_TIME, path(name)).withFigure("value", t));
                return Option.none();
            }
        });
    }

    boolean bool(String name, boolean fallback) {
        Option<JsonNode> v = field(name, false);
        if (v.isDefined() && !v.get().isBoolean()) {
            wrongType(name, CliProblem.Expected.BOOLEAN);
            return fallback;
        }
        return v.map(JsonNode::booleanValue).getOrElse(fallback);
    }

    /** An optional boolean: absent when the caller does not know it. */
    Option<Boolean> knownBool(String name) {
        Option<JsonNode> v = field(name, false);
        if (v.isDefined() && !v.get().isBoolean()) {
            wrongType(name, CliProblem.Expected.BOOLEAN);
            return Option.none();
        }
        return v.map(JsonNode::booleanValue);
    }

    Option<Long> integer(String name, boolean required, long min, long max) {
        Option<JsonNode> v = field(name, required);
        if (v.isEmpty()) {
            return Option.none();
        }
        if (!v.get().isIntegralNumber() || !v.get().canConvertToLong()) {
            wrongType(name, CliProblem.Expected.WHOLE_NUMBER);
            return Option.none();
        }
        long n = v.get().longValue();
        if (n < min || n > max) {
            problem(Problem.of(InputProblem.OUT_OF_RANGE, path(name))
                    .withFigures("min", min, "max", max).withFigure("value", n));
            return Option.none();
        }
        return Option.of(n);
    }

    Option<ArrayNode> array(String name, boolean required) {
        Option<JsonNode> v = field(name, required);
        if (v.isDefined() && !v.get().isArray()) {
            wrongType(name, CliProblem.Expected.ARRAY);
            return Option.none();
        }
        return v.map(ArrayNode.class::cast);
    }

    Option<CaseReader> object(String name, boolean required) {
        Option<JsonNode> v = field(name, required);
        if (v.isDefined() && !v.get().isObject()) {
            wrongType(name, CliProblem.Expected.OBJECT);
            return Option.none();
        }
        return v.map(o -> new CaseReader((ObjectNode) o, path(name) + "."));
    }

    /** An enum constant by its exact name; an unknown name is a problem listing the names. */
    <E extends Enum<E>> Option<E> enumeration(String name, boolean required, Class<E> type) {
        return text(name, required).flatMap(t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t)) {
                    return Option.of(e);
                }
            }
            String known = List.of(type.getEnumConstants()).map(Enum::name).mkString(", ");
            problem(Problem.of(CliProblem.UNKNOWN_VALUE, path(name)).withFigures("value", t, "known", known));
            return Option.none();
        });
    }

    /** Whole yen, zero or more. */
    Option<Yen> yen(String name, boolean required) {
        return integer(name, required, 0, MAX_YEN).map(Yen::of);
    }

    /**
     * A nested object read by {@code read}; its problems (unknown fields included) are reported
     * with this reader's, under its path.
     */
    <T> Option<T> nested(String name, boolean required, Function<CaseReader, Option<T>> read) {
        return object(name, required).flatMap(r -> {
            Option<T> value = read.apply(r);
            absorb(r);
            return r.problems.isEmpty() ? value : Option.none();
        });
    }

    /**
     * An array of objects, each read by {@code read}; problems name the element, e.g.
     * {@code acts[2].date}. Empty when the array is missing or any element is bad.
     */
    <T> Option<List<T>> objects(String name, boolean required, Function<CaseReader, Option<T>> read) {
        return array(name, required).flatMap(items -> {
            List<Option<T>> values = List.empty();
            boolean bad = false;
            for (int i = 0; i < items.size(); i++) {
                String at = path(name) + "[" + i + "]";
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    problem(Problem.of(CliProblem.WRONG_TYPE, at).withFigure("expected", CliProblem.Expected.OBJECT));
                    bad = true;
                    continue;
                }
                CaseReader r = new CaseReader((ObjectNode) item, at + ".");
                Option<T> value = read.apply(r);
                absorb(r);
                bad |= !r.problems.isEmpty() || value.isEmpty();
                values = values.append(value);
            }
            return bad ? Option.none() : Option.of(values.map(Option::get));
        });
    }

    /** An array of strings; problems name the element, e.g. {@code slots[1]}. */
    Option<List<String>> texts(String name, boolean required) {
        return array(name, required).flatMap(items -> {
            List<String> values = List.empty();
            boolean bad = false;
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isTextual()) {
                    String at = path(name) + "[" + i + "]";
                    problem(Problem.of(CliProblem.WRONG_TYPE, at).withFigure("expected", CliProblem.Expected.STRING));
                    bad = true;
                } else {
                    values = values.append(items.get(i).asText());
                }
            }
            return bad ? Option.none() : Option.of(values);
        });
    }

    /** Dates in an array of strings, each checked as a real ISO date in range. */
    Option<List<LocalDate>> dates(String name, boolean required) {
        return texts(name, required).flatMap(ts -> {
            List<Option<LocalDate>> ds = ts.zipWithIndex().map(t -> checkedDate(path(name) + "[" + t._2 + "]", t._1));
            return ds.exists(Option::isEmpty) ? Option.none() : Option.of(ds.map(Option::get));
        });
    }

    /**
     * A domain's problems with their field names mapped to this case's: {@code renames} maps a
     * domain field (e.g. {@code date}) to the case's (e.g. {@code offenceDate}); the rest get
     * this reader's path.
     */
    Seq<Problem> translate(Seq<Problem> domain, io.vavr.collection.Map<String, String> renames) {
        return domain.map(p -> {
            String head = p.field();
            String rest = "";
            int dot = head.indexOf('.');
            if (dot > 0) {
                rest = head.substring(dot);
                head = head.substring(0, dot);
            }
            String field = path(renames.get(head).getOrElse(head)) + rest;
            return p.at(field);
        });
    }

    /** The problems found so far, without checking for unknown fields. */
    List<Problem> problems() {
        return problems;
    }

    /** Problems of a nested reader, to be reported with this one. */
    void absorb(CaseReader nested) {
        nested.unknownFields();
        problems = problems.appendAll(nested.problems);
    }

    private void unknownFields() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!read.contains(f)) {
                problem(Problem.of(CliProblem.UNKNOWN_FIELD, path(f)));
            }
        }
    }

    /**
     * Every problem found so far plus the unknown fields, or the value the supplier builds from
     * the fields read (with the domain's own validation problems).
     */
    <T> Validation<Seq<Problem>, T> finish(Supplier<Validation<Seq<Problem>, T>> build) {
        unknownFields();
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return build.get();
    }
}
