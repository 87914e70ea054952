package dev.drydock.app.gui.audit;

import dev.drydock.app.gui.RecordingPrompts;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.audit.harden.HardeningKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;

/** The hardened run panel's model without a screen: switches, the unfixed line and Save…. */
class HardenedRunViewModelTest {

    @TempDir
    Path folder;

    private final PrivilegedContainer container = new PrivilegedContainer();
    private final RecordingPrompts prompts = new RecordingPrompts();
    private HardenedRunViewModel model;

    @BeforeEach
    void show() {
        model = new HardenedRunViewModel(UiTaskRunner.sameThread(), prompts);
        model.show(container.advice(), container.findings);
    }

    private HardeningOptionRow option(HardeningKind kind) {
        return model.options().stream().filter(row -> row.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theAdvisedOptionsAreAllOnAndFixTheFindingsTheyName() {
        assertThat(model.options()).isNotEmpty().allSatisfy(row -> assertThat(row.enabled()).isTrue());
        assertThat(option(HardeningKind.NO_PRIVILEGED).fixes()).contains("DC5005");
        assertThat(model.dockerRunProperty().get()).startsWith("docker run").doesNotContain("--privileged");
        assertThat(model.unfixedProperty().get()).doesNotContain("DC5005");
    }

    @Test
    void switchingAnOptionOffPutsItsSettingBackInEveryFormatAndNamesTheFindingsLeftUnfixed() {
        model.setEnabled(HardeningKind.NO_PRIVILEGED, false);

        assertThat(option(HardeningKind.NO_PRIVILEGED).enabled()).isFalse();
        assertThat(model.dockerRunProperty().get()).contains("--privileged");
        assertThat(model.composeProperty().get()).contains("privileged: true");
        assertThat(model.kubernetesProperty().get()).contains("privileged: true");
        assertThat(model.unfixedProperty().get()).startsWith("Not fixed with the chosen options:").contains("DC5005");

        model.setEnabled(HardeningKind.NO_PRIVILEGED, true);

        assertThat(model.dockerRunProperty().get()).doesNotContain("--privileged");
        assertThat(model.unfixedProperty().get()).doesNotContain("DC5005");
    }

    @Test
    void switchingOffTheMemoryLimitDropsTheFlagAndLeavesDc5011Unfixed() {
        assertThat(model.dockerRunProperty().get()).contains("--memory");

        model.setEnabled(HardeningKind.MEMORY_LIMIT, false);

        assertThat(model.dockerRunProperty().get()).doesNotContain("--memory");
        assertThat(model.unfixedProperty().get()).contains("DC5011");
    }

    @Test
    void saveAsksWithTheContainersFileNameAndWritesAnExecutableScript() throws Exception {
        Path file = folder.resolve("web-hardened.sh");
        prompts.savingTo(file);

        model.save(RunFormat.DOCKER_RUN);

        assertThat(prompts.suggestedNames).containsExactly("web-hardened.sh");
        assertThat(Files.readString(file)).isEqualTo("#!/bin/sh\n" + model.dockerRunProperty().get() + "\n");
        assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(model.saveStatusProperty().get()).isEqualTo("Saved " + file);
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void composeAndKubernetesAreSavedAsTheyAreShownUnderTheirOwnNames() throws Exception {
        Path compose = folder.resolve("c.yaml");
        Path pod = folder.resolve("p.yaml");
        prompts.savingTo(compose, pod);

        model.save(RunFormat.COMPOSE);
        model.save(RunFormat.KUBERNETES);

        assertThat(prompts.suggestedNames).containsExactly("web-compose.yaml", "web-pod.yaml");
        assertThat(Files.readString(compose)).startsWith(model.composeProperty().get().strip()).doesNotStartWith("#!");
        assertThat(Files.readString(pod)).startsWith(model.kubernetesProperty().get().strip());
    }

    @Test
    void theSavedFileFollowsTheSwitches() throws Exception {
        Path file = folder.resolve("run.sh");
        model.setEnabled(HardeningKind.NO_PRIVILEGED, false);

        model.saveTo(RunFormat.DOCKER_RUN, file);

        assertThat(Files.readString(file)).contains("--privileged");
    }

    @Test
    void cancellingTheDialogWritesNothing() throws Exception {
        model.save(RunFormat.DOCKER_RUN);

        assertThat(prompts.suggestedNames).hasSize(1);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(model.saveStatusProperty().get()).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsExplainedWithWhatToDo() {
        Path file = folder.resolve("no-such-folder").resolve("web-hardened.sh");

        model.saveTo(RunFormat.DOCKER_RUN, file);

        assertThat(prompts.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Could not save the hardened docker run configuration");
            assertThat(error.message()).contains(file.toString()).doesNotContain("Exception");
            assertThat(error.advice()).contains("choose another file");
        });
        assertThat(model.saveStatusProperty().get()).contains("could not be written");
        assertThat(file).doesNotExist();
    }

    @Test
    void clearedThereIsNothingToSaveOrSwitch() {
        model.clear();
        model.setEnabled(HardeningKind.NO_PRIVILEGED, false);
        model.save(RunFormat.DOCKER_RUN);

        assertThat(model.options()).isEmpty();
        assertThat(model.dockerRunProperty().get()).isEmpty();
        assertThat(model.unfixedProperty().get()).isEmpty();
        assertThat(prompts.suggestedNames).isEmpty();
    }
}
