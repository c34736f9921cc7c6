package io.github.kisoku.golftax.io;

import io.github.kisoku.golftax.AgeDocument;
import io.github.kisoku.golftax.BusinessUseItem;
import io.github.kisoku.golftax.Course;
import io.github.kisoku.golftax.DisabilityCard;
import io.github.kisoku.golftax.DisabilityCardKind;
import io.github.kisoku.golftax.GolfProblem;
import io.github.kisoku.golftax.Person;
import io.github.kisoku.golftax.Play;
import io.github.kisoku.golftax.Visit;
import io.github.kisoku.golftax.VisitRow;
import io.github.kisoku.kernel.InputProblem;
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The oracle of {@link VisitCsv}: a row read as the format on {@link VisitCsv} says, field by field
 * from the split strings with the plain library calls ({@code String.split}, {@code strip},
 * {@code LocalDate.parse}, {@code Long.parseLong}, {@code Enum.valueOf}), as the reader was before
 * the performance work of issue 18 read it where it stands. Slow and obvious on purpose.
 */
final class VisitCsvOracle {
    // The only form of date the format takes: four, two and two ASCII digits (LocalDate.parse alone
    // would take other digits and signed years of more than four digits).
    private static final Pattern PLAIN_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private VisitCsvOracle() {
    }

    /** {@return the row of a plain line: its fields as {@code String.split} gives them} */
    static Validation<Seq<Problem>, VisitRow> line(int line, String text, Course course) {
        return read(line, text.split(",", -1), course);
    }

    /** {@return the row of fields already split} */
    static Validation<Seq<Problem>, VisitRow> read(int line, String[] f, Course course) {
        if (f.length != 9) {
            return Validation.invalid(List.of(Problem.of(GolfProblem.FIELD_COUNT, "line " + line)
                    .withFigures("count", f.length, "required", 9)));
        }
        Validation<Problem, LocalDate> use = date("use_date", f[1]);
        Validation<Problem, LocalDate> birth = date("birth_date", f[3]);
        Validation<Problem, Option<AgeDocument>> doc = f[4].isBlank() ? Validation.valid(Option.none())
                : enumValue("age_document", AgeDocument.class, f[4]).map(Option::of);
        Validation<Problem, Option<DisabilityCard>> card = card(f[5]);
        Validation<Problem, Play> play = play(f[6]);
        Validation<Problem, Yen> fee = yen("fee_charged", f[7]);
        Validation<Problem, Option<Yen>> declared = f[8].isBlank() ? Validation.valid(Option.none())
                : yen("declared_tax", f[8]).map(Option::of);
        String at = "line " + line;
        Seq<Problem> problems = List.of(use, birth, doc, card, play, fee, declared)
                .flatMap(v -> v.isInvalid() ? List.of(v.getError().within(at)) : List.<Problem>empty());
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return Person.validate(f[2], birth.get(), doc.get(), card.get())
                .flatMap(p -> Visit.validate(f[0], course, use.get(), p, play.get(), fee.get()))
                .map(v -> new VisitRow(line, v, declared.get()))
                .mapError(ps -> ps.map(p -> p.within(at)));
    }

    /** {@return a date as {@link Validations#isoDate} documents it, by {@code LocalDate.parse}} */
    static Validation<Problem, LocalDate> date(String field, String text) {
        if (text.isBlank()) {
            return Validation.invalid(Problem.required(field));
        }
        String t = text.strip();
        if (PLAIN_DATE.matcher(t).matches()) {
            try {
                return Validation.valid(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
            } catch (DateTimeParseException e) {
                // a day that does not exist: the same problem as a wrong form
            }
        }
        return Validation.invalid(Problem.of(InputProblem.INVALID_DATE, field).withFigure("value", text));
    }

    private static Validation<Problem, Option<DisabilityCard>> card(String text) {
        if (text.isBlank()) {
            return Validation.valid(Option.none());
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon == text.length() - 1) {
            return Validation.invalid(Problem.of(GolfProblem.BAD_CARD, "disability_card").withFigure("value", text));
        }
        return enumValue("disability_card", DisabilityCardKind.class, text.substring(0, colon))
                .map(k -> Option.of(DisabilityCard.of(k, text.substring(colon + 1).strip())));
    }

    private static Validation<Problem, Play> play(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String arg = colon < 0 ? "" : t.substring(colon + 1).strip();
        switch (kind) {
            case "NORMAL":
                return Validation.valid(Play.normal());
            case "CLOSED_DAY_SELF_BAG":
                return Validation.valid(new Play.ClosedDaySelfBag());
            case "EARLY_MORNING":
                return Validations.isoTime("play", arg).<Play>map(finish -> new Play.EarlyMorning(true, finish))
                        .mapError(p -> badPlay(text));
            case "RESTRICTED":
                try {
                    int holes = Integer.parseInt(arg);
                    return holes < 1 ? Validation.invalid(badPlay(text)) : Validation.valid(new Play.RestrictedCourse(holes));
                } catch (NumberFormatException e) {
                    return Validation.invalid(badPlay(text));
                }
            case "BUSINESS":
            case "BUSINESS_UNREGISTERED":
                for (BusinessUseItem item : BusinessUseItem.values()) {
                    if (item.code().equals(arg)) {
                        return Validation.valid(new Play.BusinessUse(item, kind.equals("BUSINESS"), Option.none()));
                    }
                }
                return Validation.invalid(badPlay(text));
            default:
                return Validation.invalid(badPlay(text));
        }
    }

    private static Problem badPlay(String text) {
        return Problem.of(GolfProblem.BAD_PLAY, "play").withFigure("value", text);
    }

    /** {@return a number of yen as {@code Long.parseLong} reads the stripped text} */
    static Validation<Problem, Yen> yen(String field, String text) {
        try {
            return Yen.validate(field, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Validation.invalid(Problem.of(GolfProblem.NOT_A_NUMBER, field).withFigure("value", text));
        }
    }

    private static <E extends Enum<E>> Validation<Problem, E> enumValue(String field, Class<E> type, String text) {
        try {
            return Validation.valid(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            return Validation.invalid(Problem.of(GolfProblem.UNKNOWN_VALUE, field).withFigures("value", text, "known",
                    List.of(type.getEnumConstants()).map(Enum::name).mkString(", ")));
        }
    }
}
