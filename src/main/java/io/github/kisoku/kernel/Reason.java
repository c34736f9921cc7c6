package io.github.kisoku.kernel;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.function.Supplier;

/**
 * One step of a decision's reasoning (理由): which rule was applied or checked, its legal basis,
 * what it says about this case in Japanese and English, and the figures it used.
 *
 * <p>The same type states why a rule applied (in {@link Decision#reasons()}) and why a rule
 * that was checked did not (in {@link Decision#notApplied()}). Immutable and thread-safe.
 */
public final class Reason {
    private static final Object[] NO_FIGURES = {};

    private final String rule;
    private final LegalBasis basis;
    private final Message message;
    // Names and values, alternating; values are shown with String.valueOf when the figures are read.
    private final Object[] figures;

    private Reason(String rule, LegalBasis basis, Message message, Object[] figures) {
        this.rule = rule;
        this.basis = basis;
        this.message = message;
        this.figures = figures;
    }

    /**
     * A reason.
     *
     * @param rule the rule's stable id, e.g. {@code bicycle.amount}
     * @param basis the rule's legal basis
     * @param ja what the rule says about the case, in Japanese
     * @param en the same in English
     * @return the reason, with no figures yet
     */
    public static Reason of(String rule, LegalBasis basis, String ja, String en) {
        return of(rule, basis, Message.of(ja, en));
    }

    /**
     * A reason with a message, e.g. one written only when read ({@link Message#lazy}).
     *
     * @param rule the rule's stable id, e.g. {@code bicycle.amount}
     * @param basis the rule's legal basis
     * @param message what the rule says about the case
     * @return the reason, with no figures yet
     */
    public static Reason of(String rule, LegalBasis basis, Message message) {
        return new Reason(Require.notBlank(rule, "rule"), Require.nonNull(basis, "basis"),
                Require.nonNull(message, "message"), NO_FIGURES);
    }

    /**
     * A reason whose texts are written only when read (see {@link Message#lazy}): what most
     * rules give, since most callers read the answer and not every reason.
     *
     * @param rule the rule's stable id, e.g. {@code bicycle.amount}
     * @param basis the rule's legal basis
     * @param ja writes what the rule says about the case, in Japanese
     * @param en writes the same in English
     * @return the reason, with no figures yet
     */
    public static Reason lazy(String rule, LegalBasis basis, Supplier<String> ja, Supplier<String> en) {
        return of(rule, basis, Message.lazy(ja, en));
    }

    /**
     * The same reason with one more figure it used, e.g. {@code ("amount", "12,000円")}.
     *
     * @param name the figure's name
     * @param value the figure, immutable; it is shown as {@code String.valueOf(value)} when read
     * @return a new reason
     */
    public Reason withFigure(String name, Object value) {
        Require.notBlank(name, "figure name");
        Require.nonNull(value, name);
        Object[] more = java.util.Arrays.copyOf(figures, figures.length + 2);
        more[figures.length] = name;
        more[figures.length + 1] = value;
        return new Reason(rule, basis, message, more);
    }

    /** {@return the rule's stable id} */
    public String rule() {
        return rule;
    }

    /** {@return the rule's legal basis and its confidence} */
    public LegalBasis basis() {
        return basis;
    }

    /** {@return what the rule says about the case} */
    public Message message() {
        return message;
    }

    /** {@return the figures the rule used, in the order given} */
    public Map<String, String> figures() {
        LinkedHashMap<String, String> shown = LinkedHashMap.empty();
        for (int i = 0; i < figures.length; i += 2) {
            shown = shown.put((String) figures[i], String.valueOf(figures[i + 1]));
        }
        return shown;
    }

    /**
     * The reason as one line in a language, with its basis and confidence.
     *
     * @param language the language
     * @return the line
     */
    public String render(Language language) {
        Confidence c = basis.confidence();
        String label = language == Language.JA ? c.ja() : c.en();
        String figs = figures.length == 0 ? ""
                : figures().map(f -> f._1 + "=" + f._2).mkString(" {", ", ", "}");
        return message.in(language) + " — " + basis.cite() + " [" + label + "]" + figs;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Reason)) {
            return false;
        }
        Reason r = (Reason) o;
        return r.rule.equals(rule) && r.basis.equals(basis) && r.message.equals(message)
                && r.figures().equals(figures());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rule, basis, message, figures());
    }

    @Override
    public String toString() {
        return rule + ": " + render(Language.EN);
    }
}
