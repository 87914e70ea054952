package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.settings.RecoveredBuffer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Opens recovered buffers again, one after another so the tabs keep their order. A buffer for a
 * file reads the file (off the UI thread) to know what is saved; when the file is gone, the buffer
 * opens dirty with the recovered text. A buffer whose file is open already is skipped.
 */
final class Restorer {

    private final UiTaskRunner runner;
    private final UnaryOperator<DockerfileDocument> open;
    private final Function<Path, Optional<DockerfileDocument>> alreadyOpen;

    Restorer(UiTaskRunner runner, UnaryOperator<DockerfileDocument> open,
             Function<Path, Optional<DockerfileDocument>> alreadyOpen) {
        this.runner = runner;
        this.open = open;
        this.alreadyOpen = alreadyOpen;
    }

    CompletionStage<List<DockerfileDocument>> restore(List<RecoveredBuffer> buffers) {
        List<DockerfileDocument> restored = new ArrayList<>();
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (RecoveredBuffer buffer : buffers) {
            chain = chain.thenCompose(ignored -> restoreOne(buffer)).thenAccept(document -> document.ifPresent(restored::add));
        }
        return chain.thenApply(ignored -> List.copyOf(restored));
    }

    private CompletionStage<Optional<DockerfileDocument>> restoreOne(RecoveredBuffer buffer) {
        Optional<Path> file = buffer.file().map(DockerfileWorkspace::normalize);
        if (file.isEmpty()) {
            return done(open.apply(DockerfileDocument.restoredWithoutFile(buffer.id(), null, buffer.displayName(), buffer.text())));
        }
        if (alreadyOpen.apply(file.get()).isPresent()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<DockerfileDocument>> result = new CompletableFuture<>();
        runner.submit(UiTask.of("Restoring " + buffer.displayName(), (token, progress) -> DocumentFiles.read(file.get()))
                .onSuccess(loaded -> result.complete(Optional.of(
                        open.apply(DockerfileDocument.restored(buffer.id(), loaded, buffer.text())))))
                .onFailure(gone -> result.complete(Optional.of(open.apply(
                        DockerfileDocument.restoredWithoutFile(buffer.id(), file.get(), null, buffer.text()))))));
        return result;
    }

    private static CompletionStage<Optional<DockerfileDocument>> done(DockerfileDocument document) {
        return CompletableFuture.completedFuture(Optional.of(document));
    }
}
