package io.guankou.desktop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each architecture rule can fail: it reports the fixture classes that break it on purpose. */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("io.guankou.desktop.architecture.fixture");

    private static EvaluationResult check(ArchRule rule) {
        return rule.evaluate(FIXTURES);
    }

    @Test
    void aPackageCycleIsFound() {
        EvaluationResult r = check(ArchitectureRules.NO_PACKAGE_CYCLES);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("fixture.cyclea").contains("fixture.cycleb");
    }

    @Test
    void aViewModelHoldingANodeIsFound() {
        EvaluationResult r = check(ArchitectureRules.VIEW_MODELS_KNOW_NO_VIEW);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("BrokenViewModel").contains("javafx.scene.control.Label");
    }

    @Test
    void aViewModelFormattingTextIsFound() {
        EvaluationResult r = check(ArchitectureRules.VIEW_MODELS_FORMAT_NO_TEXT);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("Messages.format");
    }

    @Test
    void aRepositoryBuiltOutsideTheRootsIsFound() {
        EvaluationResult r = check(ArchitectureRules.REPOSITORIES_BUILT_IN_ROOTS);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("PlaceRepository");
    }

    @Test
    void anAlertBuiltOutsideTheUiKitIsFound() {
        EvaluationResult r = check(ArchitectureRules.ONE_WAY_TO_OPEN_A_WINDOW);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("Alert").contains("showAndWait").contains("FileChooser");
    }

    @Test
    void aRandomUuidIsFound() {
        EvaluationResult r = check(ArchitectureRules.ONE_KIND_OF_GLOBAL_ID);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("randomUUID");
    }

    @Test
    void aPersonRuleAppliedOutsideTheValidatorIsFound() {
        EvaluationResult r = check(ArchitectureRules.PERSON_RULES_IN_ONE_PLACE);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("isLedgerAge");
    }

    @Test
    void cryptographyOutsideTheContainerIsFound() {
        EvaluationResult r = check(ArchitectureRules.CRYPTO_IN_ONE_PLACE);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().toString()).contains("BrokenViewModel").contains("SM3Digest");
    }
}
