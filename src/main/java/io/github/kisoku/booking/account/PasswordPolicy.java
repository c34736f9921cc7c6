package io.github.kisoku.booking.account;

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

    /** A character class. */
    public enum CharClass {
        /** 半角英小文字. */
        LOWER("英小文字", "lower-case letter"),
        /** 半角英大文字. */
        UPPER("英大文字", "upper-case letter"),
        /** 半角数字. */
        DIGIT("数字", "digit"),
        /** 使える記号. */
        SYMBOL("記号", "symbol");

        private final String ja;
        private final String en;

        CharClass(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }

        /** {@return the Japanese name} */
        public String ja() {
            return ja;
        }

        /** {@return the English name} */
        public String en() {
            return en;
        }
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
                String kind = Character.isWhitespace(raw.charAt(i)) ? "空白" : raw.charAt(i) > 0x7f ? "全角・非ASCII文字"
                        : "使えない記号";
                problems = problems.append(Problem.of("password[" + (i + 1) + "]", "char-not-allowed",
                        (i + 1) + "文字目に使えない文字（" + kind + "）があります。使える記号: " + SYMBOLS,
                        "character " + (i + 1) + " is not allowed; allowed symbols: " + SYMBOLS));
            } else {
                classes = classes.append(cls.get());
            }
        }
        List<CharClass> used = classes.distinct().sorted();
        if (used.size() < MIN_CLASSES) {
            problems = problems.append(Problem.of("password", "too-few-classes",
                    "英小文字・英大文字・数字・記号のうち3種類以上を含めてください（現在 " + used.size() + " 種類: "
                            + used.map(CharClass::ja).mkString("・") + "）",
                    "use at least 3 of lower-case, upper-case, digits and symbols (now " + used.size() + ": "
                            + used.map(CharClass::en).mkString(", ") + ")"));
        }
        return problems.isEmpty() ? Validation.valid(used) : Validation.invalid(problems);
    }
}
