package dev.drydock.app.gui.seccomp;

import dev.drydock.core.seccomp.validation.SeccompProblem;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The Seccomp page: a profile editor (JSON text with its problems listed as you type; a click on a
 * problem moves the caret there) beside what the profile allows, grouped by purpose, its diff against
 * the baseline or another file, and its exports. The view binds and forwards; the model decides.
 */
public final class SeccompPage {

    private final SeccompEditorViewModel model;
    private final SeccompLearningViewModel learning;
    private final BorderPane root = new BorderPane();
    private final TextArea editor = new TextArea();
    private final ObservableList<SeccompProblem> problems = FXCollections.observableArrayList();
    private final ListView<SeccompProblem> problemList = new ListView<>(problems);
    private final TabPane tabs = new TabPane();
    private final Tab learningTab = new Tab("Learning");

    public SeccompPage(SeccompEditorViewModel model, SeccompLearningViewModel learning) {
        this.model = model;
        this.learning = learning;
        root.setId("seccomp-page");
        root.getStyleClass().add("seccomp-page");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(editorPane(), insight());
        split.setDividerPositions(0.5);
        root.setCenter(split);
        model.analysisProperty().addListener((obs, old, now) -> problems.setAll(now.problems()));
        problems.setAll(model.analysisProperty().get().problems());
    }

    public Node node() {
        return root;
    }

    /** The profile's text area, for tests and the window. */
    public TextArea editor() {
        return editor;
    }

