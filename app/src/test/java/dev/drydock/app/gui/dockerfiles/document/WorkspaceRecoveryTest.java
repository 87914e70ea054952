package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;
import dev.drydock.core.settings.RecoveredBuffer;
import dev.drydock.core.settings.RecoveryStore.RecoveryListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.drydock.app.gui.dockerfiles.document.WorkspaceFixture.now;
import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceRecoveryTest {

    private static final Duration AUTOSAVE = DockerfileWorkspace.DEFAULT_AUTOSAVE_DELAY;

    @TempDir
    Path dir;

    private WorkspaceFixture start() {
        return new WorkspaceFixture(dir.resolve("recovery"));
    }

    private static List<RecoveredBuffer> kept(WorkspaceFixture fixture) {
        return fixture.recovery.list().buffers();
    }

    @Test
    void dirtyBuffersAreKeptAFewSecondsAfterAChangeEvenWhileTypingGoesOn() {
        WorkspaceFixture fixture = start();
        DockerfileDocument document = fixture.workspace.newDocument();
        document.setText("F");
        fixture.scheduler.advance(AUTOSAVE.minusMillis(1));
        document.setText("FR");
        assertThat(kept(fixture)).isEmpty();
        fixture.scheduler.advanceMillis(1);
        assertThat(kept(fixture)).singleElement().satisfies(buffer -> {
            assertThat(buffer.text()).isEqualTo("FR");
            assertThat(buffer.displayName()).isEqualTo("Untitled 1");
            assertThat(buffer.path()).isNull();
        });
    }

    @Test
    void afterACrashTheNextStartOffersAndRestoresTheBuffers() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        WorkspaceFixture crashed = start();
        DockerfileDocument untitled = crashed.workspace.newDocument();
        untitled.setText("FROM busybox\n");
        DockerfileDocument edited = crashed.open(file);
        edited.setText("FROM scratch\nUSER app\n");
        crashed.scheduler.advance(AUTOSAVE);
        // The app is killed here: nothing is closed, nothing saved.

        WorkspaceFixture next = start();
        RecoveryListing offered = now(next.workspace.recoverableBuffers());
        assertThat(offered.buffers()).extracting(RecoveredBuffer::displayName)
                .containsExactlyInAnyOrder("Untitled 1", "Dockerfile");
        List<DockerfileDocument> restored = now(next.workspace.restore(offered.buffers()));
        assertThat(restored).hasSize(2);
        DockerfileDocument restoredFile = restored.stream().filter(d -> d.path().isPresent()).findFirst().orElseThrow();
        assertThat(restoredFile.text()).isEqualTo("FROM scratch\nUSER app\n");
        assertThat(restoredFile.savedTextProperty().get()).isEqualTo("FROM scratch\n");
        assertThat(restoredFile.isDirty()).isTrue();
        DockerfileDocument restoredUntitled = restored.stream().filter(d -> d.path().isEmpty()).findFirst().orElseThrow();
        assertThat(restoredUntitled.text()).isEqualTo("FROM busybox\n");
        assertThat(restoredUntitled.isDirty()).isTrue();
        assertThat(next.workspace.newDocument().displayNameProperty().get()).isEqualTo("Untitled 2");

        now(next.workspace.save(restoredFile));
        assertThat(file).hasContent("FROM scratch\nUSER app\n");
        assertThat(kept(next)).extracting(RecoveredBuffer::displayName).containsExactly("Untitled 1");
    }

    @Test
    void savingForgetsTheRecoveryCopy() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        WorkspaceFixture fixture = start();
        DockerfileDocument document = fixture.open(file);
        document.setText("FROM busybox\n");
        fixture.scheduler.advance(AUTOSAVE);
        assertThat(kept(fixture)).hasSize(1);
        now(fixture.workspace.save(document));
        assertThat(kept(fixture)).isEmpty();
    }

    @Test
    void discardingOnCloseForgetsTheRecoveryCopy() {
        WorkspaceFixture fixture = start();
        DockerfileDocument document = fixture.workspace.newDocument();
        document.setText("FROM busybox\n");
        fixture.scheduler.advance(AUTOSAVE);
        fixture.prompts.unsavedAnswers.add(UnsavedChanges.DISCARD);
        now(fixture.workspace.close(document));
        assertThat(kept(fixture)).isEmpty();
        assertThat(fixture.scheduler.pendingCount()).isZero();
    }

    @Test
    void aBufferEditedBackToItsSavedTextIsForgotten() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        WorkspaceFixture fixture = start();
        DockerfileDocument document = fixture.open(file);
        document.setText("FROM busybox\n");
        fixture.scheduler.advance(AUTOSAVE);
        document.setText("FROM scratch\n");
        fixture.scheduler.advance(AUTOSAVE);
        assertThat(kept(fixture)).isEmpty();
    }

    @Test
    void discardRecoveryForgetsWhatWasOffered() {
        WorkspaceFixture crashed = start();
        crashed.workspace.newDocument().setText("FROM busybox\n");
        crashed.scheduler.advance(AUTOSAVE);
        WorkspaceFixture next = start();
        now(next.workspace.discardRecovery());
        assertThat(now(next.workspace.recoverableBuffers()).buffers()).isEmpty();
    }

    @Test
    void aBufferWhoseFileIsGoneRestoresDirtyWithItsText() throws IOException {
        Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        WorkspaceFixture crashed = start();
        crashed.open(file).setText("FROM busybox\n");
        crashed.scheduler.advance(AUTOSAVE);
        Files.delete(file);
        WorkspaceFixture next = start();
        List<DockerfileDocument> restored = now(next.workspace.restore(now(next.workspace.recoverableBuffers()).buffers()));
        assertThat(restored).singleElement().satisfies(document -> {
            assertThat(document.text()).isEqualTo("FROM busybox\n");
            assertThat(document.isDirty()).isTrue();
            assertThat(document.missingOnDiskProperty().get()).isTrue();
        });
    }

    @Test
    void aCorruptRecoveryFileIsANoteNotACrash() throws IOException {
        Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(dir.resolve("recovery").resolve("broken.json"), "{");
        RecoveryListing listing = now(start().workspace.recoverableBuffers());
        assertThat(listing.buffers()).isEmpty();
        assertThat(listing.notes()).singleElement().satisfies(note -> assertThat(note).contains("skipped"));
    }

    @Test
    void aFailedRecoveryWriteIsReported() throws IOException {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        WorkspaceFixture fixture = start();
        fixture.workspace.newDocument().setText("FROM busybox\n");
        fixture.scheduler.advance(AUTOSAVE);
        assertThat(fixture.workspace.recoveryProblemProperty().get())
                .contains("could not keep a recovery copy", "Save your work");
    }
}
