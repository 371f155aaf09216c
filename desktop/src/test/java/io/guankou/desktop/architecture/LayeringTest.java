package io.guankou.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of docs/architecture.md, over the main classes of every module. */
@AnalyzeClasses(packages = "io.guankou", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelUsesNoUiAndNoSql = noClasses().that().resideInAPackage("io.guankou.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "org.sqlite..", "org.flywaydb..");

    @ArchTest
    static final ArchRule modelKnowsNoOuterLayer = noClasses().that().resideInAPackage("io.guankou.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.guankou.persistence..", "io.guankou.desktop..");

    @ArchTest
    static final ArchRule desktopRunsNoSql = noClasses().that().resideInAPackage("io.guankou.desktop..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.sqlite..", "org.flywaydb..");

    @ArchTest
    static final ArchRule persistenceUsesNoUi = noClasses().that().resideInAPackage("io.guankou.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.guankou.desktop..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideInAPackage("io.guankou..")
            .and().resideOutsideOfPackage("io.guankou.desktop.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("main code logs through SLF4J; only the command line prints, through picocli's writers");

    @ArchTest
    static final ArchRule geometryInItsPlaces = noClasses().that().resideInAPackage("io.guankou..")
            .and().resideOutsideOfPackages("io.guankou.model.boundary..", "io.guankou.model.map..",
                    "io.guankou.persistence.demo..", "io.guankou.desktop.map..")
            .should().dependOnClassesThat().resideInAnyPackage("org.locationtech.jts..")
            .because("geometry (JTS) is the boundaries', the map's and the demo's business; every other view gets"
                    + " figures, not shapes");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule viewModelsKnowNoView = ArchitectureRules.VIEW_MODELS_KNOW_NO_VIEW;

    @ArchTest
    static final ArchRule viewModelsFormatNoText = ArchitectureRules.VIEW_MODELS_FORMAT_NO_TEXT;

    @ArchTest
    static final ArchRule repositoriesAreBuiltInTheCompositionRoots = ArchitectureRules.REPOSITORIES_BUILT_IN_ROOTS;

    @ArchTest
    static final ArchRule oneWayToOpenAWindow = ArchitectureRules.ONE_WAY_TO_OPEN_A_WINDOW;

    @ArchTest
    static final ArchRule oneKindOfGlobalId = ArchitectureRules.ONE_KIND_OF_GLOBAL_ID;

    @ArchTest
    static final ArchRule personRulesInOnePlace = ArchitectureRules.PERSON_RULES_IN_ONE_PLACE;

    @ArchTest
    static final ArchRule cryptoInOnePlace = ArchitectureRules.CRYPTO_IN_ONE_PLACE;
}
