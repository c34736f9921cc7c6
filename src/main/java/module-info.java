/**
 * kisoku (規則): Japanese public rules as code, every answer with its legal basis.
 *
 * <p>Only the rule packages are exported; everything else a package holds is package-private
 * by design. Vavr is the collection and result vocabulary of the API, so it is required
 * transitively. Immutables is compile-time only ({@code requires static}); JSpecify too, but
 * transitively, because its {@code @NullMarked}/{@code @Nullable} are part of the API's types.
 *
 * <p>The command line ({@code io.github.kisoku.cli}, added on its own branch) will need
 * {@code requires static} for picocli, Jackson and Commons CSV (or plain {@code requires} if
 * the CLI ships in this jar) and, if it is not meant as API, no {@code exports}: picocli
 * reaches its commands by reflection, so {@code opens io.github.kisoku.cli to info.picocli}.
 */
// Immutables ships as an automatic module (no module-info, only Automatic-Module-Name); it is
// needed at compile time only, so the requires-automatic lint warns about nothing real.
@SuppressWarnings("requires-automatic")
module io.github.kisoku {
    requires transitive io.vavr;
    requires static org.immutables.value;
    requires static transitive org.jspecify;

    exports io.github.kisoku.kernel;
    exports io.github.kisoku.calendar;
    exports io.github.kisoku.bicycle;
    exports io.github.kisoku.golftax;
    exports io.github.kisoku.booking;
    exports io.github.kisoku.booking.lottery;
    exports io.github.kisoku.booking.account;
}
