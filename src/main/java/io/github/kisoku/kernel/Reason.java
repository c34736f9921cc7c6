package io.github.kisoku.kernel;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;

/**
 * One step of a decision's reasoning (理由): which rule was applied or checked, its legal basis,
 * and the figures it used. Its words, in Japanese and English, come from the rule's message
 * bundle when the reason is read ({@link #message()}).
 *
 * <p>The same type states why a rule applied (in {@link Decision#reasons()}) and why a rule
 * that was checked did not (in {@link Decision#notApplied()}). Two reasons are equal when they
 * name the same rule, variant, basis and figures. Immutable and thread-safe; made with
 * {@link #of(Rule)} and its overloads, then {@link #variant(String)} and {@link #withFigure}.
 *
 * @param rule the rule applied or checked
 * @param variant the variant its words are said in ({@code <rule id>#<variant>} in the bundle), if any
 * @param basis the legal basis this reason cites: the rule's own, or a figure's source or a setting
 * @param figures the figures the rule used, in order
 */
public record Reason(Rule rule, Option<String> variant, LegalBasis basis, Figures figures) {

    /**
     * Checks the parts; prefer {@link #of(Rule)} and its overloads.
     *
     * @param rule the rule
     * @param variant its variant, if any
     * @param basis the basis cited
     * @param figures the figures
     */
    public Reason {
        Require.notBlank(Require.nonNull(rule, "rule").id(), "rule");
        Require.nonNull(variant, "variant");
        Require.nonNull(basis, "basis");
        Require.nonNull(figures, "figures");
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
        return new Reason(rule, Option.none(), basis, Figures.none());
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
        return new Reason(rule, Option.none(), basis, Figures.of(name, value));
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
        return new Reason(rule, Option.none(), basis, Figures.of(name1, value1, name2, value2));
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
        return new Reason(rule, Option.none(), basis, Figures.of(name1, value1, name2, value2, name3, value3));
    }

    /**
     * The same reason said in one of the rule's variants: its words are under
     * {@code <rule id>#<variant>} in the bundle (e.g. {@code booking.login.locked#until}).
     *
     * @param variant the variant, e.g. {@code until}
     * @return a new reason
     */
    public Reason variant(String variant) {
        return new Reason(rule, Option.some(Require.notBlank(variant, "variant")), basis, figures);
    }

    /**
     * Where the reason's words are: its rule and the key in the rule's bundle ({@code <rule id>}
     * or {@code <rule id>#<variant>}).
     *
     * @return the rule and the key
     */
    public Tuple2<Rule, String> words() {
        return Tuple.of(rule, key());
    }

    // Joined when the words are read, not when the reason is made: most reasons are never read.
    private String key() {
        return variant.isEmpty() ? rule.id() : rule.id() + "#" + variant.get();
    }

    /**
     * The same reason with one more figure it used, e.g. {@code ("amount", Yen.of(12000))}.
     *
     * @param name the figure's name
     * @param value the figure, immutable; the bundle shows it when the reason is read
     * @return a new reason
     */
    public Reason withFigure(String name, Object value) {
        return new Reason(rule, variant, basis, figures.and(name, value));
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
        return new Reason(rule, variant, basis, figures.isEmpty() ? Figures.of(name1, value1, name2, value2)
                : figures.and(name1, value1).and(name2, value2));
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
        return new Reason(rule, variant, basis, figures.isEmpty() ? Figures.of(name1, value1, name2, value2, name3, value3)
                : figures.and(name1, value1).and(name2, value2).and(name3, value3));
    }

    /** {@return the rule's stable id, e.g. {@code golftax.exempt.under-18}} */
    public String id() {
        return rule.id();
    }

    /** {@return what the rule says about the case, in Japanese and English, from its bundle} */
    public Message message() {
        MessageBundle words = rule.words();
        String key = key();
        return Message.of(words.render(Language.JA, key, figures), words.render(Language.EN, key, figures));
    }

    /**
     * The reason as one line in a language, with its basis and confidence.
     *
     * @param language the language
     * @return the line
     */
    public String render(Language language) {
        Confidence c = basis.confidence();
        String label = MessageBundle.kernel().label(c).in(language);
        String figs = figures.isEmpty() ? ""
                : figures.shown().map(f -> f._1 + "=" + f._2).mkString(" {", ", ", "}");
        return rule.words().render(language, key(), figures) + " — " + basis.cite() + " [" + label + "]" + figs;
    }
}
