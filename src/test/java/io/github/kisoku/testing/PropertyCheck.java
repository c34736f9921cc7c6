package io.github.kisoku.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Reporter;

/**
 * Where every property of kisoku's tests starts: QuickTheories with a report that says how to
 * replay a failure.
 *
 * <p>A property runs {@value #DEFAULT_EXAMPLES} examples unless it names its own count, or the
 * system property {@code QT_EXAMPLES} sets another default (mutation runs set it to 50, see the
 * pom). The seed is new on every run unless {@code QT_SEED} fixes it. On a green run nothing is
 * printed. When a property fails, the assertion error names the smallest counter-example the
 * shrinker found, the seed, and the Maven command that re-runs that one test with that seed:
 *
 * <pre>{@code
 * mvn -q test -Dtest='YenTest#plusAndDifferenceAgree' -DQT_SEED=123456789
 * }</pre>
 */
public final class PropertyCheck {
    /** Examples per property when neither the property nor {@code QT_EXAMPLES} says otherwise. */
    public static final int DEFAULT_EXAMPLES = 1000;

    private PropertyCheck() {
    }

    /**
     * A theory with the default number of examples.
     *
     * @return the theory, ready for {@code forAll}
     */
    public static QuickTheory property() {
        return QuickTheory.qt().withReporter(new ReplayReporter());
    }

    /**
     * A theory with its own number of examples, kept whatever {@code QT_EXAMPLES} says: for the
     * properties whose examples are expensive or whose strength needs a set count.
     *
     * @param examples how many examples to try
     * @return the theory, ready for {@code forAll}
     */
    public static QuickTheory property(int examples) {
        return property().withExamples(examples);
    }

    /**
     * Turns a falsified property into an assertion error that says how to replay it. (QuickTheories
     * 0.26 spells the method {@code falisification}.)
     */
    static final class ReplayReporter implements Reporter {
        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
                AsString<Object> toString) {
            throw new AssertionError(report(seed, examplesUsed, smallest, "", examples, toString));
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                List<Object> examples, AsString<Object> toString) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            throw new AssertionError(report(seed, examplesUsed, smallest,
                    String.format("%nCause, for that counter-example:%n%s", trace), examples, toString), cause);
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            throw new AssertionError(String.format(
                    "Gave up after only %d example(s) met the property's assumptions; widen the generator",
                    completedExamples));
        }

        private static String report(long seed, int examplesUsed, Object smallest, String cause,
                List<Object> examples, AsString<Object> toString) {
            String others = examples.stream().limit(5).map(toString::asString)
                    .collect(Collectors.joining(System.lineSeparator() + "  "));
            return String.format("Property falsified after %d example(s).%n"
                    + "Smallest counter-example (shrunk):%n  %s%n"
                    + "Other counter-examples found while shrinking:%n  %s%n"
                    + "Seed: %d%n"
                    + "Re-run this test with the same seed:%n  %s%s",
                    examplesUsed, toString.asString(smallest), others.isEmpty() ? "(none)" : others, seed,
                    rerunCommand(seed), cause);
        }

        /** The command that replays the failing test: the outermost frame of a kisoku test. */
        static String rerunCommand(long seed) {
            Optional<StackWalker.StackFrame> test = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().startsWith("io.github.kisoku.")
                            && !f.getClassName().startsWith(PropertyCheck.class.getPackageName() + ".")
                            && !f.getMethodName().startsWith("lambda$"))
                    .reduce((inner, outer) -> outer));
            String selector = test.map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
                    + "#" + f.getMethodName()).orElse("<TestClass>#<method>");
            String examples = Optional.ofNullable(System.getProperty(Configuration.EXAMPLES))
                    .map(n -> " -D" + Configuration.EXAMPLES + "=" + n).orElse("");
            return "mvn -q test -Dtest='" + selector + "' -D" + Configuration.SEED + "=" + seed + examples;
        }
    }
}
