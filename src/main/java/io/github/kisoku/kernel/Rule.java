package io.github.kisoku.kernel;

/**
 * A rule of a domain (規則): what a {@link Reason} says applied or did not apply. Each domain names
 * its rules in an enum that implements this interface, one constant per rule, whose Javadoc cites
 * the article; the constant carries the rule's stable id (the JSON contract, e.g.
 * {@code booking.login.failures}), its usual legal basis and the message bundle that holds its
 * words.
 *
 * <p>A rule holds no words itself: the bundle does, keyed by the rule's id (and a variant), so a
 * sentence can be changed, or a language added, without opening the rule.
 */
public interface Rule {
    /** {@return the rule's stable id, e.g. {@code booking.login.failures}} */
    String id();

    /** {@return the rule's usual legal basis; a reason may cite a more specific one} */
    LegalBasis basis();

    /** {@return the bundle that holds the rule's words in every language} */
    MessageBundle words();
}
