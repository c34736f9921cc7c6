package io.github.kisoku.kernel;

import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an input (入力の誤り): which field, of what kind (its stable code), and the
 * figures its words show. The words, in Japanese and English, are in the message bundle of the
 * problem's {@link ProblemKind}, with the field and figures in braces ({@link #message()}).
 *
 * <p>Problems are accumulated, never thrown one by one: a validation reports every problem of an
 * input at once (see {@link Validations}). Two problems are equal when their field, kind, variant
 * and figures are. Immutable and thread-safe; made with {@link #of(ProblemKind, String)}.
 *
 * @param field the field's name as the caller knows it, e.g. {@code birthDate} or {@code acts[2].date}
 * @param kind what is wrong
 * @param variant the variant its words are said in ({@code <key>#<variant>} in the bundle), if any
 * @param figures the figures its words show, the field as named where the problem arose first
 */
public record Problem(String field, ProblemKind kind, Option<String> variant, Figures figures) {

    /**
     * Checks the parts; prefer {@link #of(ProblemKind, String)}.
     *
     * @param field the field
     * @param kind the kind
     * @param variant the variant, if any
     * @param figures the figures
     */
    public Problem {
        Require.notBlank(field, "field");
        Require.nonNull(kind, "kind");
        Require.nonNull(variant, "variant");
        Require.nonNull(figures, "figures");
    }

    /**
     * A problem of a kind with a field. Its words come from the kind's bundle, which may show the
     * field as {@code {field}} and the figures added with {@link #withFigure}.
     *
     * @param kind the kind, e.g. {@link InputProblem#OUT_OF_RANGE}
     * @param field the field's name as the caller knows it, e.g. {@code birthDate} or {@code acts[2].date}
     * @return the problem
     */
    public static Problem of(@Nullable ProblemKind kind, @Nullable String field) {
        if (kind == null || field == null || field.isBlank()) {
            // A problem about a problem must still not become a NullPointerException.
            String shown = field == null || field.isBlank() ? "(field)" : field;
            return of(InputProblem.INTERNAL, shown);
        }
        return new Problem(field, kind, Option.none(), Figures.none().and("field", field));
    }

    /**
     * The standard problem for a missing value.
     *
     * @param field the field's name
     * @return a problem with code {@code required}
     */
    public static Problem required(String field) {
        return of(InputProblem.REQUIRED, field);
    }

    /**
     * The same problem with one more figure its words show, e.g. {@code ("value", 42)}.
     *
     * @param name the figure's name
     * @param value the figure, immutable; shown as the bundle shows figures (see {@link MessageBundle})
     * @return a new problem
     */
    public Problem withFigure(String name, Object value) {
        return new Problem(field, kind, variant, figures.and(name, value));
    }

    /**
     * The same problem with two more figures, in order; the same as two calls of {@link #withFigure}.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @return a new problem
     */
    public Problem withFigures(String name1, Object value1, String name2, Object value2) {
        return withFigure(name1, value1).withFigure(name2, value2);
    }

    /**
     * The same problem said in one of its kind's variants, under {@code <key>#<variant>}.
     *
     * @param variant the variant, e.g. {@code open}
     * @return a new problem
     */
    public Problem variant(String variant) {
        return new Problem(field, kind, Option.some(Require.notBlank(variant, "variant")), figures);
    }

    /**
     * Where the problem's words are: its kind and the key in the kind's bundle.
     *
     * @return the kind and the key
     */
    public io.vavr.Tuple2<ProblemKind, String> words() {
        return io.vavr.Tuple.of(kind, key());
    }

    private String key() {
        return variant.isEmpty() ? kind.key() : kind.key() + "#" + variant.get();
    }

    /** {@return the stable code, e.g. {@code required}} */
    public String code() {
        return kind.code();
    }

    /** {@return what is wrong, in Japanese and English, from the kind's bundle} */
    public Message message() {
        String key = key();
        return Message.of(kind.words().render(Language.JA, key, figures), kind.words().render(Language.EN, key, figures));
    }

    /**
     * The same problem for a field nested in another, e.g. {@code date} inside {@code acts[2]}.
     *
     * @param parent the enclosing field's name
     * @return the problem with its field name prefixed
     */
    public Problem within(String parent) {
        // the words keep the field as it was named where the problem arose
        return new Problem(parent + "." + field, kind, variant, figures);
    }

    /**
     * The same problem about a field of another name, e.g. the domain's {@code date} as a case's
     * {@code offenceDate}.
     *
     * @param other the field's name as the caller knows it
     * @return the problem with that field; its words keep the field as it was named where it arose
     */
    public Problem at(String other) {
        return new Problem(Require.notBlank(other, "field"), kind, variant, figures);
    }
}
