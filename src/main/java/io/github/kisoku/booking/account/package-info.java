/**
 * Accounts of the booking system: the password policy (3 of 4 character classes, the listed
 * symbols, old-system passwords valid until changed), the lock-out after 6 consecutive failures,
 * and the renewal of a group's registration (+3 years new, +2 old, both readings shown, apply 1–2
 * weeks ahead, an optional 4-month warning). Source: the manual §1, CONFIRMED; the lock time and
 * the counter's reset are not published and are caller-supplied or interpretations.
 */
@NullMarked
package io.github.kisoku.booking.account;

import org.jspecify.annotations.NullMarked;
