package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.drydock.app.gui.dockerfiles.document.WorkspaceFixture.now;
import static org.assertj.core.api.Assertions.assertThat;

class DockerfileWorkspaceTest {

    @TempDir
    Path dir;

    private WorkspaceFixture fixture;

    private WorkspaceFixture fixture() {
        if (fixture == null) {
            fixture = new WorkspaceFixture(dir.resolve("recovery"));
        }
        return fixture;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void newDocumentsAreNumberedUntitledCleanAndSelected() {
        DockerfileDocument first = fixture().workspace.newDocument();
        DockerfileDocument second = fixture().workspace.newDocument();
        assertThat(first.titleProperty().get()).isEqualTo("Untitled 1");
        assertThat(second.titleProperty().get()).isEqualTo("Untitled 2");
        assertThat(first.isDirty()).isFalse();
        assertThat(fixture().workspace.selected()).contains(second);
    }

    @Test
    void editingMarksDirtyAndUndoingBackToTheSavedTextClearsIt() throws IOException {
        DockerfileDocument document = fixture().open(file("Dockerfile", "FROM scratch\n"));
        assertThat(document.titleProperty().get()).isEqualTo("Dockerfile");
        document.setText("FROM scratch\nUSER app\n");
        assertThat(document.isDirty()).isTrue();
        assertThat(document.titleProperty().get()).isEqualTo("Dockerfile" + DockerfileDocument.DIRTY_MARKER);
        document.setText("FROM scratch\n");
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void openingAnOpenFileSelectsItsTab() throws IOException {
        Path file = file("Dockerfile", "FROM scratch\n");
        DockerfileDocument document = fixture().open(file);
        fixture().workspace.newDocument();
        assertThat(fixture().open(dir.resolve(".").resolve("Dockerfile"))).isSameAs(document);
        assertThat(fixture().workspace.documents()).hasSize(2);
        assertThat(fixture().workspace.selected()).contains(document);
    }

    @Test
    void openedFilesAreLintedAndTheFindingsMatchTheText() throws IOException {
        DockerfileDocument document = fixture().open(file("Dockerfile", "FROM node:latest\n"));
        assertThat(document.currentFindings()).hasValueSatisfying(findings -> assertThat(findings)
                .extracting(finding -> finding.ruleId()).contains("DD3007"));
    }

    @Test
    void openingAMissingFileExplainsAndDropsItFromTheRecentFiles() throws IOException {
        Path file = file("Dockerfile", "FROM scratch\n");
        fixture().open(file);
        fixture().workspace.close(fixture().workspace.documents().get(0));
        Files.delete(file);
        assertThat(now(fixture().workspace.open(file))).isEmpty();
        assertThat(fixture().prompts.errors).singleElement().satisfies(error ->
                assertThat(error.message()).contains("does not exist"));
        assertThat(fixture().workspace.recentFiles()).isEmpty();
    }

    @Test
    void aFileTooBigToBeADockerfileIsRefused() throws IOException {
        Path big = dir.resolve("big.tar");
        Files.write(big, new byte[(int) DocumentFiles.MAX_BYTES + 1]);
        assertThat(now(fixture().workspace.open(big))).isEmpty();
        assertThat(fixture().prompts.errors.get(0).message()).contains("too big to be a Dockerfile");
    }

    @Test
    void undecodableBytesAreReplacedNotRefused() throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.write(file, new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xff, '\n'});
        assertThat(fixture().open(file).text()).isEqualTo("FROM \uFFFD\n");
    }

    @Test
    void saveWritesTheFileAndClearsDirty() throws IOException {
        Path file = file("Dockerfile", "FROM scratch\n");
        DockerfileDocument document = fixture().open(file);
        document.setText("FROM scratch\nUSER app\n");
        assertThat(now(fixture().workspace.save(document))).isTrue();
        assertThat(file).hasContent("FROM scratch\nUSER app\n");
        assertThat(document.isDirty()).isFalse();
        assertThat(document.savedTextProperty().get()).isEqualTo("FROM scratch\nUSER app\n");
    }

    @Test
    void savingAnUntitledBufferAsksWhereAndNamesTheTab() {
        DockerfileDocument document = fixture().workspace.newDocument();
        document.setText("FROM scratch\n");
        Path target = dir.resolve("Dockerfile.prod");
        fixture().prompts.saveLocations.add(Optional.of(target));
        assertThat(now(fixture().workspace.save(document))).isTrue();
        assertThat(target).hasContent("FROM scratch\n");
        assertThat(document.path()).contains(target);
        assertThat(document.titleProperty().get()).isEqualTo("Dockerfile.prod");
        assertThat(fixture().workspace.recentFiles()).containsExactly(target);
    }

