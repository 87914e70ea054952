package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.ExternalChange;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts.UnsavedChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static dev.drydock.app.gui.dockerfiles.document.WorkspaceFixture.now;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalChangesTest {

    @TempDir
    Path dir;

    private WorkspaceFixture fixture;
    private Path file;
    private DockerfileDocument document;

    private void openDockerfile(String text) throws IOException {
        fixture = new WorkspaceFixture(dir.resolve("recovery"));
        file = Files.writeString(dir.resolve("Dockerfile"), text);
        document = fixture.open(file);
    }

    private void changeOnDisk(String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    @Test
    void anUnchangedBufferIsReloadedSilently() throws IOException {
        openDockerfile("FROM scratch\n");
        changeOnDisk("FROM busybox\n");
        fixture.workspace.checkExternalChanges();
        assertThat(document.text()).isEqualTo("FROM busybox\n");
        assertThat(document.isDirty()).isFalse();
        assertThat(fixture.prompts.asked).isEmpty();
    }

    @Test
    void aChangeOfTheSameSizeIsNoticedToo() throws IOException {
        openDockerfile("FROM aaaaaaa\n");
        changeOnDisk("FROM bbbbbbb\n");
        fixture.workspace.checkExternalChanges();
        assertThat(document.text()).isEqualTo("FROM bbbbbbb\n");
    }

    @Test
    void aTouchedFileWithTheSameContentChangesNothing() throws IOException {
        openDockerfile("FROM scratch\n");
        document.setText("FROM scratch\nUSER app\n");
        changeOnDisk("FROM scratch\n");
        fixture.workspace.checkExternalChanges();
        assertThat(fixture.prompts.asked).isEmpty();
        assertThat(document.text()).isEqualTo("FROM scratch\nUSER app\n");
    }

    @Test
    void aDirtyBufferAsksAndReloadReplacesTheText() throws IOException {
        openDockerfile("FROM scratch\n");
        document.setText("FROM scratch\nUSER app\n");
        changeOnDisk("FROM busybox\n");
        fixture.prompts.externalAnswers.add(ExternalChange.RELOAD);
        fixture.workspace.checkExternalChanges();
        assertThat(fixture.prompts.asked).containsExactly("external Dockerfile");
        assertThat(document.text()).isEqualTo("FROM busybox\n");
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void keepMineKeepsTheTextAndDoesNotAskAgainForTheSameVersion() throws IOException {
        openDockerfile("FROM scratch\n");
        document.setText("FROM scratch\nUSER app\n");
        changeOnDisk("FROM busybox\n");
        fixture.prompts.externalAnswers.add(ExternalChange.KEEP_MINE);
        fixture.workspace.checkExternalChanges();
        fixture.workspace.checkExternalChanges();
        assertThat(fixture.prompts.asked).containsExactly("external Dockerfile");
        assertThat(document.text()).isEqualTo("FROM scratch\nUSER app\n");
        assertThat(document.isDirty()).isTrue();
        assertThat(now(fixture.workspace.save(document))).isTrue();
        assertThat(file).hasContent("FROM scratch\nUSER app\n");
    }

    @Test
    void aDeletedFileLeavesTheBufferOpenAndDirtySoClosingAsks() throws IOException {
        openDockerfile("FROM scratch\n");
        Files.delete(file);
        fixture.workspace.checkExternalChanges();
        assertThat(document.missingOnDiskProperty().get()).isTrue();
        assertThat(document.isDirty()).isTrue();
        assertThat(document.text()).isEqualTo("FROM scratch\n");
        fixture.prompts.unsavedAnswers.add(UnsavedChanges.CANCEL);
        assertThat(now(fixture.workspace.close(document))).isFalse();
    }

    @Test
    void ourOwnSaveIsNotMistakenForAnExternalChange() throws IOException {
        openDockerfile("FROM scratch\n");
        document.setText("FROM busybox\n");
        now(fixture.workspace.save(document));
        document.setText("FROM busybox\nUSER app\n");
        fixture.workspace.checkExternalChanges();
        assertThat(fixture.prompts.asked).isEmpty();
        assertThat(document.text()).isEqualTo("FROM busybox\nUSER app\n");
    }
}
