package io.github.kisoku.booking.account;

import io.github.kisoku.booking.BookingProblem;
import io.github.kisoku.kernel.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The new system's password rule (manual §1, CONFIRMED): half-width lower-case letters,
 * upper-case letters, digits and the listed symbols {@value #SYMBOLS}, at least 3 of these 4
 * classes. Any other character is refused with its position (1-based), never echoing it. The
 * manual prints the brackets as {@code [ ]}; the space between them is read as typesetting, not an
 * allowed character (interpretation). No minimum length is published, so none is imposed. NIST SP
 * 800-63B advises against composition rules; this is the city's rule and is modelled as such.
 */
public final class PasswordPolicy {
    /** The symbols the manual lists (使える記号). */
    public static final String SYMBOLS = "!@#$%^&*()-_=[]{|};:,.?";
    /** At least this many of the four classes. */
    public static final int MIN_CLASSES = 3;

    /** A character class; its names are the booking bundle's {@code label.CharClass.*}. */
    public enum CharClass {
        /** 半角英小文字. */
        LOWER,
        /** 半角英大文字. */
        UPPER,
        /** 半角数字. */
        DIGIT,
        /** 使える記号. */
        SYMBOL
    }

    /** What a character that is not allowed is; its names are the booking bundle's {@code label.NotAllowed.*}. */
    enum NotAllowed {
        /** A space of any width. */
        SPACE,
        /** A full-width or other non-ASCII character. */
        NON_ASCII,
        /** An ASCII symbol outside the allowed ones. */
        SYMBOL
    }

    private PasswordPolicy() {
    }

    /**
     * The class of a character, if it is allowed.
     *
     * @param c the character
     * @return its class, or none when not allowed
     */
    public static io.vavr.control.Option<CharClass> classOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return io.vavr.control.Option.of(CharClass.LOWER);
        }
        if (c >= 'A' && c <= 'Z') {
            return io.vavr.control.Option.of(CharClass.UPPER);
        }
        if (c >= '0' && c <= '9') {
            return io.vavr.control.Option.of(CharClass.DIGIT);
        }
        return SYMBOLS.indexOf(c) >= 0 ? io.vavr.control.Option.of(CharClass.SYMBOL) : io.vavr.control.Option.none();
    }

    /**
     * Checks a new password, reporting every problem: each character not allowed with its
     * position, and too few classes.
     *
     * @param raw the password as typed
     * @return the classes it uses, or every problem
     */
    public static Validation<Seq<Problem>, List<CharClass>> check(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Validation.invalid(List.of(Problem.required("password")));
        }
        List<Problem> problems = List.empty();
        List<CharClass> classes = List.empty();
        for (int i = 0; i < raw.length(); i++) {
            io.vavr.control.Option<CharClass> cls = classOf(raw.charAt(i));
            if (cls.isEmpty()) {
                NotAllowed kind = Character.isWhitespace(raw.charAt(i)) ? NotAllowed.SPACE
                        : raw.charAt(i) > 0x7f ? NotAllowed.NON_ASCII : NotAllowed.SYMBOL;
                problems = problems.append(Problem.of(BookingProblem.CHAR_NOT_ALLOWED, "password[" + (i + 1) + "]")
                        .withFigures("position", i + 1, "character", kind).withFigure("symbols", SYMBOLS));
            } else {
                classes = classes.append(cls.get());
            }
        }
        List<CharClass> used = classes.distinct().sorted();
        if (used.size() < MIN_CLASSES) {
            problems = problems.append(Problem.of(BookingProblem.TOO_FEW_CLASSES, "password")
                    .withFigures("minimum", MIN_CLASSES, "count", used.size()).withFigure("classes", used));
        }
        return problems.isEmpty() ? Validation.valid(used) : Validation.invalid(problems);
    }
}
