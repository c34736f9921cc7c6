package io.github.kisoku.cli;

import io.github.kisoku.kernel.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Answers one type of case of the JSON contract, e.g. {@code bicycle.fine}. */
interface CaseHandler {
    /** The case type, as in the {@code "type"} field. */
    String type();

    /**
     * Reads the case's fields (every one through the reader, so unknown ones are reported) and
     * answers it, or returns every problem of the case.
     */
    Validation<Seq<Problem>, Answer> answer(CaseReader fields);
}