    private Node toolbar() {
        Label title = new Label("Seccomp");
        title.getStyleClass().add("page-title");
        MenuButton create = new MenuButton("New", Glyphs.of(Glyph.NEW_FILE));
        create.setId("seccomp-new");
        for (ProfileTemplate template : ProfileTemplate.values()) {
            MenuItem item = new MenuItem("From the " + template.title().toLowerCase(Locale.ROOT) + " template");
            item.setId("seccomp-new-" + template.id());
            item.setOnAction(event -> model.newFromTemplate(template));
            create.getItems().add(item);
        }
        Button open = new Button("Open…", Glyphs.of(Glyph.OPEN_FILE));
        open.setId("seccomp-open");
        open.setOnAction(event -> model.open());
        Button save = new Button("Save", Glyphs.of(Glyph.SAVE));
        save.setId("seccomp-save");
        save.disableProperty().bind(model.openProperty().not());
        save.setOnAction(event -> model.save());
        Button saveAs = new Button("Save as…");
        saveAs.setId("seccomp-save-as");
        saveAs.disableProperty().bind(model.openProperty().not());
        saveAs.setOnAction(event -> model.saveAs());
        Label name = new Label();
        name.setId("seccomp-name");
        name.getStyleClass().add("file-path");
        name.textProperty().bind(Bindings.when(model.dirtyProperty()).then(model.nameProperty().concat(" •"))
                .otherwise(model.nameProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, create, open, save, saveAs, name, spacer, learningButtons());
        bar.getStyleClass().add("page-header");
        bar.setStyle("-fx-alignment: center-left;");
        return bar;
    }

    /**
     * "Learn from a run…" and "Verify": each opens the workload dialog, then runs in the background (task area).
     * Offline or busy they are disabled; the wrapper carries the reason as a tooltip, since disabled controls show
     * none.
     */
    private Node learningButtons() {
        Button learn = new Button("Learn from a run…", Glyphs.of(Glyph.SCAN));
        learn.setId("seccomp-learn");
        learn.disableProperty().bind(learning.canLearnProperty().not());
        learn.setOnAction(event -> {
            if (WorkloadDialog.show(root.getScene().getWindow(), "Learn a seccomp profile from a run", "Learn",
                    learning.form(), learning.imageChoices())) {
                tabs.getSelectionModel().select(learningTab);
                learning.learn();
            }
        });
        Button verify = new Button("Verify", Glyphs.of(Glyph.FIX));
        verify.setId("seccomp-verify");
        verify.disableProperty().bind(learning.canVerifyProperty().not());
        verify.setOnAction(event -> {
            if (WorkloadDialog.show(root.getScene().getWindow(), "Verify the profile with a run", "Verify",
                    learning.form(), learning.imageChoices())) {
                tabs.getSelectionModel().select(learningTab);
                learning.verify();
            }
        });
        HBox learnBox = new HBox(learn);
        Tooltip learnTip = new Tooltip();
        learnTip.textProperty().bind(learning.learnHintProperty());
        Tooltip.install(learnBox, learnTip);
        HBox verifyBox = new HBox(verify);
        Tooltip verifyTip = new Tooltip();
        verifyTip.textProperty().bind(learning.verifyHintProperty());
        Tooltip.install(verifyBox, verifyTip);
        HBox area = new HBox(6, new Separator(Orientation.VERTICAL), learnBox, verifyBox);
        area.setId("seccomp-learning-area");
        return area;
    }

    private Node editorPane() {
        editor.setId("seccomp-editor");
        editor.getStyleClass().add("seccomp-code");
        editor.textProperty().bindBidirectional(model.textProperty());
        editor.disableProperty().bind(model.openProperty().not());
        Label empty = new Label("Start a profile from a template (New) or open a profile file.");
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(model.openProperty().not());
        StackPane editorHost = new StackPane(editor, empty);
        VBox.setVgrow(editorHost, Priority.ALWAYS);

        problemList.setId("seccomp-problems");
        problemList.setCellFactory(list -> SeccompCells.problem());
        problemList.setPlaceholder(new Label("No problems."));
        problemList.setPrefHeight(150);
        problemList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.positionCaret(model.caretOffsetOf(now));
                editor.requestFocus();
            }
        });
        Label heading = new Label("Problems");
        heading.getStyleClass().add("sidebar-heading");
        VBox box = new VBox(6, editorHost, heading, problemList);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node insight() {
        tabs.setId("seccomp-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab allowed = new Tab("Allowed calls", allowedPane());
        allowed.setId("seccomp-allowed-tab");
        Tab diff = new Tab("Diff", diffPane());
        diff.setId("seccomp-diff-tab");
        Tab export = new Tab("Export", new SeccompExportPane(model.export()).node());
        export.setId("seccomp-export-tab");
        learningTab.setContent(LearningPane.of(learning, model));
        learningTab.setId("seccomp-learning-tab");
        learning.learnedProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(learningTab));
        tabs.getTabs().addAll(allowed, diff, export, learningTab);
        return tabs;
    }

    private Node allowedPane() {
        Label summary = new Label();
        summary.setId("seccomp-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.analysisProperty().get().summary(),
                model.analysisProperty()));
        ListView<AllowedGroup> groups = new ListView<>();
        groups.setId("seccomp-groups");
        groups.setCellFactory(list -> SeccompCells.allowedGroup());
        groups.setPlaceholder(new Label("No call is allowed by a rule."));
        model.analysisProperty().addListener((obs, old, now) -> groups.getItems().setAll(now.allowed()));
        VBox.setVgrow(groups, Priority.ALWAYS);
        Label legend = new Label("Marked calls deserve attention; * allowed only under conditions.");
        legend.getStyleClass().add("seccomp-group-explanation");
        VBox box = new VBox(8, summary, groups, legend);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node diffPane() {
        Button baseline = new Button("Against the baseline");
        baseline.setId("seccomp-diff-baseline");
        baseline.setOnAction(event -> model.compareWithBaseline());
        Button other = new Button("Against a file…", Glyphs.of(Glyph.OPEN_FILE));
        other.setId("seccomp-diff-file");
        other.setOnAction(event -> model.compareWithFile());
        Label against = new Label();
        against.setId("seccomp-diff-reference");
        against.textProperty().bind(Bindings.concat("Compared with ", model.referenceNameProperty()));
        Label summary = new Label();
        summary.setId("seccomp-diff-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.analysisProperty().get().diffSummary()), model.analysisProperty()));
        ListView<DiffGroup> groups = new ListView<>();
        groups.setId("seccomp-diff");
        groups.setCellFactory(list -> SeccompCells.diffGroup());
        groups.setPlaceholder(new Label("No call is newly allowed or no longer allowed."));
        model.analysisProperty().addListener((obs, old, now) -> groups.getItems().setAll(now.diff()));
        VBox.setVgrow(groups, Priority.ALWAYS);
        HBox buttons = new HBox(6, baseline, other);
        VBox box = new VBox(8, buttons, against, summary, groups);
        box.setPadding(new Insets(10));
        return box;
    }
}
