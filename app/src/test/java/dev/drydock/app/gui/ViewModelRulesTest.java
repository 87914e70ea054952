package dev.drydock.app.gui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** View-models decide and are tested without a toolkit: they never touch nodes, windows or the FX thread. */
class ViewModelRulesTest {

    private static final JavaClasses GUI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.drydock.app.gui");

    @Test
    void viewModelsUseNoScenegraphNorStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Rows").or().haveSimpleNameEndingWith("Loader")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(GUI);
    }

    @Test
    void dockerfileDocumentsAreViewModelsToo() {
        noClasses().that().resideInAPackage("dev.drydock.app.gui.dockerfiles.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(GUI);
    }

    @Test
    void theGuiNeverTalksToDockerJavaDirectly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..").check(GUI);
    }
}
