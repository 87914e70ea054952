package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.editor.EditorActions;
import dev.drydock.app.gui.editor.SuppressScope;
import dev.drydock.app.gui.findings.FixPreview;
import dev.drydock.app.gui.findings.FixPreviewDialog;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixNotApplicableException;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the quick fixes of one tab's editor do: apply a fix as one undo step, preview it first, fix
 * every safe finding, suppress with a justification, explain the rule.
 */
final class EditorCommands implements EditorActions {

    private final DocumentTab tab;
    private final DockerfilesViewModel model;
    private final DocumentPrompts prompts;
    private final Supplier<Window> window;
    private final Runnable showExplanation;

    EditorCommands(DocumentTab tab, DockerfilesViewModel model, DocumentPrompts prompts, Supplier<Window> window,
                   Runnable showExplanation) {
        this.tab = tab;
        this.model = model;
        this.prompts = prompts;
        this.window = window;
        this.showExplanation = showExplanation;
    }

    @Override
    public void applyFix(Finding finding, Fix fix) {
        apply(fix);
    }

    @Override
    public void previewFix(Finding finding, Fix fix) {
        FixPreview preview = FixPreview.ofFix(tab.document().displayNameProperty().get(), tab.editor().text(), fix);
        if (FixPreviewDialog.confirm(window.get(), preview, "Apply fix")) {
            apply(fix);
        }
    }

    @Override
    public void fixAllSafe() {
        model.fixAllSafe(tab.document()).thenAccept(fix -> fix.ifPresent(this::apply));
    }

    /** Asks to preview the result of fixing every safe finding, then applies it as one undo step. */
    void previewFixAllSafe() {
        model.fixAllSafe(tab.document()).thenAccept(fix -> fix.ifPresentOrElse(all -> {
            FixPreview preview = FixPreview.ofFix(tab.document().displayNameProperty().get(), tab.editor().text(), all);
            if (FixPreviewDialog.confirm(window.get(), preview, "Apply all")) {
                apply(all);
            }
        }, () -> prompts.showError(new UserMessage("Nothing to fix",
                "No finding in " + tab.document().displayNameProperty().get() + " has a safe fix.", ""))));
    }

    @Override
    public void suppress(Finding finding, SuppressScope scope) {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle("Suppress " + finding.ruleId());
        ask.setHeaderText("Suppress " + finding.ruleId() + (scope == SuppressScope.FILE ? " in this whole file" : " for this instruction")
                + ".\nWhy is this acceptable here? The reason is written as a comment above the pragma.");
        ask.setContentText("Justification:");
        ask.getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        ask.getDialogPane().getStyleClass().add("drydock-dialog");
        ask.getEditor().setId("suppress-justification");
        if (window.get() != null) {
            ask.initOwner(window.get());
        }
        Optional<String> justification = ask.showAndWait();
        justification.flatMap(reason -> model.suppression(tab.document(), finding, scope, reason.strip()))
                .ifPresent(this::apply);
    }

    @Override
    public void explain(Finding finding) {
        model.explain(finding);
        showExplanation.run();
    }

    private void apply(Fix fix) {
        try {
            tab.editor().applyFix(fix);
        } catch (FixNotApplicableException stale) {
            prompts.showError(new UserMessage("The fix no longer fits", stale.getMessage(),
                    "The file is being checked again; pick the fix once more from the fresh findings."));
        }
    }
}
