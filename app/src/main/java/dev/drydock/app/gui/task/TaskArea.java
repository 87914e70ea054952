package dev.drydock.app.gui.task;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The running task in the status bar: its title and message, progress, a cancel button and how many
 * more are waiting. Hidden while nothing runs.
 */
public final class TaskArea {

    private final HBox root = new HBox(8);
    private final Label text = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, Glyphs.of(Glyph.CANCEL));
    private final Label more = new Label();
    private final UiTaskRunner runner;

    public TaskArea(UiTaskRunner runner) {
        this.runner = runner;
        root.getStyleClass().add("task-area");
        root.setId("task-area");
        progress.setPrefWidth(140);
        cancel.setId("task-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setTooltip(new Tooltip("Cancel"));
        more.getStyleClass().add("task-more");
        root.getChildren().addAll(text, progress, cancel, more);
        runner.visibleTasks().addListener((ListChangeListener<RunningTask>) change -> show());
        show();
    }

    public HBox node() {
        return root;
    }

    private void show() {
        var tasks = runner.visibleTasks();
        root.setVisible(!tasks.isEmpty());
        root.setManaged(!tasks.isEmpty());
        text.textProperty().unbind();
        progress.progressProperty().unbind();
        cancel.disableProperty().unbind();
        if (tasks.isEmpty()) {
            return;
        }
        RunningTask current = tasks.get(tasks.size() - 1);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> current.messageProperty().get().isEmpty() ? current.titleProperty().get() : current.messageProperty().get(),
                current.titleProperty(), current.messageProperty()));
        progress.progressProperty().bind(current.progressProperty());
        cancel.disableProperty().bind(current.cancelRequestedProperty());
        cancel.setOnAction(event -> current.cancel());
        more.setText(tasks.size() > 1 ? "+" + (tasks.size() - 1) + " more" : "");
    }
}
