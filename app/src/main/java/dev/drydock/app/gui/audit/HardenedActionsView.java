package dev.drydock.app.gui.audit;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Below the hardened run configuration: "Observe writes" (docker diff decides the tmpfs mounts) and
 * "Recreate hardened…" (a copy next to the original, after confirmation), with what each reported.
 */
final class HardenedActionsView {

    private final VBox root = new VBox(8);

    HardenedActionsView(ContainerAuditViewModel model) {
        Button observe = new Button("Observe writes");
        observe.setId("container-audit-observe");
        observe.setTooltip(new Tooltip("Read what the container has written (docker diff) and give those"
                + " directories a tmpfs in the read-only hardened run"));
        observe.disableProperty().bind(model.observingProperty().or(model.auditedProperty().not()));
        observe.setOnAction(event -> model.observeWrites());
        Button recreate = new Button("Recreate hardened…");
        recreate.setId("container-audit-recreate");
        recreate.setTooltip(new Tooltip("Create and start a copy with the options switched on above, next to the"
                + " original (which is never stopped or removed), and report whether it stays up"));
        recreate.disableProperty().bind(model.recreation().busyProperty().or(model.auditedProperty().not()));
        recreate.setOnAction(event -> model.recreateHardened());
        HBox buttons = new HBox(10, observe, recreate);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label observation = new Label();
        observation.setId("container-audit-observation");
        observation.setWrapText(true);
        observation.textProperty().bind(model.observationProperty());
        observation.visibleProperty().bind(model.observationProperty().isNotEmpty());
        observation.managedProperty().bind(observation.visibleProperty());

        TextArea report = new TextArea();
        report.setId("container-audit-recreate-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(6);
        report.getStyleClass().add("raw-json");
        report.textProperty().bind(model.recreation().reportProperty());
        report.visibleProperty().bind(model.recreation().reportProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());

        root.getChildren().addAll(buttons, observation, report);
    }

    Node node() {
        return root;
    }
}
