package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.RunningTask;
import dev.drydock.app.gui.task.UiScheduler;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.FindingOrder;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps one document's findings up to date while the user types: edits are debounced, the text is
 * snapshotted on the UI thread, linted on a worker, and the findings applied on the UI thread only
 * when the text is still exactly the one linted. At most one check runs at a time; requests made
 * meanwhile collapse into one for the latest text, and the running check is told it is superseded.
 * Drydock's rules answer first; ShellCheck (a process) follows in a second pass, and until it
 * answers the ShellCheck findings of the unchanged start of the file are kept, so they do not
 * flicker.
 */
public final class LiveLint {

    /** Long enough to coalesce a burst of keystrokes, short enough to feel instant. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(40);

    private final DockerfileDocument document;
    private final DocumentLinter linter;
    private final UiTaskRunner runner;
    private final UiScheduler scheduler;
    private final Duration debounce;
    private final ChangeListener<String> onEdit = (obs, old, now) -> scheduleLint();
    private UiScheduler.Scheduled due;
    private RunningTask inFlight;
    private boolean requestedMeanwhile;
    private boolean stopped;

    public LiveLint(DockerfileDocument document, DocumentLinter linter, UiTaskRunner runner,
                    UiScheduler scheduler, Duration debounce) {
        this.document = document;
        this.linter = linter;
        this.runner = runner;
        this.scheduler = scheduler;
        this.debounce = debounce;
    }

    /** Checks the document now and after every edit from here on. */
    public void start() {
        stopped = false;
        document.textProperty().addListener(onEdit);
        lintNow();
    }

    /** No more checks; results still on their way are dropped. */
    public void stop() {
        stopped = true;
        document.textProperty().removeListener(onEdit);
        cancelDue();
        if (inFlight != null) {
            inFlight.cancel();
        }
    }

    /** Checks the current text without waiting for the debounce delay. */
    public void lintNow() {
        cancelDue();
        if (stopped) {
            return;
        }
        if (inFlight != null) {
            requestedMeanwhile = true;
            inFlight.cancel();
            return;
        }
        String snapshot = document.text();
        Optional<Path> file = document.path();
        List<Finding> previous = document.lintedProperty().get().findings();
        String previousText = document.lintedProperty().get().text();
        track(runner.submit(UiTask.of("Checking " + document.displayNameProperty().get(),
                        (token, progress) -> linter.quick(file, snapshot))
                .quiet()
                .onSuccess(outcome -> {
                    boolean current = deliver(snapshot, outcome, keptShellCheck(previous, previousText, snapshot));
                    if (current && outcome.shellCheckPending() && !requestedMeanwhile) {
                        runShellCheck(file, snapshot);
                    } else {
                        finished();
                    }
                })
                .onFailure(this::failed)
                .onCancelled(this::finished)));
    }

    private void runShellCheck(Optional<Path> file, String snapshot) {
        track(runner.submit(UiTask.of("Checking shell scripts", (token, progress) -> {
                    token.throwIfCancelled();
                    return linter.full(file, snapshot);
                })
                .quiet()
                .onSuccess(outcome -> {
                    deliver(snapshot, outcome, List.of());
                    finished();
                })
                .onFailure(this::failed)
                .onCancelled(this::finished)));
    }

    /** A runner that works inline (tests) has already finished the task when submit returns. */
    private void track(RunningTask task) {
        if (task.runningProperty().get()) {
            inFlight = task;
        }
    }

    private boolean deliver(String snapshot, DocumentLinter.Outcome outcome, List<Finding> carried) {
        if (stopped || !snapshot.equals(document.text())) {
            return false;
        }
        List<Finding> findings = outcome.findings();
        if (!carried.isEmpty()) {
            findings = new ArrayList<>(findings);
            findings.addAll(carried);
            findings.sort(FindingOrder.READING_ORDER);
        }
        document.showFindings(snapshot, findings, outcome.note());
        return true;
    }

    private void failed(Throwable error) {
        if (!stopped) {
            UserMessage message = UserMessage.of("Checking failed", error);
            document.showFindings(document.lintedProperty().get().text(),
                    document.lintedProperty().get().findings(), "Checking failed. " + message.message());
        }
        finished();
    }

    private void finished() {
        inFlight = null;
        if (requestedMeanwhile) {
            requestedMeanwhile = false;
            lintNow();
        }
    }

    private void scheduleLint() {
        cancelDue();
        due = scheduler.schedule(debounce, this::lintNow);
    }

    private void cancelDue() {
        if (due != null) {
            due.cancel();
            due = null;
        }
    }

    /**
     * The ShellCheck findings of the last check that lie wholly in the start of the file the edit did
     * not touch: their ranges are still right. Their fixes are dropped (made for the old text) until
     * ShellCheck answers again.
     */
    static List<Finding> keptShellCheck(List<Finding> previous, String previousText, String text) {
        int unchanged = commonPrefix(previousText, text);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : previous) {
            if (DocumentLinter.fromShellCheck(finding) && finding.textRange()
                    .filter(range -> range.endOffset() < unchanged).isPresent()) {
                kept.add(finding.withFixes(List.of()));
            }
        }
        return kept;
    }

    private static int commonPrefix(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        int i = 0;
        while (i < limit && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
