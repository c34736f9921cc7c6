package io.github.kisoku.golftax;

import io.github.kisoku.kernel.Yen;
import io.vavr.control.Option;

/**
 * One parsed row of a visits file: its line number, the visit and the tax the course declared
 * for it, if the file says. Immutable and thread-safe.
 *
 * @param line the line number in the file, 1 for the header
 * @param visit the visit
 * @param declaredTax the tax declared for it, if any
 */
public record VisitRow(int line, Visit visit, Option<Yen> declaredTax) {
}
