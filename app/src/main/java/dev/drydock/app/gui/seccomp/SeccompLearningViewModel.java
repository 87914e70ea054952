package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.app.seccomp.SeccompResultText;
import dev.drydock.core.daemon.ImageSummary;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.json.SeccompProfileWriter;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.learn.LearningResult;
import dev.drydock.core.seccomp.learn.Workload;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.verify.VerificationReport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Learning a profile from a run and verifying the editor's profile, as background tasks with progress and
 * Cancel: the dialog's answers ({@link WorkloadForm}), whether the buttons may be used and why not, the
 * learning summary (runs, what each added, convergence) and the verification report. A learned profile opens in
 * the editor as a new unsaved one, after the editor's unsaved-changes question. Errors become words, kept in
 * {@link #errorProperty()}.
 */
public final class SeccompLearningViewModel {

    static final String OFFLINE = "Learning and verifying run containers: connect to a Docker daemon first.";
    static final String BUSY = "A learning or verification run is under way; wait for it or cancel it in the task area.";
    static final String NO_PROFILE = "Open, start or learn a profile first: Verify checks the editor's profile.";

    private final UiTaskRunner runner;
    private final SeccompRuns runs;
    private final SeccompEditorViewModel editor;
    private final WorkloadForm form = new WorkloadForm();
    private final ObservableList<String> imageChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<LearningSummary> learned = new ReadOnlyObjectWrapper<>(this, "learned");
    private final ReadOnlyObjectWrapper<VerificationSummary> verified = new ReadOnlyObjectWrapper<>(this, "verified");
    private final ReadOnlyObjectWrapper<UserMessage> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final BooleanBinding canLearn;
    private final BooleanBinding canVerify;
    private final StringBinding learnHint;
    private final StringBinding verifyHint;

    public SeccompLearningViewModel(UiTaskRunner runner, SeccompRuns runs, SeccompEditorViewModel editor,
                                    ObservableList<ImageSummary> images, ObservableBooleanValue connected) {
        this.runner = Objects.requireNonNull(runner);
        this.runs = Objects.requireNonNull(runs);
        this.editor = Objects.requireNonNull(editor);
        images.addListener((ListChangeListener<ImageSummary>) change -> imageChoices.setAll(names(images)));
        imageChoices.setAll(names(images));
        canLearn = Bindings.createBooleanBinding(() -> connected.get() && !running.get(), connected, running);
        canVerify = Bindings.createBooleanBinding(() -> canLearn.get() && editor.openProperty().get(), canLearn,
                editor.openProperty());
        learnHint = Bindings.createStringBinding(() -> !connected.get() ? OFFLINE : running.get() ? BUSY
                : "Run a workload of an image and learn the system calls it makes.", connected, running);
        verifyHint = Bindings.createStringBinding(() -> !connected.get() ? OFFLINE : running.get() ? BUSY
                : !editor.openProperty().get() ? NO_PROFILE
                : "Run the workload under the editor's profile, compare, and probe calls it must deny.",
                connected, running, editor.openProperty());
    }

    /** The dialog's answers, kept between runs. */
    public WorkloadForm form() {
        return form;
    }

    /** The daemon's images by name (tags; the short id for untagged ones), for the image choice. */
    public ObservableList<String> imageChoices() {
        return imageChoices;
    }

    public BooleanBinding canLearnProperty() {
        return canLearn;
    }

    public BooleanBinding canVerifyProperty() {
        return canVerify;
    }

    /** Why Learn is (not) available, for its tooltip. */
    public StringBinding learnHintProperty() {
        return learnHint;
    }

    /** Why Verify is (not) available, for its tooltip. */
    public StringBinding verifyHintProperty() {
        return verifyHint;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last learning's summary; null before the first. */
    public ReadOnlyObjectProperty<LearningSummary> learnedProperty() {
        return learned.getReadOnlyProperty();
    }

    /** The last verification's report; null before the first or after a new learning. */
    public ReadOnlyObjectProperty<VerificationSummary> verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    /** What went wrong last, in words; null when the last run worked. */
    public ReadOnlyObjectProperty<UserMessage> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Learns from the form's workload in the background; the profile then opens in the editor. */
    public void learn() {
        WorkloadForm.Checked checked = form.check();
        if (!checked.ok()) {
            error.set(new UserMessage("Cannot learn yet", checked.problem(), "Fill in the dialog, then learn again."));
            return;
        }
        if (!canLearn.get()) {
            error.set(new UserMessage("Cannot learn now", learnHint.get(), ""));
            return;
        }
        Workload workload = checked.workload().orElseThrow();
        start();
        runner.submit(UiTask.of("Learning a seccomp profile for " + workload.image(),
                        (token, progress) -> runs.learn(workload, checked.options(), progress, token))
                .onSuccess(result -> {
                    running.set(false);
                    verified.set(null);
                    LearningSummary summary = LearningSummary.of(workload, result, checked.options().maxRuns());
                    learned.set(summary);
                    openInEditor();
                })
                .onFailure(failure -> failed("Learning did not finish", failure))
                .onCancelled(() -> cancelled("Learning was cancelled; its containers were removed.")));
    }

    /** Opens the last learned profile in the editor (again), after the editor's unsaved-changes question. */
    public void openInEditor() {
        LearningSummary summary = learned.get();
        if (summary != null) {
            editor.askBeforeLeaving(() -> editor.loadUnsaved(summary.profileName(), summary.profileJson()));
        }
    }

    /** Verifies the editor's profile against the form's workload in the background. */
    public void verify() {
        WorkloadForm.Checked checked = form.check();
        if (!checked.ok()) {
            error.set(new UserMessage("Cannot verify yet", checked.problem(), "Fill in the dialog, then verify again."));
            return;
        }
        if (!canVerify.get()) {
            error.set(new UserMessage("Cannot verify now", verifyHint.get(), ""));
            return;
        }
        SeccompProfile profile;
        try {
            profile = SeccompProfileReader.read(editor.textProperty().get());
        } catch (SeccompReadException e) {
            error.set(new UserMessage("Cannot verify this profile", "The editor's profile cannot be read: "
                    + e.getMessage(), "Fix the problems listed under the editor, then verify again."));
            return;
        }
        Workload workload = checked.workload().orElseThrow();
        String profileName = editor.nameProperty().get();
        start();
        runner.submit(UiTask.of("Verifying " + profileName + " with " + workload.image(),
                        (token, progress) -> runs.verify(workload, profile, checked.options(), progress, token))
                .onSuccess(report -> {
                    running.set(false);
                    verified.set(VerificationSummary.of(profileName, workload, report));
                })
                .onFailure(failure -> failed("Verification did not finish", failure))
                .onCancelled(() -> cancelled("Verification was cancelled; its containers were removed.")));
    }

    private void start() {
        error.set(null);
        running.set(true);
    }

    private void failed(String title, Throwable failure) {
        running.set(false);
        UserMessage message = UserMessage.of(title, failure);
        error.set(new UserMessage(message.title(), message.message(), message.advice() == null ? ""
                : message.advice().replace("--helper-image", "the dialog's \"Kernel log helper\"")));
    }

    private void cancelled(String text) {
        running.set(false);
        error.set(new UserMessage("Cancelled", text, ""));
    }

    private static List<String> names(List<ImageSummary> images) {
        TreeSet<String> names = new TreeSet<>();
        for (ImageSummary image : images) {
            if (image.dangling()) {
                names.add(image.shortId());
            } else {
                image.repoTags().stream().filter(tag -> !tag.equals("<none>:<none>")).forEach(names::add);
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * What a learning found, for the summary panel.
     *
     * @param headline e.g. "Converged after 3 runs: 41 system calls allowed."
     * @param lines    the runtime's calls, each run and what it added, convergence, unnamed calls
     */
    public record LearningSummary(String headline, boolean converged, List<String> lines, String profileName,
                                  String profileJson) {
        public LearningSummary {
            lines = List.copyOf(lines);
        }

        static LearningSummary of(Workload workload, LearningResult result, int maxRuns) {
            List<String> lines = new ArrayList<>();
            lines.add(SeccompResultText.runtimeLine(result));
            result.runs().forEach(run -> lines.add(SeccompResultText.runLine(run)));
            lines.add(SeccompResultText.convergenceLine(result, maxRuns,
                    "Learn again with more runs (the dialog's \"Most runs\")."));
            lines.addAll(SeccompResultText.unknownLines(result));
            String headline = (result.converged() ? "Converged after " + result.runs().size() + " runs"
                    : "Not converged after " + result.runs().size() + " runs") + ": " + result.syscalls().size()
                    + " system calls allowed for " + workload.image() + ".";
            String name = workload.image().replaceAll("[^A-Za-z0-9._-]+", "-") + " learned (new)";
            return new LearningSummary(headline, result.converged(), lines, name,
                    SeccompProfileWriter.write(result.profile()));
        }
    }

    /**
     * A verification's report, for the summary panel.
     *
     * @param headline e.g. "Passed: web.json with nginx:1.27."
     * @param lines    the report, worded as {@code drydock seccomp verify} prints it
     */
    public record VerificationSummary(boolean passed, String headline, List<String> lines) {
        public VerificationSummary {
            lines = List.copyOf(lines);
        }

        static VerificationSummary of(String profileName, Workload workload, VerificationReport report) {
            String headline = (report.passed() ? "Passed: " : "Failed: ") + profileName + " with " + workload.image()
                    + ".";
            return new VerificationSummary(report.passed(), headline, SeccompResultText.verification(report));
        }
    }
}
