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
import io.github.kisoku.kernel.Problem;
import io.github.kisoku.kernel.Validations;
import io.github.kisoku.kernel.Yen;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * A small reader for a course's visits as comma-separated text, one visit per line, for audits
 * and examples. Each row is validated on its own and every problem names its line.
 *
 * <p>Header (required, in this order): {@code id,use_date,name,birth_date,age_document,
 * disability_card,play,fee_charged,declared_tax}. {@link #parse} reads plain text whose fields
 * hold no commas and no quotes; a caller with a CSV reader (the command line uses Commons CSV,
 * which allows quoted fields) passes each record to {@link #fields}. Lines starting with
 * {@code #} and blank lines are skipped.
 * <ul>
 * <li>{@code age_document}: blank or an {@link AgeDocument} name, e.g. {@code DRIVING_LICENCE};
 * <li>{@code disability_card}: blank or {@code KIND:number}, e.g. {@code PHYSICAL:熊本県12345};
 * <li>{@code play}: {@code NORMAL}, {@code EARLY_MORNING:HH:MM} (starts before opening, must
 * finish by HH:MM), {@code CLOSED_DAY_SELF_BAG}, {@code RESTRICTED:holes},
 * {@code BUSINESS:code} (entered in the register, e.g. {@code BUSINESS:(1)イ}) or
 * {@code BUSINESS_UNREGISTERED:code}. Competitions, the national sports festival and school
 * activities need certificates and are built in code, not read here;
 * <li>{@code declared_tax}: blank or the yen the course declared for the visit.
 * </ul>
 * Static functions only; thread-safe.
 */
public final class VisitCsv {
    /** The required header. */
    public static final String HEADER =
            "id,use_date,name,birth_date,age_document,disability_card,play,fee_charged,declared_tax";

    private static final Validation<Problem, Option<AgeDocument>> NO_DOCUMENT = Validation.valid(Option.none());
    private static final Validation<Problem, Option<Yen>> NO_DECLARED_TAX = Validation.valid(Option.none());
    private static final Validation<Problem, Option<DisabilityCard>> NO_CARD = Validation.valid(Option.none());
    private static final java.util.Map<String, BusinessUseItem> BUSINESS_ITEMS = List.of(BusinessUseItem.values())
            .toJavaMap(i -> io.vavr.Tuple.of(i.code(), i));

    private VisitCsv() {
    }

    /**
     * Reads the visits of one course.
     *
     * @param text the file's text
     * @param course the course every row is a visit to
     * @return one validation per data row, in file order; a bad header is one invalid row
     */
    public static List<Validation<Seq<Problem>, VisitRow>> parse(String text, Course course) {
        if (text == null || course == null) {
            return List.of(Validation.invalid(List.of(Problem.required(text == null ? "text" : "course"))));
        }
        // An array and a java.util list while reading: indexing and appending a vavr List is linear,
        // which made a month of a million rows quadratic (issue 7).
        String[] lines = text.split("\\R", -1);
        int headerAt = -1;
        for (int i = 0; i < lines.length && headerAt < 0; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                headerAt = i;
            }
        }
        if (headerAt < 0 || !lines[headerAt].strip().equals(HEADER)) {
            return List.of(Validation.invalid(List.of(Problem.of(GolfProblem.BAD_HEADER, "line " + (headerAt + 1))
                    .withFigure("header", HEADER))));
        }
        java.util.List<Validation<Seq<Problem>, VisitRow>> rows = new java.util.ArrayList<>();
        for (int i = headerAt + 1; i < lines.length; i++) {
            String l = lines[i];
            if (!l.isBlank() && !l.startsWith("#")) {
                rows.add(row(i + 1, l, course));
            }
        }
        return List.ofAll(rows);
    }

    private static Validation<Seq<Problem>, VisitRow> row(int line, String text, Course course) {
        return read(line, split(text), course);
    }

    /** The fields between commas, empty ones kept: {@code String.split} without its list and copy. */
    static String[] split(String text) {
        int count = 1;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int start = 0;
        for (int n = 0; n < count - 1; n++) {
            int comma = text.indexOf(',', start);
            fields[n] = text.substring(start, comma);
            start = comma + 1;
        }
        fields[count - 1] = text.substring(start);
        return fields;
    }

    /**
     * Reads one data line of the plain form {@link #parse} reads, for a caller that streams a
     * large file line by line (a month of a big course) and skips the header and comments itself.
     *
     * @param line the line's number in its file, used to name the row in problems
     * @param text the line, without its line break
     * @param course the course the visit is to
     * @return the visit with its declared tax, or every problem of the row
     */
    public static Validation<Seq<Problem>, VisitRow> line(int line, String text, Course course) {
        if (text == null || course == null) {
            return Validation.invalid(List.of(Problem.required(text == null ? "text" : "course")));
        }
        return row(line, text, course);
    }

    /**
     * Reads one visit from a row's fields, already split by a CSV reader (which may allow quoted
     * fields), in the order of {@link #HEADER}.
     *
     * @param line the row's line number in its file, used to name the row in problems
     * @param fields the row's nine fields
     * @param course the course the visit is to
     * @return the visit with its declared tax, or every problem of the row
     */
    public static Validation<Seq<Problem>, VisitRow> fields(int line, Seq<String> fields, Course course) {
        if (fields == null || course == null) {
            return Validation.invalid(List.of(Problem.required(fields == null ? "fields" : "course")));
        }
        return read(line, fields.map(x -> x == null ? "" : x).toJavaArray(String[]::new), course);
    }

    private static Validation<Seq<Problem>, VisitRow> read(int line, String[] f, Course course) {
        if (f.length != 9) {
            return Validation.invalid(List.of(Problem.of(GolfProblem.FIELD_COUNT, "line " + line)
                    .withFigures("count", f.length, "required", 9)));
        }
        Validation<Problem, LocalDate> use = Validations.isoDate("use_date", f[1]);
        Validation<Problem, LocalDate> birth = Validations.isoDate("birth_date", f[3]);
        Validation<Problem, Option<AgeDocument>> doc = f[4].isBlank() ? NO_DOCUMENT
                : enumValue("age_document", AgeDocument.class, f[4]).map(Option::of);
        Validation<Problem, Option<DisabilityCard>> card = card(f[5]);
        Validation<Problem, Play> play = play(f[6]);
        Validation<Problem, Yen> fee = yen("fee_charged", f[7]);
        Validation<Problem, Option<Yen>> declared = f[8].isBlank() ? NO_DECLARED_TAX
                : yen("declared_tax", f[8]).map(Option::of);
        if (use.isInvalid() || birth.isInvalid() || doc.isInvalid() || card.isInvalid() || play.isInvalid()
                || fee.isInvalid() || declared.isInvalid()) {
            String at = "line " + line;
            return Validation.invalid(List.of(use, birth, doc, card, play, fee, declared)
                    .flatMap(v -> v.isInvalid() ? List.of(v.getError().within(at)) : List.<Problem>empty()));
        }
        return Person.validate(f[2], birth.get(), doc.get(), card.get())
                .flatMap(p -> Visit.validate(f[0], course, use.get(), p, play.get(), fee.get()))
                .map(v -> new VisitRow(line, v, declared.get()))
                .mapError(ps -> ps.map(p -> p.within("line " + line)));
    }

    private static Validation<Problem, Option<DisabilityCard>> card(String text) {
        if (text.isBlank()) {
            return NO_CARD;
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
                BusinessUseItem item = BUSINESS_ITEMS.get(arg);
                return item == null ? Validation.invalid(badPlay(text))
                        : Validation.valid(new Play.BusinessUse(item, kind.equals("BUSINESS"), Option.none()));
            default:
                return Validation.invalid(badPlay(text));
        }
    }

    private static Problem badPlay(String text) {
        return Problem.of(GolfProblem.BAD_PLAY, "play").withFigure("value", text);
    }

    private static Validation<Problem, Yen> yen(String field, String text) {
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
                    io.vavr.collection.List.of(type.getEnumConstants()).map(Enum::name).mkString(", ")));
        }
    }
}
