package io.github.kisoku.kernel;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an input (入力の誤り): which field, a stable machine-readable code, and
 * what is wrong in words a clerk understands, in Japanese and English. The words are in the
 * message bundle of the problem's {@link ProblemKind}, with the field and figures in braces.
 *
 * <p>Problems are accumulated, never thrown one by one: a validation reports every problem of an
 * input at once (see {@link Validations}). Immutable and thread-safe.
 */
public final class Problem {
    private final String field;
    private final String code;
    // The words, written from the kind's bundle under `key` when first read.
    private @Nullable Message message;
    private final ProblemKind kind;
    private final String key;
    // Names and values, alternating; the first pair is the field as named when the problem arose.
    private final Object[] figures;

    private Problem(String field, String code, @Nullable Message message, ProblemKind kind, String key,
            Object[] figures) {
        this.field = field;
        this.code = code;
        this.message = message;
        this.kind = kind;
        this.key = key;
        this.figures = figures;
    }

    /**
     * A problem of a kind with a field. Its words come from the kind's bundle, which may show the
     * field as {@code {field}} and the figures added with {@link #withFigure}.
     *
     * @param kind the kind, e.g. {@link InputProblem#OUT_OF_RANGE}
     * @param field the field's name as the caller knows it, e.g. {@code birthDate} or {@code acts[2].date}
     * @return the problem
     */
    public static Problem of(ProblemKind kind, String field) {
        if (kind == null || field == null || field.isBlank()) {
            // A problem about a problem must still not become a NullPointerException.
            String shown = field == null || field.isBlank() ? "(field)" : field;
            return of(InputProblem.INTERNAL, shown);
        }
        return new Problem(field, kind.code(), null, kind, kind.key(), new Object[] {"field", field});
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
        Object[] all = java.util.Arrays.copyOf(figures, figures.length + 2);
        all[figures.length] = Require.notBlank(name, "figure name");
        all[figures.length + 1] = Require.nonNull(value, name);
        return new Problem(field, code, null, kind, key, all);
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
        Require.notBlank(variant, "variant");
        return new Problem(field, code, null, kind, kind.key() + "#" + variant, figures);
    }

    /**
     * Where the problem's words are: its kind and the key in the kind's bundle.
     *
     * @return the kind and the key
     */
    public io.vavr.Tuple2<ProblemKind, String> words() {
        return io.vavr.Tuple.of(kind, key);
    }

    /** {@return the figures the words show, the field first, in the order given} */
    public io.vavr.collection.Map<String, String> figures() {
        io.vavr.collection.Map<String, String> shown = io.vavr.collection.LinkedHashMap.empty();
        for (int i = 0; i < figures.length; i += 2) {
            shown = shown.put((String) figures[i], MessageBundle.plain(figures[i + 1]));
        }
        return shown;
    }

    /** {@return the field's name, e.g. {@code birthDate}} */
    public String field() {
        return field;
    }

    /** {@return the stable code, e.g. {@code required}} */
    public String code() {
        return code;
    }

    /** {@return what is wrong, in Japanese and English} */
    public Message message() {
        Message m = message;
        if (m == null) {
            m = Message.of(kind.words().render(Language.JA, key, figures), kind.words().render(Language.EN, key, figures));
            message = m;
        }
        return m;
    }

    /**
     * The same problem for a field nested in another, e.g. {@code date} inside {@code acts[2]}.
     *
     * @param parent the enclosing field's name
     * @return the problem with its field name prefixed
     */
    public Problem within(String parent) {
        // the words keep the field as it was named where the problem arose
        return new Problem(parent + "." + field, code, message, kind, key, figures);
    }

    /**
     * The same problem about a field of another name, e.g. the domain's {@code date} as a case's
     * {@code offenceDate}.
     *
     * @param other the field's name as the caller knows it
     * @return the problem with that field; its words keep the field as it was named where it arose
     */
    public Problem at(String other) {
        return new Problem(Require.notBlank(other, "field"), code, message, kind, key, figures);
    }

    // Hand-written, not generated by Immutables: a problem keeps its figures in an array and its words unwritten until read, like a
    // reason; it is equal to another when the field, the code and the words are.
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Problem)) {
            return false;
        }
        Problem p = (Problem) o;
        return p.field.equals(field) && p.code.equals(code) && p.message().equals(message());
    }

    @Override
    public int hashCode() {
        return (field.hashCode() * 31 + code.hashCode()) * 31 + message().hashCode();
    }

    @Override
    public String toString() {
        return field + " [" + code + "]: " + message();
    }
}
