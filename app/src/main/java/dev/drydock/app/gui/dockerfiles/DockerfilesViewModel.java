package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument.LintedText;
import dev.drydock.app.gui.dockerfiles.document.DockerfileWorkspace;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.editor.SuppressScope;
import dev.drydock.app.gui.findings.FindingsViewModel;
import dev.drydock.app.gui.findings.RuleExplanationViewModel;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.suppress.SuppressionEdits;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.DockerfileLinter;
import dev.drydock.core.lint.RepeatedFixes;
import dev.drydock.core.samples.SampleDockerfile;
import dev.drydock.core.samples.SampleDockerfiles;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The Dockerfiles page: the open buffers (the workspace), the findings panel and the rule
 * explanation for the selected buffer, and the page's commands that go beyond one quick fix: fix all
 * safe fixes, suppress a finding, open a sample. Decisions live here; the page only binds and asks.
 */
public final class DockerfilesViewModel {

    private final DockerfileWorkspace workspace;
    private final DocumentLinter linter;
    private final UiTaskRunner runner;
    private final DocumentPrompts prompts;
    private final FindingsViewModel findings;
    private final RuleExplanationViewModel explanation;
    private final ChangeListener<LintedText> lintListener = (obs, old, now) -> showFindingsOf(now);
    private DockerfileDocument watched;

    public DockerfilesViewModel(DockerfileWorkspace workspace, DocumentLinter linter, UiTaskRunner runner,
                                DocumentPrompts prompts, DockerfileLinter rules) {
        this.workspace = workspace;
        this.prompts = prompts;
        this.linter = linter;
        this.runner = runner;
        this.findings = FindingsViewModel.forLinter(rules);
        this.explanation = RuleExplanationViewModel.forLinter(rules);
        findings.selectedFindingProperty().addListener((obs, old, now) -> {
            if (now != null) {
                explanation.show(now);
            }
        });
        workspace.selectedProperty().addListener((obs, old, now) -> watch(now));
        watch(workspace.selectedProperty().get());
    }

    public DockerfileWorkspace workspace() {
        return workspace;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public RuleExplanationViewModel explanation() {
        return explanation;
    }

    /** The bundled samples a trainer can open without any set-up. */
    public List<SampleDockerfile> samples() {
        return SampleDockerfiles.all();
    }

    /** Opens a sample as a new untitled buffer, so saving it asks where and never touches the bundled copy. */
    public DockerfileDocument openSample(SampleDockerfile sample) {
        return workspace.newDocument(sample.text(), sample.fileName());
    }

    /** Shows the rule of {@code finding} in the explanation pane and selects its row. */
    public void explain(Finding finding) {
        findings.allRows().stream().filter(row -> row.finding().equals(finding)).findFirst().ifPresent(findings::select);
        explanation.show(finding);
    }

    /**
     * One fix that applies every safe fix of the document, round after round as {@code drydock fix}
     * does, as a single edit (one undo step); empty when there is nothing to fix. Works off the UI
     * thread (config files are read); the fix is made for the text as it was when asked.
     */
    public CompletionStage<Optional<Fix>> fixAllSafe(DockerfileDocument document) {
        String text = document.text();
        Optional<Path> file = document.path();
        String name = document.displayNameProperty().get();
        CompletableFuture<Optional<Fix>> result = new CompletableFuture<>();
        runner.submit(UiTask.of("Fixing " + name, (token, progress) -> {
                    DocumentLinter.Setup setup = linter.setup(file);
                    RepeatedFixes.Outcome outcome = RepeatedFixes.fix(setup.linter(), name, text, setup.config(), false);
                    return outcome.changed()
                            ? Optional.of(Fix.of("Apply " + outcome.applied().size() + " safe fixes", Fix.Safety.SAFE,
                            text, List.of(wholeChange(text, outcome.fixed()))))
                            : Optional.<Fix>empty();
                })
                .onSuccess(result::complete)
                .onFailure(error -> {
                    prompts.showError(UserMessage.of("Could not fix " + name, error));
                    result.complete(Optional.empty());
                }));
        return result;
    }

    /**
     * The fix that suppresses {@code finding} for its instruction or the whole file, with the user's
     * justification as a comment above the pragma; empty (and the reason shown) when it cannot.
     */
    public Optional<Fix> suppression(DockerfileDocument document, Finding finding, SuppressScope scope, String justification) {
        try {
            return Optional.of(scope == SuppressScope.FILE
                    ? SuppressionEdits.inFile(document.text(), finding, justification)
                    : SuppressionEdits.onLine(document.text(), finding, justification));
        } catch (IllegalArgumentException cannot) {
            prompts.showError(new UserMessage("Cannot suppress " + finding.ruleId(), cannot.getMessage(), ""));
            return Optional.empty();
        }
    }

    /** The smallest single edit turning {@code before} into {@code after}: what differs between their common ends. */
    static TextEdit wholeChange(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return TextEdit.replace(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }

    private void watch(DockerfileDocument document) {
        if (watched != null) {
            watched.lintedProperty().removeListener(lintListener);
        }
        watched = document;
        if (document == null) {
            findings.setFindings("", List.of());
            return;
        }
        document.lintedProperty().addListener(lintListener);
        showFindingsOf(document.lintedProperty().get());
    }

    private void showFindingsOf(LintedText linted) {
        if (linted == null) {
            findings.setFindings("", List.of());
        } else {
            findings.setFindings(linted.text(), linted.findings());
        }
    }
}
