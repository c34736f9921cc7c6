package io.github.kisoku.cli;

import io.vavr.collection.Seq;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * What every command is given: standard streams and the case handlers.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param handlers the case handlers of the contract
 */
record Io(InputStream in, PrintStream out, PrintStream err, Seq<CaseHandler> handlers) {
}
