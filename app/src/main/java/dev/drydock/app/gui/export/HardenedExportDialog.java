package dev.drydock.app.gui.export;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.common.UserMessage;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * The "Export hardened Dockerfile" dialog: options, the changes and the whole diff, Export / Cancel.
 * Export keeps the dialog open until the files are written (or shows why not); it closes after.
 */
public final class HardenedExportDialog {

    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final HardenedExportViewModel model;

    public HardenedExportDialog(HardenedExportViewModel model, Window owner) {
        this.model = model;
        dialog.setTitle("Export hardened Dockerfile");
        dialog.setHeaderText("Apply the fixes, review the result, and write it to a file.");
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("hardened-export");
        dialog.getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.setId("export-hardened");
        export.disableProperty().bind(model.busyProperty().or(model.resultProperty().isNull()));
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.export();
        });
        model.writtenProperty().addListener((observable, before, now) -> {
            if (!now.isEmpty()) {
                dialog.setResult(EXPORT);
                dialog.close();
            }
        });
        model.includeNeedsReviewProperty().addListener((observable, before, now) -> model.prepare());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Hardens with the default options and shows the dialog without waiting. */
    public void show() {
        dialog.show();
        model.prepare();
    }

    private VBox content() {
        CheckBox needsReview = new CheckBox("Also apply fixes that need review (each one is shown to you first)");
        needsReview.setId("export-include-needs-review");
        needsReview.selectedProperty().bindBidirectional(model.includeNeedsReviewProperty());
        needsReview.disableProperty().bind(model.busyProperty());
        CheckBox report = new CheckBox("Write a change report (" + HardenedExportViewModel.REPORT_SUFFIX + ") beside it");
        report.setId("export-write-report");
        report.selectedProperty().bindBidirectional(model.writeReportProperty());

        Label summary = new Label();
        summary.setId("export-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model.resultProperty().get(),
                model.busyProperty().get()), model.resultProperty(), model.busyProperty()));
        ListView<String> changes = new ListView<>();
        changes.setId("export-changes");
        changes.setPrefHeight(120);
        changes.itemsProperty().bind(Bindings.createObjectBinding(() -> javafx.collections.FXCollections.observableArrayList(
                model.resultProperty().get() == null ? List.of() : model.resultProperty().get().changes()), model.resultProperty()));
        TextArea diff = new TextArea();
        diff.setId("export-diff");
        diff.getStyleClass().add("export-diff");
        diff.setEditable(false);
        diff.setPrefColumnCount(100);
        diff.setPrefRowCount(18);
        diff.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() == null ? ""
                : model.resultProperty().get().diff(), model.resultProperty()));
        VBox.setVgrow(diff, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> describe(model.problemProperty().get()),
                model.problemProperty()));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(8, new HBox(16, needsReview, report), summary, changes, diff, problem);
        box.setPrefWidth(820);
        return box;
    }

    private static String summary(HardenedDockerfile result, boolean busy) {
        if (result == null) {
            return busy ? "Applying fixes…" : "";
        }
        int open = result.outcome().remaining().findings().size();
        return result.changes().isEmpty() ? "No fix applies to this file; " + open + " findings need editing by hand."
                : result.changes().size() + " changes; " + open + " findings still open.";
    }

    private static String describe(UserMessage message) {
        return message == null ? "" : message.message() + " " + message.advice();
    }
}
