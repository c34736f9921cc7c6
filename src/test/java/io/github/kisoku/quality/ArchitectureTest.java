package io.github.kisoku.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The house's import rules ("Who may import whom" in the project's design notes), checked on the library's own
 * classes: kernel ← calendar ← each domain ← edge (cli, server); no domain imports another; the
 * kernel depends on the JDK, Vavr, JSpecify and Immutables' annotations only; only the edge knows
 * picocli, Jackson or Commons CSV, and only the server knows Javalin and Jetty; rule packages leave
 * languages to the message bundles.
 */
class ArchitectureTest {
    private static final String KISOKU = "io.github.kisoku";
    private static final String KERNEL = KISOKU + ".kernel..";
    private static final String CALENDAR = KISOKU + ".calendar..";
    private static final String BICYCLE = KISOKU + ".bicycle..";
    private static final String GOLFTAX = KISOKU + ".golftax..";
    private static final String BOOKING = KISOKU + ".booking..";
    private static final String CLI = KISOKU + ".cli..";
    private static final String SERVER = KISOKU + ".server..";
    private static final String[] EDGE = {CLI, SERVER};
    private static final String[] EDGE_LIBRARIES = {"picocli..", "com.fasterxml.jackson..", "org.apache.commons.csv.."};
    private static final String[] SERVER_LIBRARIES = {"io.javalin..", "org.eclipse.jetty..", "jakarta.servlet.."};

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(KISOKU);
    }

    @Test
    @DisplayName("the kernel depends on the JDK, Vavr, JSpecify and Immutables only")
    void kernelDependsOnNothingOfOurs() {
        classes().that().resideInAPackage(KERNEL).should().onlyDependOnClassesThat()
                .resideInAnyPackage(KERNEL, "java..", "io.vavr..", "org.jspecify..", "org.immutables..")
                .check(library);
    }

    @Test
    @DisplayName("the calendar depends on the kernel only")
    void calendarDependsOnTheKernelOnly() {
        noClasses().that().resideInAPackage(CALENDAR).should().dependOnClassesThat()
                .resideInAnyPackage(BICYCLE, GOLFTAX, BOOKING, CLI, SERVER).check(library);
    }

    @Test
    @DisplayName("no domain imports another domain or the edge")
    void domainsAreIndependent() {
        noClasses().that().resideInAPackage(BICYCLE).should().dependOnClassesThat()
                .resideInAnyPackage(GOLFTAX, BOOKING, CLI, SERVER).check(library);
        noClasses().that().resideInAPackage(GOLFTAX).should().dependOnClassesThat()
                .resideInAnyPackage(BICYCLE, BOOKING, CLI, SERVER).check(library);
        noClasses().that().resideInAPackage(BOOKING).should().dependOnClassesThat()
                .resideInAnyPackage(BICYCLE, GOLFTAX, CLI, SERVER).check(library);
    }

    @Test
    @DisplayName("only the edge (cli, server) knows picocli, Jackson and Commons CSV")
    void onlyTheEdgeKnowsItsLibraries() {
        noClasses().that().resideOutsideOfPackages(EDGE).should().dependOnClassesThat()
                .resideInAnyPackage(EDGE_LIBRARIES).check(library);
    }

    @Test
    @DisplayName("only the server knows Javalin and Jetty")
    void onlyTheServerKnowsTheHttpServer() {
        noClasses().that().resideOutsideOfPackage(SERVER).should().dependOnClassesThat()
                .resideInAnyPackage(SERVER_LIBRARIES).check(library);
    }

    @Test
    @DisplayName("rules speak in rule ids and figures: the calendar and the three domains never choose a language")
    void rulesDoNotChooseALanguage() {
        noClasses().that().resideInAnyPackage(CALENDAR, BICYCLE, GOLFTAX, BOOKING).should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(KISOKU + ".kernel.Language").check(library);
    }

    @Test
    @DisplayName("every library class is in one of the house's rooms")
    void everyClassIsInARoom() {
        classes().should().resideInAnyPackage(KERNEL, CALENDAR, BICYCLE, GOLFTAX, BOOKING, CLI, SERVER)
                .allowEmptyShould(false).check(library);
    }
}
