package dev.drydock.app.gui.seccomp;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The dialog that chooses what a learning or verification run starts: image (from the daemon's images, or
 * typed), workload, duration, network, most runs, helper image. It edits a {@link WorkloadForm} in place; OK
 * stays disabled while the form says what is missing, and the reason shows under the fields.
 */
final class WorkloadDialog {

    private WorkloadDialog() {
    }

    /** Shows the dialog; true when the user confirmed with {@code action} ("Learn", "Verify"). */
    static boolean show(Window owner, String title, String action, WorkloadForm form, ObservableList<String> images) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(fields(form, images));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !form.check().ok(), form.imageProperty(), form.kindProperty(), form.commandLineProperty(),
                form.scriptProperty(), form.secondsProperty(), form.maxRunsProperty()));
        dialog.getDialogPane().setId("seccomp-workload-dialog");
        return dialog.showAndWait().filter(confirm::equals).isPresent();
    }

    static GridPane fields(WorkloadForm form, ObservableList<String> images) {
        ComboBox<String> image = new ComboBox<>(images);
        image.setId("seccomp-workload-image");
        image.setEditable(true);
        image.setPrefWidth(360);
        image.setPromptText("an image of the daemon, e.g. nginx:1.27");
        image.valueProperty().bindBidirectional(form.imageProperty());
        ComboBox<WorkloadKind> kind = new ComboBox<>();
        kind.getItems().setAll(WorkloadKind.values());
        kind.setId("seccomp-workload-kind");
        kind.valueProperty().bindBidirectional(form.kindProperty());
        TextField command = new TextField();
        command.setId("seccomp-workload-command");
        command.setPromptText("sh -c 'echo hi; cat /etc/hostname'");
        command.textProperty().bindBidirectional(form.commandLineProperty());
        command.visibleProperty().bind(form.kindProperty().isEqualTo(WorkloadKind.COMMAND_LINE));
        command.managedProperty().bind(command.visibleProperty());
        TextArea script = new TextArea();
        script.setId("seccomp-workload-script");
        script.setPromptText("one shell command per line; each runs with docker exec");
        script.setPrefRowCount(5);
        script.textProperty().bindBidirectional(form.scriptProperty());
        script.visibleProperty().bind(form.kindProperty().isEqualTo(WorkloadKind.SCRIPT));
        script.managedProperty().bind(script.visibleProperty());
        Spinner<Integer> seconds = new Spinner<>(1, WorkloadForm.MAX_SECONDS, form.secondsProperty().get());
        seconds.setId("seccomp-workload-seconds");
        seconds.setEditable(true);
        seconds.valueProperty().addListener((obs, old, now) -> form.secondsProperty().set(now == null ? 0 : now));
        CheckBox network = new CheckBox("Network (the daemon's default bridge; off: no network)");
        network.selectedProperty().bindBidirectional(form.networkProperty());
        Spinner<Integer> runs = new Spinner<>(1, WorkloadForm.MAX_RUNS, form.maxRunsProperty().get());
        runs.setEditable(true);
        runs.valueProperty().addListener((obs, old, now) -> form.maxRunsProperty().set(now == null ? 0 : now));
        TextField helper = new TextField();
        helper.setPromptText("optional: an image with dmesg (e.g. busybox)");
        helper.textProperty().bindBidirectional(form.helperImageProperty());
        Label problem = new Label();
        problem.setId("seccomp-workload-problem");
        problem.getStyleClass().add("hint");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> form.check().problem(), form.imageProperty(),
                form.kindProperty(), form.commandLineProperty(), form.scriptProperty(), form.secondsProperty(),
                form.maxRunsProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Image"), image);
        grid.addRow(1, new Label("Workload"), kind);
        grid.add(command, 1, 2);
        grid.add(script, 1, 3);
        grid.addRow(4, new Label("Seconds per run"), seconds);
        grid.add(network, 1, 5);
        grid.addRow(6, new Label("Most runs"), runs);
        grid.addRow(7, new Label("Kernel log helper"), helper);
        grid.add(problem, 0, 8, 2, 1);
        return grid;
    }
}
