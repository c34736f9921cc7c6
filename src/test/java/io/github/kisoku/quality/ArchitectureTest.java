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
 * classes: kernel ← calendar ← each domain ← edge (cli); no domain imports another; the kernel
 * depends on the JDK, Vavr, JSpecify and Immutables' annotations only; only the edge knows
 * picocli, Jackson or Commons CSV; rule packages leave languages to the message bundles.
 */
class ArchitectureTest {
    private static final String KISOKU = "io.github.kisoku";
    private static final String KERNEL = KISOKU + ".kernel..";
    private static final String CALENDAR = KISOKU + ".calendar..";
    private static final String BICYCLE = KISOKU + ".bicycle..";
    private static final String GOLFTAX = KISOKU + ".golftax..";
    private static final String BOOKING = KISOKU + ".booking..";
    private static final String EDGE = KISOKU + ".cli..";
    private static final String[] EDGE_LIBRARIES = {"picocli..", "com.fasterxml.jackson..", "org.apache.commons.csv.."};

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
                .resideInAnyPackage(BICYCLE, GOLFTAX, BOOKING, EDGE).check(library);
    }

    @Test
    @DisplayName("no domain imports another domain or the edge")
    void domainsAreIndependent() {
        noClasses().that().resideInAPackage(BICYCLE).should().dependOnClassesThat()
                .resideInAnyPackage(GOLFTAX, BOOKING, EDGE).check(library);
        noClasses().that().resideInAPackage(GOLFTAX).should().dependOnClassesThat()
                .resideInAnyPackage(BICYCLE, BOOKING, EDGE).check(library);
        noClasses().that().resideInAPackage(BOOKING).should().dependOnClassesThat()
                .resideInAnyPackage(BICYCLE, GOLFTAX, EDGE).check(library);
    }

    @Test
    @DisplayName("only the edge knows picocli, Jackson and Commons CSV")
    void onlyTheEdgeKnowsItsLibraries() {
        noClasses().that().resideOutsideOfPackage(EDGE).should().dependOnClassesThat()
                .resideInAnyPackage(EDGE_LIBRARIES).check(library);
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
        classes().should().resideInAnyPackage(KERNEL, CALENDAR, BICYCLE, GOLFTAX, BOOKING, EDGE)
                .allowEmptyShould(false).check(library);
    }
}
