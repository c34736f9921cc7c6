package io.github.kisoku.kernel;

/**
 * One thing wrong with an input (入力の誤り): which field, a stable machine-readable code, and
 * what is wrong in words a clerk understands, in Japanese and English.
 *
 * <p>Problems are accumulated, never thrown one by one: a validation reports every problem of an
 * input at once (see {@link Validations}). Immutable and thread-safe.
 */
public final class Problem {
    private final String field;
    private final String code;
    private final Message message;

    private Problem(String field, String code, Message message) {
        this.field = field;
        this.code = code;
        this.message = message;
    }

    /**
     * A problem with a field.
     *
     * @param field the field's name as the caller knows it, e.g. {@code birthDate} or {@code acts[2].date}
     * @param code a stable code such as {@code required}, {@code out-of-range}, {@code unknown-id}
     * @param ja what is wrong, in Japanese
     * @param en what is wrong, in English
     * @return the problem
     */
    public static Problem of(String field, String code, String ja, String en) {
        if (field == null || field.isBlank() || code == null || code.isBlank()) {
            // A problem about a problem must still not become a NullPointerException.
            return new Problem(field == null || field.isBlank() ? "(field)" : field, "internal",
                    Message.of("問題の記述が不完全です", "a problem was reported without its field or code"));
        }
        return new Problem(field, code, Message.of(ja, en));
    }

    /**
     * The standard problem for a missing value.
     *
     * @param field the field's name
     * @return a problem with code {@code required}
     */
    public static Problem required(String field) {
        return of(field, "required", field + " は必須です", field + " is required");
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
        return message;
    }

    /**
     * The same problem for a field nested in another, e.g. {@code date} inside {@code acts[2]}.
     *
     * @param parent the enclosing field's name
     * @return the problem with its field name prefixed
     */
    public Problem within(String parent) {
        return new Problem(parent + "." + field, code, message);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Problem)) {
            return false;
        }
        Problem p = (Problem) o;
        return p.field.equals(field) && p.code.equals(code) && p.message.equals(message);
    }

    @Override
    public int hashCode() {
        return (field.hashCode() * 31 + code.hashCode()) * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return field + " [" + code + "]: " + message;
    }
}
