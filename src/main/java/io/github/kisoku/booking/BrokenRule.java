package io.github.kisoku.booking;

import io.github.kisoku.kernel.Reason;

/**
 * One broken rule: its code and its reason with basis and figures. Immutable and thread-safe.
 *
 * @param code the stable code
 * @param reason the rule and what it says about the case
 */
public record BrokenRule(RefusalCode code, Reason reason) {
}
