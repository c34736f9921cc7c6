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
    private static final Validation<Problem, Play> NORMAL = Validation.valid(Play.normal());
    private static final Validation<Problem, Play> CLOSED_DAY_SELF_BAG = Validation.valid(new Play.ClosedDaySelfBag());
    private static final io.vavr.collection.Array<AgeDocument> AGE_DOCUMENTS = io.vavr.collection.Array.of(
            AgeDocument.values());
    // The answer for each document, by its place in AGE_DOCUMENTS: read on every row that shows one.
    private static final io.vavr.collection.Array<Validation<Problem, Option<AgeDocument>>> AGE_DOCUMENT_ANSWERS =
            AGE_DOCUMENTS.map(d -> Validation.valid(Option.some(d)));
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
        return read(line, new Line(text), course);
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
        return read(line, new Split(fields.map(x -> x == null ? "" : x).toJavaArray(String[]::new)), course);
    }

    /**
     * The fields of one row, each a range of a text: a plain line is read where it stands,
     * without a substring per field (a month's audit reads nine million fields, and a line with
     * a Japanese name copies every substring twice); fields split by a CSV reader are each their
     * own text. Immutable once made, and never shared beyond the call that reads the row.
     */
    private abstract static class Fields {
        abstract int count();

        /** {@return the text field {@code i} is a range of} */
        abstract String text(int i);

        /** {@return where field {@code i} starts in its text} */
        abstract int from(int i);

        /** {@return where field {@code i} ends in its text (exclusive)} */
        abstract int to(int i);

        /** {@return field {@code i} as its own string, as {@code String.split} gives it} */
        String get(int i) {
            return text(i).substring(from(i), to(i));
        }

        /** {@return where field {@code i} starts without its leading blanks (as {@code strip})} */
        int strippedFrom(int i) {
            String t = text(i);
            int end = to(i);
            int k = from(i);
            while (k < end && Character.isWhitespace(t.charAt(k))) {
                k++;
            }
            return k;
        }

        /**
         * {@return where field {@code i} ends without its trailing blanks (as {@code strip}), never
         * before {@code start}, where it starts without its leading ones: a blank field is the empty
         * range at its end}
         */
        int strippedTo(int i, int start) {
            String t = text(i);
            int k = to(i);
            while (k > start && Character.isWhitespace(t.charAt(k - 1))) {
                k--;
            }
            return k;
        }

        /** {@return whether field {@code i} is empty or blank} */
        boolean isBlank(int i) {
            return strippedFrom(i) == to(i);
        }

        /** {@return whether field {@code i}, stripped, is exactly {@code word}} */
        boolean is(int i, String word) {
            int start = strippedFrom(i);
            return strippedTo(i, start) - start == word.length() && text(i).startsWith(word, start);
        }
    }

    /** A plain line and where its commas are. */
    private static final class Line extends Fields {
        private final String text;
        private final int[] commas;
        private final int count;

        // One pass: the first eight commas are where the nine fields of a row are; a line with
        // more is refused by its count alone.
        Line(String text) {
            this.text = text;
            int[] at = new int[8];
            int n = 0;
            for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
                if (n < at.length) {
                    at[n] = i;
                }
                n++;
            }
            commas = at;
            count = n + 1;
        }

        @Override
        int count() {
            return count;
        }

        @Override
        String text(int i) {
            return text;
        }

        @Override
        int from(int i) {
            return i == 0 ? 0 : commas[i - 1] + 1;
        }

        @Override
        int to(int i) {
            return i == count - 1 ? text.length() : commas[i];
        }
    }

    /** Fields already split, each its own text. */
    private static final class Split extends Fields {
        private final String[] fields;

        Split(String[] fields) {
            this.fields = fields;
        }

        @Override
        int count() {
            return fields.length;
        }

        @Override
        String text(int i) {
            return fields[i];
        }

        @Override
        int from(int i) {
            return 0;
        }

        @Override
        int to(int i) {
            return fields[i].length();
        }

        @Override
        String get(int i) {
            return fields[i];
        }
    }

    private static Validation<Seq<Problem>, VisitRow> read(int line, Fields f, Course course) {
        if (f.count() != 9) {
            return Validation.invalid(List.of(Problem.of(GolfProblem.FIELD_COUNT, "line " + line)
                    .withFigures("count", f.count(), "required", 9)));
        }
        Validation<Problem, LocalDate> use = date("use_date", f, 1);
        Validation<Problem, LocalDate> birth = date("birth_date", f, 3);
        Validation<Problem, Option<AgeDocument>> doc = f.isBlank(4) ? NO_DOCUMENT : ageDocument(f, 4);
        Validation<Problem, Option<DisabilityCard>> card = f.isBlank(5) ? NO_CARD : card(f.get(5));
        Validation<Problem, Play> play = play(f, 6);
        Validation<Problem, Yen> fee = yen("fee_charged", f, 7);
        Validation<Problem, Option<Yen>> declared = f.isBlank(8) ? NO_DECLARED_TAX : declared(f, 8);
        if (use.isInvalid() || birth.isInvalid() || doc.isInvalid() || card.isInvalid() || play.isInvalid()
                || fee.isInvalid() || declared.isInvalid()) {
            String at = "line " + line;
            return Validation.invalid(List.of(use, birth, doc, card, play, fee, declared)
                    .flatMap(v -> v.isInvalid() ? List.of(v.getError().within(at)) : List.<Problem>empty()));
        }
        // Step by step rather than flatMap and map: their lambdas would be three objects per row.
        Validation<Seq<Problem>, Person> person = Person.validate(f.get(2), birth.get(), doc.get(), card.get());
        if (person.isInvalid()) {
            return Validation.invalid(within(person.getError(), line));
        }
        Validation<Seq<Problem>, Visit> visit = Visit.validate(f.get(0), course, use.get(), person.get(), play.get(),
                fee.get());
        if (visit.isInvalid()) {
            return Validation.invalid(within(visit.getError(), line));
        }
        return Validation.valid(new VisitRow(line, visit.get(), declared.get()));
    }

    private static Seq<Problem> within(Seq<Problem> problems, int line) {
        return problems.map(p -> p.within("line " + line));
    }

    /**
     * A date field, read where it stands as {@link Validations#isoDate} reads a text: blank is
     * {@code required}; only the plain {@code YYYY-MM-DD} in ASCII digits of a day that exists is a
     * date; anything else is {@code invalid-date} with the field as it was written.
     */
    private static Validation<Problem, LocalDate> date(String field, Fields f, int i) {
        String t = f.text(i);
        int start = f.strippedFrom(i);
        if (start == f.to(i)) {
            return Validation.invalid(Problem.required(field));
        }
        if (f.strippedTo(i, start) - start == 10 && t.charAt(start + 4) == '-' && t.charAt(start + 7) == '-') {
            try {
                return Validation.valid(LocalDate.of(digits(t, start, start + 4), digits(t, start + 5, start + 7),
                        digits(t, start + 8, start + 10)));
            } catch (java.time.DateTimeException e) {
                // a day that does not exist, or a character that is no digit: the same problem as a wrong form
            }
        }
        return Validation.invalid(Problem.of(InputProblem.INVALID_DATE, field).withFigure("value", f.get(i)));
    }

    /**
     * {@return the number in ASCII digits from {@code from} to {@code to}, or {@link Integer#MIN_VALUE},
     * which {@link LocalDate#of(int, int, int)} refuses as any of its fields, when a character is no digit}
     */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static Validation<Problem, Option<AgeDocument>> ageDocument(Fields f, int i) {
        for (int k = 0; k < AGE_DOCUMENTS.length(); k++) {
            if (f.is(i, AGE_DOCUMENTS.get(k).name())) {
                return AGE_DOCUMENT_ANSWERS.get(k);
            }
        }
        return Validation.invalid(unknown("age_document", AgeDocument.class, f.get(i)));
    }

    private static Validation<Problem, Option<DisabilityCard>> card(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon == text.length() - 1) {
            return Validation.invalid(Problem.of(GolfProblem.BAD_CARD, "disability_card").withFigure("value", text));
        }
        return enumValue("disability_card", DisabilityCardKind.class, text.substring(0, colon))
                .map(k -> Option.of(DisabilityCard.of(k, text.substring(colon + 1).strip())));
    }

    /**
     * The play: the kinds without an argument and the business uses matched where they stand
     * (most rows); the rest, and anything unknown, as {@link #play(String)} reads them.
     */
    private static Validation<Problem, Play> play(Fields f, int i) {
        if (f.is(i, "NORMAL")) {
            return NORMAL;
        }
        if (f.is(i, "CLOSED_DAY_SELF_BAG")) {
            return CLOSED_DAY_SELF_BAG;
        }
        return play(f.get(i));
    }

    private static Validation<Problem, Play> play(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String arg = colon < 0 ? "" : t.substring(colon + 1).strip();
        switch (kind) {
            case "NORMAL":
                return NORMAL;
            case "CLOSED_DAY_SELF_BAG":
                return CLOSED_DAY_SELF_BAG;
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

    /**
     * A number of yen read where it stands, as {@code Long.parseLong} reads the stripped field
     * (a sign, any Unicode digits); anything else, blank included, is {@code not-a-number}.
     */
    private static Validation<Problem, Yen> yen(String field, Fields f, int i) {
        int start = f.strippedFrom(i);
        try {
            return Yen.validate(field, Long.parseLong(f.text(i), start, f.strippedTo(i, start), 10));
        } catch (NumberFormatException e) {
            return Validation.invalid(Problem.of(GolfProblem.NOT_A_NUMBER, field).withFigure("value", f.get(i)));
        }
    }

    private static Validation<Problem, Option<Yen>> declared(Fields f, int i) {
        Validation<Problem, Yen> tax = yen("declared_tax", f, i);
        return tax.isValid() ? Validation.valid(Option.some(tax.get())) : Validation.invalid(tax.getError());
    }

    private static <E extends Enum<E>> Validation<Problem, E> enumValue(String field, Class<E> type, String text) {
        try {
            return Validation.valid(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            return Validation.invalid(unknown(field, type, text));
        }
    }

    private static Problem unknown(String field, Class<? extends Enum<?>> type, String text) {
        return Problem.of(GolfProblem.UNKNOWN_VALUE, field).withFigures("value", text, "known",
                io.vavr.collection.List.of(type.getEnumConstants()).map(Enum::name).mkString(", "));
    }
}
