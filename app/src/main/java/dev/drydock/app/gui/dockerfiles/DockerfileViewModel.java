package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Dockerfiles page (a read-only viewer until the editor arrives): the open file's path and text,
 * read off the UI thread.
 */
public final class DockerfileViewModel {

    /** Dockerfiles are small; anything bigger is almost certainly the wrong file. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final UiTaskRunner runner;
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private long generation;

    public DockerfileViewModel(UiTaskRunner runner) {
        this.runner = runner;
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why the last file could not be shown; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void open(Path file) {
        long request = ++generation;
        runner.submit(UiTask.of("Opening " + file.getFileName(), (token, progress) -> read(file))
                .onSuccess(content -> {
                    if (request == generation) {
                        path.set(file);
                        text.set(content);
                        problem.set("");
                    }
                })
                .onFailure(error -> {
                    if (request == generation) {
                        UserMessage message = UserMessage.of("Could not open " + file.getFileName(), error);
                        problem.set(message.message() + " " + message.advice());
                    }
                }));
    }

    static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is " + size / (1024 * 1024)
                    + " MB, too big to be a Dockerfile");
        }
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
