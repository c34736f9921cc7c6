package io.github.kisoku.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Thrown by a throwing factory (such as {@link Yen#of(long)}) when its input is invalid. It
 * carries every {@link Problem} found, not just the first.
 */
public final class InvalidInputException extends KisokuException {
    private static final long serialVersionUID = 1L;

    /** Problems are immutable; the exception is not serialised in practice. */
    private final transient List<Problem> problems;

    private InvalidInputException(List<Problem> problems) {
        super(problems.map(InvalidInputException::line).mkString("invalid input: ", "; ", ""));
        this.problems = problems;
    }

    // A log line for the problem: field, code and words in both languages.
    private static String line(Problem p) {
        Message m = p.message();
        return p.field() + " [" + p.code() + "]: " + m.ja() + " / " + m.en();
    }

    /**
     * An exception for the given problems.
     *
     * @param problems every problem found; at least one
     * @return the exception, to be thrown
     */
    public static InvalidInputException of(Seq<Problem> problems) {
        List<Problem> list = problems.toList();
        return new InvalidInputException(list.isEmpty()
                ? List.of(Problem.of(InputProblem.INVALID, "(input)"))
                : list);
    }

    /** {@return every problem found, in the order found} */
    public List<Problem> problems() {
        return problems;
    }
}
