package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument.LintedText;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.editor.DockerfileEditor;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.settings.RecoveryStore;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One editor wired like a tab of the Dockerfiles page (a {@link DocumentTab} over a document of a real
 * {@link DockerfileWorkspace} with its {@code LiveLint}, the FX task runner and timer), shown in a
 * window, driven by key events from a benchmark thread. Each keystroke types a character at a random
 * place, the next one deletes it again with Backspace, so the file stays the benchmark's file.
 */
final class RelintTrial implements AutoCloseable {

    private static final String TYPED = "abcdefghijklmnopqrstuvwxyz -=";
    private static final long WAIT_SECONDS = 30;

    private enum PulseFor { KEYSTROKE, FINDINGS, SHELLCHECK_FINDINGS }

    private final boolean shellCheck;
    private final RelintSamples samples = new RelintSamples();
    private final Random random = new Random(4);
    private final UiTaskRunner runner;
    private Stage stage;
    private DockerfileWorkspace workspace;
    private DockerfileDocument document;
    private DockerfileEditor editor;
    // FX thread only:
    private Keystroke pending;
    private PulseFor pulseFor;
    private long pulseStart;
    private long deliveryStart;
    private LintedText lastLinted;

    /** A keystroke waiting for its findings. */
    private static final class Keystroke {
        final long start;
        final String text;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        boolean quickSeen;

        Keystroke(long start, String text) {
            this.start = start;
            this.text = text;
        }
    }

    /**
     * @param linter     the document linter; with ShellCheck the trial also waits for its second pass
     * @param shellCheck whether {@code linter} runs ShellCheck
     * @param runner     the FX task runner, shared by the trials (autosaves may still finish after a trial)
     */
    RelintTrial(String text, DocumentLinter linter, boolean shellCheck, UiTaskRunner runner, Path recoveryFolder) {
        this.shellCheck = shellCheck;
        this.runner = runner;
        Keystroke opening = onFx(() -> {
            workspace = new DockerfileWorkspace(runner, UiScheduler.fx(), WorkbenchPreferences.inMemory(),
                    new RecoveryStore(recoveryFolder), linter, new NoPrompts(), DockerfileWorkspace.Timing.defaults(),
                    Clock.systemUTC());
            document = workspace.newDocument(text, "bench.Dockerfile");
            document.lintedProperty().addListener(beforeDelivery());
            editor = new DockerfileEditor();
            new DocumentTab(document, editor);
            document.lintedProperty().addListener((obs, old, now) -> delivered(now, deliveryStart));
            Scene scene = new Scene((Parent) editor.node(), 1100, 760);
            scene.getStylesheets().addAll(Stylesheet.urls());
            scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
            scene.addPostLayoutPulseListener(this::pulseDone);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            editor.area().requestFocus();
            pending = new Keystroke(System.nanoTime(), text);
            return pending;
        });
        await(opening.done);
    }

    /** Runs {@code warmUp} keystrokes, forgets what they measured, then measures {@code count}. */
    RelintSamples run(int warmUp, int count) throws InterruptedException {
        type(warmUp);
        onFx(() -> {
            samples.clear();
            return null;
        });
        type(count);
        return onFx(() -> samples);
    }

    private void type(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            boolean insert = i % 2 == 0;
            if (insert) {
                onFx(this::moveCaretSomewhere);
                settle();
            }
            char typed = TYPED.charAt(random.nextInt(TYPED.length()));
            Keystroke keystroke = onFx(() -> press(insert, typed));
            await(keystroke.done);
            settle();
        }
    }

    /** Lets the pulse after the last change pass and the caret blink reset, like a pause between keys. */
    private void settle() throws InterruptedException {
        Thread.sleep(25 + random.nextInt(20));
        onFx(() -> null);
    }

    private Void moveCaretSomewhere() {
        pulseFor = null; // the pulse that scrolls to the new place is not the keystroke's
        CodeArea area = editor.area();
        int paragraph = random.nextInt(area.getParagraphs().size());
        int column = random.nextInt(area.getParagraphLength(paragraph) + 1);
        area.moveTo(paragraph, column);
        area.requestFollowCaret();
        return null;
    }

    private Keystroke press(boolean insert, char typed) {
        CodeArea area = editor.area();
        int before = area.getLength();
        KeyEvent event = insert
                ? new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(typed), "", KeyCode.UNDEFINED, false, false, false, false)
                : new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false);
        pulseFor = null;
        long start = System.nanoTime();
        Event.fireEvent(area, event);
        long end = System.nanoTime();
        if (area.getLength() != before + (insert ? 1 : -1)) {
            throw new IllegalStateException("The key event did not change the text by one character");
        }
        samples.keystrokeFx.add(end - start);
        pulseFor = PulseFor.KEYSTROKE;
        pending = new Keystroke(start, editor.text());
        return pending;
    }

    /**
     * Runs first on every delivery. An invalidation listener, since a change listener stays quiet when
     * the new result equals the old one (then the editor already shows it and nothing else runs).
     */
    private InvalidationListener beforeDelivery() {
        return observable -> {
            deliveryStart = System.nanoTime();
            LintedText now = document.lintedProperty().get();
            if (now.equals(lastLinted)) {
                delivered(now, deliveryStart);
            }
            lastLinted = now;
        };
    }

    private void delivered(LintedText linted, long start) {
        long now = System.nanoTime();
        Keystroke keystroke = pending;
        if (keystroke == null || !linted.text().equals(keystroke.text) || !linted.text().equals(editor.text())) {
            return;
        }
        if (!keystroke.quickSeen) {
            keystroke.quickSeen = true;
            samples.toFindings.add(now - keystroke.start);
            samples.findingsFx.add(now - start);
            pulseFor = PulseFor.FINDINGS;
            if (!shellCheck) {
                keystroke.done.complete(null);
            }
        } else {
            samples.toShellCheckFindings.add(now - keystroke.start);
            samples.shellCheckFx.add(now - start);
            pulseFor = PulseFor.SHELLCHECK_FINDINGS;
            keystroke.done.complete(null);
        }
    }

    private void pulseDone() {
        long duration = System.nanoTime() - pulseStart;
        if (pulseFor == PulseFor.KEYSTROKE) {
            samples.keystrokePulse.add(duration);
        } else if (pulseFor == PulseFor.FINDINGS) {
            samples.findingsPulse.add(duration);
        } else if (pulseFor == PulseFor.SHELLCHECK_FINDINGS) {
            samples.shellCheckPulse.add(duration);
        }
        pulseFor = null;
    }

    @Override
    public void close() {
        CompletableFuture<Boolean> closed = onFx(() -> {
            stage.hide();
            return workspace.close(document).toCompletableFuture();
        });
        await(closed);
    }

    private static <T> T onFx(Callable<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return await(result);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The editor did not answer within " + WAIT_SECONDS + " s", e);
        }
    }

    /** The benchmark never closes a document or meets a changed file. */
    private static final class NoPrompts implements DocumentPrompts {

        @Override
        public UnsavedChanges askUnsavedChanges(DockerfileDocument document) {
            return UnsavedChanges.DISCARD;
        }

        @Override
        public ExternalChange askExternalChange(DockerfileDocument document) {
            return ExternalChange.KEEP_MINE;
        }

        @Override
        public Optional<Path> chooseSaveLocation(DockerfileDocument document) {
            return Optional.empty();
        }

        @Override
        public void showError(UserMessage message) {
            throw new IllegalStateException(message.message());
        }
    }
}
