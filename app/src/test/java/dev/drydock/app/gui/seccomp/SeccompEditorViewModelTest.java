package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;
import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.seccomp.export.SeccompExportFormat;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile editor's decisions, without a toolkit: checking as you type, diff, unsaved edits, export. */
class SeccompEditorViewModelTest {

    @TempDir
    Path folder;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final ScriptedSeccompPrompts prompts = new ScriptedSeccompPrompts();
    private final SeccompEditorViewModel model = new SeccompEditorViewModel(UiTaskRunner.sameThread(), scheduler);

    SeccompEditorViewModelTest() {
        model.usePrompts(prompts);
    }

    private void type(String text) {
        model.textProperty().set(text);
    }

    @Test
    void aTemplateOpensCleanAndIsExplainedByGroup() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        assertThat(model.nameProperty().get()).isEqualTo("strict template (new)");
        assertThat(model.dirtyProperty().get()).isFalse();
        ProfileAnalysis analysis = model.analysisProperty().get();
        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.summary()).startsWith("Every other call is refused (SCMP_ACT_ERRNO, errno 1).");
        assertThat(analysis.allowed()).extracting(group -> group.group().title()).isNotEmpty();
        assertThat(analysis.allowed()).allSatisfy(group -> assertThat(group.group().explanation()).isNotBlank());
    }

    @Test
    void problemsAppearOnlyOnceTypingPausesAndPointAtTheirPlace() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        String broken = model.textProperty().get().replaceFirst("\"execve\"", "\"execvee\"");
        type(broken);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.analysisProperty().get().problems()).isEmpty();
        scheduler.advance(SeccompEditorViewModel.SETTLE.minusMillis(1));
        assertThat(model.analysisProperty().get().problems()).isEmpty();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(model.analysisProperty().get().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("execvee");
            int offset = model.caretOffsetOf(problem);
            assertThat(broken.substring(offset)).startsWith("\"execvee\"");
        });
    }

    @Test
    void onlyTheLastOfQuickEditsIsChecked() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        type("{");
        scheduler.advance(Duration.ofMillis(100));
        type(SeccompTemplates.text("strict.json"));
        scheduler.advance(SeccompEditorViewModel.SETTLE);
        assertThat(model.analysisProperty().get().problems()).isEmpty();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void textThatIsNotJsonGivesOneErrorWithItsLineAndNothingToExport() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        type("{\n  \"defaultAction\": \n}");
        model.analyseNow();
        ProfileAnalysis analysis = model.analysisProperty().get();
        assertThat(analysis.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.at()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(3));
        });
        assertThat(analysis.profile()).isEmpty();
        assertThat(model.export().textProperty().get()).isEmpty();
        assertThat(model.export().problemProperty().get()).contains("until the text is a profile");
    }

    @Test
    void theDiffAgainstTheBaselineShowsWhatAnEditAddsByGroup() {
        model.newFromTemplate(ProfileTemplate.BASELINE);
        assertThat(model.analysisProperty().get().diff()).isEmpty();
        assertThat(model.analysisProperty().get().diffSummary()).containsExactly(
                "Treats every call alike with the baseline template.");
        model.newFromTemplate(ProfileTemplate.STRICT);
        ProfileAnalysis strict = model.analysisProperty().get();
        assertThat(strict.diff()).isNotEmpty().allSatisfy(group -> assertThat(group.added()).isEmpty());
        assertThat(strict.diff()).anySatisfy(group -> assertThat(group.removed()).isNotEmpty());
        type(model.textProperty().get().replaceFirst("\"execve\",", "\"execve\", \"ptrace\","));
        model.analyseNow();
        assertThat(model.analysisProperty().get().allowed()).anySatisfy(group -> assertThat(group.calls())
                .anySatisfy(call -> {
                    assertThat(call.name()).isEqualTo("ptrace");
                    assertThat(call.risky()).isTrue();
                }));
    }

    @Test
    void groupsWithNewlyAllowedCallsComeFirstInTheDiff() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        type(model.textProperty().get().replaceFirst("\"execve\",", "\"execve\", \"keyctl\","));
        model.analyseNow();
        assertThat(model.analysisProperty().get().diff().get(0).added()).containsExactly("keyctl");
        assertThat(model.analysisProperty().get().diff().get(0).risky()).contains("keyctl");
    }

    @Test
    void comparingWithAnotherFileNamesIt() throws Exception {
        Path other = folder.resolve("web.json");
        Files.writeString(other, SeccompTemplates.text("strict.json"));
        model.newFromTemplate(ProfileTemplate.STRICT);
        prompts.files.add(other);
        model.compareWithFile();
        assertThat(model.referenceNameProperty().get()).isEqualTo("web.json");
        assertThat(model.analysisProperty().get().diffSummary()).containsExactly("Treats every call alike with web.json.");
        model.compareWithBaseline();
        assertThat(model.analysisProperty().get().diff()).isNotEmpty();
    }

    @Test
    void openingAnotherProfileAsksAboutUnsavedEditsAndCancelKeepsThem() throws Exception {
        Path file = folder.resolve("other.json");
        Files.writeString(file, SeccompTemplates.text("baseline.json"));
        model.newFromTemplate(ProfileTemplate.STRICT);
        type("{}");
        prompts.unsavedAnswers.add(UnsavedChanges.CANCEL);
        model.open(file);
        assertThat(prompts.asked).containsExactly("unsaved strict template (new)");
        assertThat(model.textProperty().get()).isEqualTo("{}");
        prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        model.open(file);
        assertThat(model.nameProperty().get()).isEqualTo("other.json");
        assertThat(model.textProperty().get()).isEqualTo(SeccompTemplates.text("baseline.json"));
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void saveFirstWritesTheEditsThenProceeds() throws Exception {
        Path target = folder.resolve("mine.json");
        model.newFromTemplate(ProfileTemplate.STRICT);
        type("{\"defaultAction\": \"SCMP_ACT_ERRNO\"}");
        prompts.unsavedAnswers.add(UnsavedChanges.SAVE);
        prompts.files.add(target);
        model.newFromTemplate(ProfileTemplate.BASELINE);
        assertThat(Files.readString(target)).isEqualTo("{\"defaultAction\": \"SCMP_ACT_ERRNO\"}");
        assertThat(prompts.asked).containsExactly("unsaved strict template (new)",
                "Save seccomp profile as strict-profile.json");
        assertThat(model.nameProperty().get()).isEqualTo("baseline template (new)");
    }

    @Test
    void saveWhereTheUserCancelsTheChooserKeepsTheEditsAndGoesNowhere() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        type("{}");
        prompts.unsavedAnswers.add(UnsavedChanges.SAVE);
        model.newFromTemplate(ProfileTemplate.BASELINE);
        assertThat(model.textProperty().get()).isEqualTo("{}");
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void savingToAFileThatCannotBeWrittenSaysSoAndStaysDirty() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        type("{}");
        prompts.files.add(folder.resolve("no-such-folder/p.json"));
        model.save();
        assertThat(prompts.errors).singleElement().satisfies(error ->
                assertThat(error.message()).contains("Cannot write"));
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void exportsFollowTheFileNameAndTheChosenFormat() throws Exception {
        Path file = folder.resolve("web.json");
        Files.writeString(file, SeccompTemplates.text("strict.json"));
        model.open(file);
        SeccompExportModel export = model.export();
        assertThat(export.profileNameProperty().get()).isEqualTo("web");
        assertThat(export.textProperty().get()).contains("seccomp=./web.json").contains("web:");
        export.formatProperty().set(SeccompExportFormat.KUBERNETES);
        assertThat(export.textProperty().get()).contains("localhostProfile: profiles/web.json")
                .contains("/var/lib/kubelet/seccomp/profiles/web.json");
        assertThat(export.suggestedFileName()).isEqualTo("web-seccomp.k8s.yaml");
        export.profileNameProperty().set("../x");
        assertThat(export.textProperty().get()).isEmpty();
        assertThat(export.problemProperty().get()).contains("cannot be a file name");
        export.profileNameProperty().set("api");
        Path saved = folder.resolve("api.yaml");
        prompts.files.add(saved);
        export.save();
        assertThat(Files.readString(saved)).contains("profiles/api.json");
    }

    @Test
    void aProfileWithErrorsIsNotExported() {
        model.newFromTemplate(ProfileTemplate.STRICT);
        type(model.textProperty().get().replaceFirst("SCMP_ACT_ALLOW", "SCMP_ACT_PERHAPS"));
        model.analyseNow();
        assertThat(model.export().textProperty().get()).isEmpty();
        assertThat(model.export().problemProperty().get()).startsWith("Fix the errors");
    }

    @Test
    void caretOffsetsClampToTheLineAndText() {
        assertThat(TextPositions.offset("ab\ncd\n", 2, 2)).isEqualTo(4);
        assertThat(TextPositions.offset("ab\ncd", 2, 40)).isEqualTo(5);
        assertThat(TextPositions.offset("ab", 9, 1)).isEqualTo(2);
        assertThat(TextPositions.offset("ab\ncd", 1, 0)).isZero();
    }
}