    @Test
    void cancellingSaveAsWritesNothing() {
        DockerfileDocument document = fixture().workspace.newDocument();
        document.setText("FROM scratch\n");
        assertThat(now(fixture().workspace.save(document))).isFalse();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void aFailedSaveKeepsTheBufferDirtyAndSaysWhatToDo() throws IOException {
        DockerfileDocument document = fixture().workspace.newDocument();
        document.setText("FROM scratch\n");
        Path nowhere = dir.resolve("no-such-folder").resolve("Dockerfile");
        assertThat(now(fixture().workspace.saveAs(document, nowhere))).isFalse();
        assertThat(document.isDirty()).isTrue();
        assertThat(document.text()).isEqualTo("FROM scratch\n");
        assertThat(fixture().prompts.errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Could not save Dockerfile");
            assertThat(error.advice()).contains("Your changes are still in the editor");
        });
        assertThat(document.problemProperty().get()).contains("does not exist");
    }

    @Test
    void saveAsOntoAFileOpenInAnotherTabIsRefused() throws IOException {
        Path file = file("Dockerfile", "FROM scratch\n");
        fixture().open(file);
        DockerfileDocument other = fixture().workspace.newDocument();
        other.setText("FROM busybox\n");
        assertThat(now(fixture().workspace.saveAs(other, file))).isFalse();
        assertThat(file).hasContent("FROM scratch\n");
        assertThat(fixture().prompts.errors.get(0).message()).contains("open in another tab");
    }

    @Test
    void closingACleanTabAsksNothingAndSelectsTheNeighbour() throws IOException {
        DockerfileDocument first = fixture().open(file("a.Dockerfile", "FROM scratch\n"));
        DockerfileDocument second = fixture().open(file("b.Dockerfile", "FROM scratch\n"));
        assertThat(now(fixture().workspace.close(second))).isTrue();
        assertThat(fixture().prompts.asked).isEmpty();
        assertThat(fixture().workspace.documents()).containsExactly(first);
        assertThat(fixture().workspace.selected()).contains(first);
    }

    @Test
    void closingADirtyTabAsksAndCancelKeepsIt() {
        DockerfileDocument document = fixture().workspace.newDocument();
        document.setText("FROM scratch\n");
        fixture().prompts.unsavedAnswers.add(UnsavedChanges.CANCEL);
        assertThat(now(fixture().workspace.close(document))).isFalse();
        assertThat(fixture().prompts.asked).containsExactly("unsaved Untitled 1");
        assertThat(fixture().workspace.documents()).containsExactly(document);
    }

    @Test
    void discardClosesWithoutWriting() throws IOException {
        Path file = file("Dockerfile", "FROM scratch\n");
        DockerfileDocument document = fixture().open(file);
        document.setText("FROM busybox\n");
        fixture().prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        assertThat(now(fixture().workspace.close(document))).isTrue();
        assertThat(file).hasContent("FROM scratch\n");
        assertThat(fixture().workspace.documents()).isEmpty();
        assertThat(fixture().workspace.selected()).isEmpty();
    }

    @Test
    void saveOnCloseWritesThenCloses() throws IOException {
        Path file = file("Dockerfile", "FROM scratch\n");
        DockerfileDocument document = fixture().open(file);
        document.setText("FROM busybox\n");
        fixture().prompts.unsavedAnswers.add(UnsavedChanges.SAVE);
        assertThat(now(fixture().workspace.close(document))).isTrue();
        assertThat(file).hasContent("FROM busybox\n");
        assertThat(fixture().workspace.documents()).isEmpty();
    }

    @Test
    void exitStopsAtTheFirstCancelAndOtherwiseClosesEverything() throws IOException {
        DockerfileDocument clean = fixture().open(file("Dockerfile", "FROM scratch\n"));
        DockerfileDocument dirty = fixture().workspace.newDocument();
        dirty.setText("FROM busybox\n");
        DockerfileDocument later = fixture().workspace.newDocument();
        later.setText("FROM alpine\n");
        fixture().prompts.unsavedAnswers.add(UnsavedChanges.CANCEL);
        assertThat(now(fixture().workspace.closeAll())).isFalse();
        assertThat(fixture().workspace.documents()).containsExactly(dirty, later);
        assertThat(clean.isDirty()).isFalse();

        fixture().prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        fixture().prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        assertThat(now(fixture().workspace.closeAll())).isTrue();
        assertThat(fixture().workspace.documents()).isEmpty();
    }
}
