package dev.drydock.app.gui.seccomp;

import dev.drydock.app.gui.common.UserMessage;
import dev.drydock.app.gui.seccomp.SeccompLearningViewModel.LearningSummary;
import dev.drydock.app.gui.seccomp.SeccompLearningViewModel.VerificationSummary;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The "Learning" tab: the last learning's summary (runs, what each added, convergence; the calls by purpose
 * are in "Allowed calls"), the last verification's report, and what went wrong, in words.
 */
final class LearningPane {

    private LearningPane() {
    }

    static Node of(SeccompLearningViewModel model, SeccompEditorViewModel editor) {
        Label error = new Label();
        error.setId("seccomp-learning-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> describe(model.errorProperty().get()),
                model.errorProperty()));
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label learned = heading("seccomp-learned-headline");
        learned.textProperty().bind(Bindings.createStringBinding(() -> model.learnedProperty().get() == null
                ? "Nothing learned yet: \"Learn from a run…\" runs a workload and allows the calls it makes."
                : model.learnedProperty().get().headline(), model.learnedProperty()));
        ListView<String> runs = lines("seccomp-learned-runs", "No learning yet.");
        model.learnedProperty().addListener((obs, old, now) -> runs.getItems().setAll(linesOf(now)));
        runs.getItems().setAll(linesOf(model.learnedProperty().get()));
        Label groups = new Label();
        groups.setId("seccomp-learned-groups");
        groups.setWrapText(true);
        groups.textProperty().bind(Bindings.createStringBinding(() -> groupsLine(editor.analysisProperty().get()),
                editor.analysisProperty()));
        groups.visibleProperty().bind(model.learnedProperty().isNotNull());
        groups.managedProperty().bind(groups.visibleProperty());
        Button reopen = new Button("Open the learned profile again");
        reopen.setId("seccomp-learned-open");
        reopen.visibleProperty().bind(model.learnedProperty().isNotNull());
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(event -> model.openInEditor());

        Label verified = heading("seccomp-verified-headline");
        verified.textProperty().bind(Bindings.createStringBinding(() -> model.verifiedProperty().get() == null
                ? "Not verified yet." : model.verifiedProperty().get().headline(), model.verifiedProperty()));
        model.verifiedProperty().addListener((obs, old, now) -> {
            verified.getStyleClass().removeAll("passed-text", "error-text");
            if (now != null) {
                verified.getStyleClass().add(now.passed() ? "passed-text" : "error-text");
            }
        });
        ListView<String> report = lines("seccomp-verified-report", "Verify runs the workload under the profile.");
        model.verifiedProperty().addListener((obs, old, now) -> report.getItems().setAll(linesOf(now)));

        VBox box = new VBox(8, error, learned, runs, groups, reopen, verified, report);
        box.getStyleClass().add("seccomp-learning");
        box.setPadding(new Insets(10));
        return box;
    }

    private static Label heading(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("sidebar-heading");
        label.setWrapText(true);
        return label;
    }

    private static ListView<String> lines(String id, String placeholder) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setPlaceholder(new Label(placeholder));
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line);
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static List<String> linesOf(LearningSummary summary) {
        return summary == null ? List.of() : summary.lines();
    }

    private static List<String> linesOf(VerificationSummary summary) {
        return summary == null ? List.of() : summary.lines();
    }

    static String groupsLine(ProfileAnalysis analysis) {
        if (analysis.allowed().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("The editor's profile by purpose (details in Allowed calls): ");
        for (int i = 0; i < analysis.allowed().size(); i++) {
            AllowedGroup group = analysis.allowed().get(i);
            text.append(i == 0 ? "" : "; ").append(group.group().title()).append(' ').append(group.calls().size());
            if (group.riskyCount() > 0) {
                text.append(" (").append(group.riskyCount()).append(" marked)");
            }
        }
        return text.append('.').toString();
    }

    private static String describe(UserMessage message) {
        if (message == null) {
            return "";
        }
        String advice = message.advice() == null || message.advice().isBlank() ? "" : "\n" + message.advice();
        return message.title() + ": " + message.message() + advice;
    }
}
