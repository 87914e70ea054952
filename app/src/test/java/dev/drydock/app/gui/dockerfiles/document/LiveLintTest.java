package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.task.ManualScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.shellcheck.ShellCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LiveLintTest {

    private static final String RISKY = "FROM node:latest\nEXPOSE 80\n";
    private static final String PINNED = "FROM node:20.11.1-bookworm\nUSER node\n";

    private final QueuedWorker worker = new QueuedWorker();
    private final UiTaskRunner runner = new UiTaskRunner(worker, Runnable::run);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final DocumentLinter withoutShellCheck =
            new DocumentLinter(DockerfileLinter.standard(), Map.of(), Optional::empty);

    private LiveLint started(DockerfileDocument document, DocumentLinter linter) {
        LiveLint lint = new LiveLint(document, linter, runner, scheduler, Duration.ofMillis(40));
        lint.start();
        return lint;
    }

    private static boolean has(DockerfileDocument document, String ruleId) {
        return document.lintedProperty().get().findings().stream().map(Finding::ruleId).anyMatch(ruleId::equals);
    }

    @Test
    void aBurstOfKeystrokesIsCheckedOnceAfterTheDebounceDelay() {
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", "");
        started(document, withoutShellCheck);
        worker.runAll();
        int before = worker.submitted();
        for (String typed : new String[] {"F", "FR", "FRO", "FROM", "FROM node:latest\n"}) {
            document.setText(typed);
            scheduler.advanceMillis(30);
        }
        assertThat(worker.submitted()).isEqualTo(before);
        scheduler.advanceMillis(10);
        assertThat(worker.submitted()).isEqualTo(before + 1);
        worker.runAll();
        assertThat(document.lintedProperty().get().text()).isEqualTo("FROM node:latest\n");
        assertThat(document.currentFindings()).isPresent();
    }

    @Test
    void aResultForTextThatChangedMeanwhileIsDropped() {
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", RISKY);
        started(document, withoutShellCheck);
        document.setText(PINNED);
        worker.runNext();
        assertThat(document.lintedProperty().get().text()).isEmpty();
        assertThat(document.currentFindings()).isEmpty();
        scheduler.advanceMillis(40);
        worker.runAll();
        assertThat(document.lintedProperty().get().text()).isEqualTo(PINNED);
        assertThat(has(document, "DD3007")).isFalse();
    }

    @Test
    void aCheckInFlightIsSupersededAndOnlyTheLatestTextIsChecked() {
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", RISKY);
        started(document, withoutShellCheck);
        document.setText("FROM scratch\n");
        scheduler.advanceMillis(40);
        document.setText(PINNED);
        scheduler.advanceMillis(40);
        assertThat(worker.waiting()).isEqualTo(1);
        worker.runAll();
        assertThat(worker.submitted()).isEqualTo(2);
        assertThat(document.lintedProperty().get().text()).isEqualTo(PINNED);
    }

    @Test
    void findingsBelongToTheExactTextTheyWereComputedFor() {
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", RISKY);
        started(document, withoutShellCheck);
        worker.runAll();
        assertThat(has(document, "DD3007")).isTrue();
        assertThat(document.lintedProperty().get().text()).isEqualTo(RISKY);
        document.setText(RISKY + "# comment\n");
        assertThat(document.currentFindings()).isEmpty();
    }

    @Test
    void stoppedLintDropsWhatIsStillOnItsWay() {
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", RISKY);
        started(document, withoutShellCheck).stop();
        worker.runAll();
        assertThat(document.lintedProperty().get().text()).isEmpty();
    }

    @Test
    void aBrokenConfigFileBecomesANoteAndTheDefaultsApply(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve(".drydock.yaml"), "ignored: [DL3007\n");
        Path file = Files.writeString(dir.resolve("Dockerfile"), RISKY);
        DockerfileDocument document = DockerfileDocument.loaded(DocumentFiles.read(file));
        started(document, withoutShellCheck);
        worker.runAll();
        assertThat(document.lintNoteProperty().get()).contains(".drydock.yaml", "default settings");
        assertThat(has(document, "DD3007")).isTrue();
    }

    @Test
    void theConfigFoundForTheFilesFolderApplies(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored:\n  - DL3007\n");
        Path file = Files.writeString(dir.resolve("Dockerfile"), RISKY);
        DockerfileDocument document = DockerfileDocument.loaded(DocumentFiles.read(file));
        started(document, withoutShellCheck);
        worker.runAll();
        assertThat(document.lintNoteProperty().get()).isEmpty();
        assertThat(has(document, "DD3007")).isFalse();
        assertThat(document.currentFindings()).isPresent();
    }

    @Test
    void withoutShellCheckRunScriptsGetANote() {
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", "FROM alpine:3.19\nRUN rm $FILES\n");
        started(document, withoutShellCheck);
        worker.runAll();
        assertThat(document.lintNoteProperty().get()).isEqualTo(DocumentLinter.SHELLCHECK_MISSING);
    }

    @Test
    void drydocksRulesAnswerFirstAndShellCheckFollows() {
        Optional<ShellCheck> shellCheck = ShellCheck.onPath();
        assumeTrue(shellCheck.isPresent(), "shellcheck is not installed here");
        DocumentLinter linter = new DocumentLinter(DockerfileLinter.standard(), Map.of(), () -> shellCheck);
        String text = "FROM alpine:3.19\nRUN rm $FILES\n";
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", text);
        started(document, linter);
        worker.runNext();
        assertThat(document.lintedProperty().get().text()).isEqualTo(text);
        assertThat(has(document, "SC2086")).isFalse();
        assertThat(worker.waiting()).isEqualTo(1);
        worker.runNext();
        assertThat(has(document, "SC2086")).isTrue();
        assertThat(document.lintNoteProperty().get()).isEmpty();
    }

    @Test
    void shellCheckFindingsBeforeAnEditStayUntilShellCheckAnswersAgain() {
        Optional<ShellCheck> shellCheck = ShellCheck.onPath();
        assumeTrue(shellCheck.isPresent(), "shellcheck is not installed here");
        DocumentLinter linter = new DocumentLinter(DockerfileLinter.standard(), Map.of(), () -> shellCheck);
        String text = "FROM alpine:3.19\nRUN rm $FILES\n";
        DockerfileDocument document = DockerfileDocument.untitled("Untitled 1", text);
        started(document, linter);
        worker.runAll();
        document.setText(text + "USER nobody\n");
        scheduler.advanceMillis(40);
        worker.runNext();
        assertThat(document.lintedProperty().get().text()).endsWith("USER nobody\n");
        assertThat(has(document, "SC2086")).isTrue();
    }
}
