package io.github.kisoku.kernel;

/**
 * A value that says itself in words a person reads (表示), written from its domain's message
 * bundle: a blue ticket and its 反則金, a deadline and its last day. {@link Decision#render}
 * shows a described value in the language asked for; any other value as
 * {@link MessageBundle#plain(Object)} gives it. A value's {@code toString} stays the generated
 * one, for logs and debuggers.
 */
public interface Described {
    /** {@return the value in words, in Japanese and English} */
    Message describe();
}
