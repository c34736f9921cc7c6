/**
 * The golf tax's file formats (ファイル形式): {@link io.github.kisoku.golftax.io.VisitCsv}, a
 * course's visits as comma-separated text. A format is not a rule: it reads the inputs of
 * {@link io.github.kisoku.golftax} and reports every problem of a row by its line.
 */
@NullMarked
package io.github.kisoku.golftax.io;

import org.jspecify.annotations.NullMarked;
