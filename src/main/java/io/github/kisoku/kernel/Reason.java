package io.github.kisoku.kernel;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.jspecify.annotations.Nullable;

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
    // Who says it: the rule, whose bundle has the words under its id, or a Variant for a key of its
    // own. One field for the two keeps a reason small: a decision carries about ten.
    private final Object saying;
    // The words, written from the bundle when first read (a race writes two equal ones).
    private @Nullable Message message;
    // Names and values, alternating; values are shown with String.valueOf when the figures are read.
    private final Object[] figures;

    /** A rule's words under a key of its own: {@code <rule id>#<variant>}. */
    private record Variant(Rule rule, String name) {
        // Joined when the words are read, not when the reason is made: most reasons are never read.
        String key() {
            return rule.id() + "#" + name;
        }
    }

    private Reason(String rule, LegalBasis basis, Object saying, Object[] figures) {
        this.rule = rule;
        this.basis = basis;
        this.saying = saying;
        this.figures = figures;
    }

    /**
     * A reason of a rule, citing the rule's own basis. Its words come from the rule's bundle, under
     * the rule's id, when the reason is read.
     *
     * @param rule the rule
     * @return the reason, with no figures yet
     */
    public static Reason of(Rule rule) {
        return of(rule, Require.nonNull(rule, "rule").basis());
    }

    /**
     * A reason of a rule, citing a basis of its own (a figure's source, a setting, a ruling).
     *
     * @param rule the rule
     * @param basis the legal basis this reason cites
     * @return the reason, with no figures yet
     */
    public static Reason of(Rule rule, LegalBasis basis) {
        String id = Require.notBlank(Require.nonNull(rule, "rule").id(), "rule");
        return new Reason(id, Require.nonNull(basis, "basis"), rule, NO_FIGURES);
    }

    /**
     * A reason of a rule citing a basis of its own, with one figure: the same as
     * {@code of(rule, basis).withFigure(name, value)}, made as one object (decisions are hot).
     *
     * @param rule the rule
     * @param basis the legal basis this reason cites
     * @param name the figure's name
     * @param value the figure
     * @return the reason
     */
    public static Reason of(Rule rule, LegalBasis basis, String name, Object value) {
        return of(rule, basis, new Object[] {name, value});
    }

    /**
     * A reason of a rule citing a basis of its own, with two figures, in order.
     *
     * @param rule the rule
     * @param basis the legal basis this reason cites
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @return the reason
     */
    public static Reason of(Rule rule, LegalBasis basis, String name1, Object value1, String name2, Object value2) {
        return of(rule, basis, new Object[] {name1, value1, name2, value2});
    }

    /**
     * A reason of a rule citing a basis of its own, with three figures, in order.
     *
     * @param rule the rule
     * @param basis the legal basis this reason cites
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @param name3 the third figure's name
     * @param value3 the third figure
     * @return the reason
     */
    public static Reason of(Rule rule, LegalBasis basis, String name1, Object value1, String name2, Object value2,
            String name3, Object value3) {
        return of(rule, basis, new Object[] {name1, value1, name2, value2, name3, value3});
    }

    private static Reason of(Rule rule, LegalBasis basis, Object[] figures) {
        String id = Require.notBlank(Require.nonNull(rule, "rule").id(), "rule");
        checkFigures(figures);
        return new Reason(id, Require.nonNull(basis, "basis"), rule, figures);
    }

    private static void checkFigures(Object[] namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = Require.notBlank((String) namesAndValues[i], "figure name");
            Require.nonNull(namesAndValues[i + 1], name);
        }
    }

    /**
     * The same reason said in one of the rule's variants: its words are under
     * {@code <rule id>#<variant>} in the bundle (e.g. {@code booking.login.locked#until}).
     *
     * @param variant the variant, e.g. {@code until}
     * @return a new reason
     */
    public Reason variant(String variant) {
        Require.notBlank(variant, "variant");
        return new Reason(rule, basis, new Variant(said(), variant), figures);
    }

    private Rule said() {
        return saying instanceof Variant v ? v.rule() : (Rule) saying;
    }

    private String key() {
        return saying instanceof Variant v ? v.key() : rule;
    }

    /**
     * Where the reason's words are: its rule and the key in the rule's bundle ({@code <rule id>}
     * or {@code <rule id>#<variant>}).
     *
     * @return the rule and the key
     */
    public io.vavr.Tuple2<Rule, String> words() {
        return io.vavr.Tuple.of(said(), key());
    }

    /**
     * The same reason with one more figure it used, e.g. {@code ("amount", "12,000円")}.
     *
     * @param name the figure's name
     * @param value the figure, immutable; it is shown as {@code String.valueOf(value)} when read
     * @return a new reason
     */
    public Reason withFigure(String name, Object value) {
        return new Reason(rule, basis, saying, more(name, value));
    }

    /**
     * The same reason with two more figures, in order; the same as two calls of
     * {@link #withFigure}, as {@code Map.of} is to two puts.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @return a new reason
     */
    public Reason withFigures(String name1, Object value1, String name2, Object value2) {
        return new Reason(rule, basis, saying,
                more(name1, value1, name2, value2));
    }

    /**
     * The same reason with three more figures, in order; the same as three calls of
     * {@link #withFigure}.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @param name3 the third figure's name
     * @param value3 the third figure
     * @return a new reason
     */
    public Reason withFigures(String name1, Object value1, String name2, Object value2, String name3,
            Object value3) {
        return new Reason(rule, basis, saying,
                more(name1, value1, name2, value2, name3, value3));
    }

    // One copy of the figures however many are added: a decision's reasons carry two or three each.
    private Object[] more(Object... namesAndValues) {
        checkFigures(namesAndValues);
        if (figures.length == 0) {
            return namesAndValues;
        }
        Object[] all = java.util.Arrays.copyOf(figures, figures.length + namesAndValues.length);
        System.arraycopy(namesAndValues, 0, all, figures.length, namesAndValues.length);
        return all;
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
        Message m = message;
        if (m == null) {
            MessageBundle words = said().words();
            String key = key();
            m = Message.of(words.render(Language.JA, key, figures), words.render(Language.EN, key, figures));
            message = m;
        }
        return m;
    }

    /**
     * The figures the rule used, in the order given, each as plain text: a lazy figure computed,
     * a list's items joined by commas, a message or phrase in Japanese beside English as
     * {@code toString} shows it.
     *
     * @return the figures by name
     */
    public Map<String, String> figures() {
        LinkedHashMap<String, String> shown = LinkedHashMap.empty();
        for (int i = 0; i < figures.length; i += 2) {
            shown = shown.put((String) figures[i], MessageBundle.plain(figures[i + 1]));
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
        return message().in(language) + " — " + basis.cite() + " [" + label + "]" + figs;
    }

    // Hand-written, not generated by Immutables: a reason keeps its figures in an array and its words unwritten until read, which a generated
    // value would copy or write up front; a decision makes about ten.
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Reason)) {
            return false;
        }
        Reason r = (Reason) o;
        return r.rule.equals(rule) && r.basis.equals(basis) && r.message().equals(message())
                && r.figures().equals(figures());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rule, basis, message(), figures());
    }

    @Override
    public String toString() {
        return rule + ": " + render(Language.EN);
    }
}
