package io.github.kisoku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * JPMS (issue 6): the compiled library is booted as a real named module in its own layer; it
 * exports only the rule packages, and the bundled CSV catalogues load from inside the module.
 */
class ModuleTest {

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleLayer layer() throws URISyntaxException {
        ModuleFinder finder = ModuleFinder.of(jarOf(io.github.kisoku.kernel.Yen.class),
                jarOf(io.vavr.control.Option.class), jarOf(io.vavr.match.annotation.Patterns.class));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of("io.github.kisoku"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void exportsOnlyTheRulePackages() throws Exception {
        ModuleDescriptor d = layer().findModule("io.github.kisoku").orElseThrow().getDescriptor();
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("io.github.kisoku.kernel", "io.github.kisoku.calendar",
                        "io.github.kisoku.bicycle", "io.github.kisoku.golftax", "io.github.kisoku.golftax.io",
                        "io.github.kisoku.booking",
                        "io.github.kisoku.booking.lottery", "io.github.kisoku.booking.account");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    }

    @Test
    void bundledCataloguesLoadFromTheModule() throws Exception {
        ModuleLayer layer = layer();
        Module module = layer.findModule("io.github.kisoku").orElseThrow();
        ClassLoader loader = layer.findLoader("io.github.kisoku");
        Class<?> rates = Class.forName("io.github.kisoku.golftax.GradeRates", true, loader);
        assertThat(rates.getModule()).isEqualTo(module);
        assertThat(rates.getMethod("kumamoto").invoke(null)).isNotNull();
        Class<?> violations = Class.forName("io.github.kisoku.bicycle.ViolationCatalogue", true, loader);
        assertThat(violations.getMethod("standard").invoke(null)).isNotNull();
        Class<?> booking = Class.forName("io.github.kisoku.booking.Catalogue", true, loader);
        assertThat(booking.getMethod("nishiKominkanExample").invoke(null)).isNotNull();
        Class<?> holidays = Class.forName("io.github.kisoku.calendar.JapaneseHolidays", true, loader);
        assertThat(holidays.getMethod("isHoliday", java.time.LocalDate.class)
                .invoke(null, java.time.LocalDate.of(2026, 3, 20))).isEqualTo(true);
    }
}
