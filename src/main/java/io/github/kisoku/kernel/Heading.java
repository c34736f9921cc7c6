package io.github.kisoku.kernel;

/**
 * The headings of a decision written as text ({@link Decision#render(Language)}); their words are
 * the kernel bundle's {@code label.Heading.*}.
 */
enum Heading {
    /** The answer (判断). */
    VALUE,
    /** The weakest confidence of the reasons (確度). */
    CONFIDENCE,
    /** The rules that applied (理由). */
    REASONS,
    /** The rules that did not apply (適用しなかった規定). */
    NOT_APPLIED
}
