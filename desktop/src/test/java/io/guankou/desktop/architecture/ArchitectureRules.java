package io.guankou.desktop.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The conventions of docs/architecture.md as ArchUnit rules. {@link LayeringTest} checks the main classes of
 * every module against them; {@link ArchitectureRulesTest} shows that each one fails on a class that breaks it.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The composition roots: the window's and the command line's. Only they build repositories. */
    static final Set<String> COMPOSITION_ROOTS = Set.of("io.guankou.desktop.app.AppContext",
            "io.guankou.desktop.cli.CliLedger");

    /** Packages that hold nodes: the UI kit and the main window. */
    static final String[] VIEW_PACKAGES = {"io.guankou.desktop.ui..", "io.guankou.desktop.shell.."};

    private static final DescribedPredicate<JavaClass> VIEW_MODEL = describe("a view-model",
            c -> c.getName().matches(".*ViewModel(\\$.*)?"));

    private static final DescribedPredicate<JavaClass> VIEW = describe("a view class (…View, …Dialog, …Pane, …Window)",
            c -> c.getName().matches(".*(View|Dialog|Pane|Window)(\\$.*)?") && !VIEW_MODEL.test(c));

    /** No package of any module depends, through others, on itself (generated jOOQ code aside). */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.guankou.(**)")
            .that(describe("are not generated jOOQ code", s -> !s.toString().contains("jooq")))
            .should().beFreeOfCycles();

    /** View-models hold no nodes and know no view: they are tested without a stage. */
    static final ArchRule VIEW_MODELS_KNOW_NO_VIEW = noClasses().that(VIEW_MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .orShould().dependOnClassesThat().resideInAnyPackage(VIEW_PACKAGES)
            .orShould().dependOnClassesThat(VIEW)
            .because("views bind to view-models, never the other way round");

    /** View-models say things as {@code Msg} (key and arguments); only views put them into words. */
    static final ArchRule VIEW_MODELS_FORMAT_NO_TEXT = noClasses().that(VIEW_MODEL)
            .should().callMethodWhere(describe("a call that formats text with Messages",
                    (JavaMethodCall call) -> call.getTargetOwner().getName().equals("io.guankou.desktop.i18n.Messages")
                            && Set.of("get", "format", "text", "label", "describe", "join")
                                    .contains(call.getTarget().getName())))
            .because("view-models expose bundle keys with arguments (Msg), never formatted text");

    /**
     * Repositories, the importer, the import use case, the places editor and the package exporter, importer and
     * conflict list are built in the composition roots only.
     */
    static final ArchRule REPOSITORIES_BUILT_IN_ROOTS = noClasses()
            .that().resideOutsideOfPackage("io.guankou.persistence..")
            .and(describe("are not a composition root",
                    c -> COMPOSITION_ROOTS.stream().noneMatch(r -> c.getName().equals(r) || c.getName().startsWith(r + "$"))))
            .should().callConstructorWhere(describe("a repository or the importer is built",
                    (JavaConstructorCall call) -> {
                        JavaClass owner = call.getTargetOwner();
                        return owner.getPackageName().startsWith("io.guankou.persistence")
                                && (owner.getSimpleName().endsWith("Repository")
                                || Set.of("LedgerImporter", "SheetImports", "PlaceEditor", "PackageExporter", "ReturneeImporter",
                                        "PackageImporter", "ConflictList")
                                        .contains(owner.getSimpleName()));
                    }))
            .because("one composition root per entry point wires the database to everything else");

    /** Alerts come from ui.Alerts, modal windows from ui.ModalWindow, file dialogs from ui.FilePicker. */
    static final ArchRule ONE_WAY_TO_OPEN_A_WINDOW = noClasses()
            .that().resideOutsideOfPackage("io.guankou.desktop.ui..")
            .and().doNotHaveFullyQualifiedName("io.guankou.desktop.app.GuankouApp")
            .should().callConstructorWhere(describe("an Alert, Dialog, Stage or FileChooser is built",
                    (JavaConstructorCall call) -> Set.of("javafx.scene.control.Alert", "javafx.scene.control.Dialog",
                            "javafx.stage.Stage", "javafx.stage.FileChooser").contains(call.getTargetOwner().getName())))
            .orShould().callMethodWhere(describe("showAndWait",
                    (JavaMethodCall call) -> call.getTarget().getName().equals("showAndWait")))
            .because("dialogs are ui.ModalWindow, alerts ui.Alerts, file dialogs ui.FilePicker (docs/architecture.md)");

    /** Every new global id is a time-ordered UUID from the one generator. */
    static final ArchRule ONE_KIND_OF_GLOBAL_ID = noClasses()
            .should().callMethodWhere(describe("UUID.randomUUID",
                    (JavaMethodCall call) -> call.getTargetOwner().getName().equals("java.util.UUID")
                            && call.getTarget().getName().equals("randomUUID")))
            .because("exchangeable rows get time-ordered (version 7) ids from model.sync.GlobalIds");

    /** The ledger's age bound (with its exceptions) is applied only by the person validator, in model. */
    static final ArchRule PERSON_RULES_IN_ONE_PLACE = noClasses()
            .that().resideInAnyPackage("io.guankou.desktop..", "io.guankou.persistence..")
            .should().callMethodWhere(describe("TierRules.isLedgerAge",
                    (JavaMethodCall call) -> call.getTargetOwner().getName().equals("io.guankou.model.tier.TierRules")
                            && call.getTarget().getName().equals("isLedgerAge")))
            .because("the ledger's person rules live once, in model.person.rules.PersonValidator");

    /** The package cryptography (BouncyCastle) is used in one place: the package container in model. */
    static final ArchRule CRYPTO_IN_ONE_PLACE = noClasses()
            .that().resideOutsideOfPackage("io.guankou.model.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
            .because("keys, signatures and ciphers live in model.exchange (docs/package-format.md), nowhere else");
}
