package io.github.kisoku.kernel;

/**
 * A kind of problem an input can have (入力の誤りの種類): its stable code and where its words are.
 * Each domain names its kinds in an enum that implements this interface; the words are in the
 * domain's message bundle under the kind's key, with the field and the figures in braces
 * ({@code {field} は必須です}).
 *
 * <p>Two kinds may share a code (the JSON contract, e.g. {@code out-of-range}) and say it
 * differently: the key tells them apart.
 */
public interface ProblemKind {
    /** {@return the stable code, e.g. {@code out-of-range}} */
    String code();

    /** {@return the key of the kind's words in its bundle, e.g. {@code problem.golftax.grade}} */
    String key();

    /** {@return the bundle that holds the kind's words in every language} */
    MessageBundle words();
}
