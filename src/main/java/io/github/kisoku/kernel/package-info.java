/**
 * The shared kernel of kisoku (規則): money in whole yen, the legal basis of every rule and
 * figure with its confidence, effective-dated values, decisions with reasons, and typed input
 * problems.
 *
 * <p>The kernel depends on nothing but Vavr. Every type here is immutable and thread-safe.
 */
@NullMarked
package io.github.kisoku.kernel;

import org.jspecify.annotations.NullMarked;
