/**
 * kisoku (規則): Japanese public rules as code, every answer with its legal basis.
 *
 * <p>Only the rule packages are exported; everything else a package holds is package-private
 * by design. Vavr is the collection and result vocabulary of the API, so it is required
 * transitively. Immutables is compile-time only ({@code requires static}); JSpecify too, but
 * transitively, because its {@code @NullMarked}/{@code @Nullable} are part of the API's types.
 *
 * <p>The command line ({@code io.github.kisoku.cli}) is not API and is not exported. Its
 * picocli, Jackson and Commons CSV are optional Maven dependencies, so they are
 * {@code requires static} here: library users never get them. The executable
 * {@code kisoku-cli.jar} runs from the class path with them shaded in; picocli reaches the
 * commands by reflection, hence the {@code opens}. The HTTP server ({@code io.github.kisoku.server},
 * {@code kisoku serve}) is not API either; its Javalin and Jetty are optional the same way.
 */
// Immutables ships as an automatic module (no module-info, only Automatic-Module-Name); it is
// needed at compile time only, so the requires-automatic lint warns about nothing real.
@SuppressWarnings("requires-automatic")
module io.github.kisoku {
    requires transitive io.vavr;
    requires static org.immutables.value;
    requires static transitive org.jspecify;
    requires static info.picocli;
    requires static com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.databind;
    requires static org.apache.commons.csv;
    requires static io.javalin;
    requires static org.eclipse.jetty.server;
    requires static org.eclipse.jetty.http;
    requires static org.eclipse.jetty.util;
    // Commons CSV carries @SuppressFBWarnings; without its class javac warns (-Werror).
    requires static com.github.spotbugs.annotations;

    exports io.github.kisoku.kernel;
    exports io.github.kisoku.calendar;
    exports io.github.kisoku.bicycle;
    exports io.github.kisoku.golftax;
    exports io.github.kisoku.golftax.io;
    exports io.github.kisoku.booking;
    exports io.github.kisoku.booking.lottery;
    exports io.github.kisoku.booking.account;

    opens io.github.kisoku.cli to info.picocli;
    opens io.github.kisoku.server to info.picocli;
}
