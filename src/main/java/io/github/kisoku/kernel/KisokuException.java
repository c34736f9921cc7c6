package io.github.kisoku.kernel;

/**
 * The one family of exceptions that kisoku throws. Methods that can fail on bad input have a
 * variant that returns a Vavr {@code Validation} instead; the throwing variants are for callers
 * who have already validated.
 */
public abstract class KisokuException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message the message, in English with the Japanese term where useful
     */
    protected KisokuException(String message) {
        super(message);
    }
}
