package dev.drydock.app.gui.connection;

import dev.drydock.app.gui.common.Stylesheet;
import dev.drydock.app.gui.connection.ConnectionSettingsViewModel.Mode;
import dev.drydock.core.daemon.endpoint.EndpointCandidate;
import dev.drydock.core.daemon.endpoint.EndpointChoice;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.Map;
import java.util.Optional;

/** Lets the user choose the Docker daemon; answers the choice to remember. */
public final class ConnectionSettingsDialog extends Dialog<EndpointChoice> {

    public ConnectionSettingsDialog(Window owner, ConnectionSettingsViewModel model) {
        initOwner(owner);
        setTitle("Connection settings");
        setHeaderText("Which Docker daemon should Drydock work with?");
        getDialogPane().getStylesheets().addAll(Stylesheet.urls());
        getDialogPane().getStyleClass().add("drydock-dialog");

        ToggleGroup group = new ToggleGroup();
        RadioButton automatic = radio("Automatic — like the docker CLI (DOCKER_HOST, current context, default socket)", group);
        RadioButton detected = radio("A daemon found on this machine", group);
        RadioButton custom = radio("An address", group);
        Map<Mode, RadioButton> radios = Map.of(Mode.AUTOMATIC, automatic, Mode.DETECTED, detected, Mode.CUSTOM, custom);
        radios.get(model.modeProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> radios.forEach((mode, radio) -> {
            if (radio == now) {
                model.modeProperty().set(mode);
            }
        }));

        ListView<EndpointCandidate> list = new ListView<>(model.candidates());
        list.setId("endpoint-candidates");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(EndpointCandidate candidate, boolean empty) {
                super.updateItem(candidate, empty);
                setText(empty || candidate == null ? null : candidate.label() + "  —  " + candidate.endpoint().uri()
                        + (candidate.socketMissing() ? "  (no socket there now)" : ""));
            }
        });
        model.selectedCandidateProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedCandidateProperty().set(now));
        list.disableProperty().bind(model.modeProperty().isNotEqualTo(Mode.DETECTED));
        Label searching = new Label();
        searching.textProperty().bind(model.candidatesStatusProperty());
        searching.getStyleClass().add("hint");

        TextField address = new TextField();
        address.setId("endpoint-address");
        address.setPromptText("tcp://build-box:2376");
        address.textProperty().bindBidirectional(model.addressProperty());
        CheckBox tls = new CheckBox("Verify the server's TLS certificate");
        tls.selectedProperty().bindBidirectional(model.tlsVerifyProperty());
        TextField certs = new TextField();
        certs.setPromptText("Folder with ca.pem, cert.pem, key.pem (optional)");
        certs.textProperty().bindBidirectional(model.certFolderProperty());
        Button browse = new Button("Browse…");
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Certificate folder");
            File folder = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (folder != null) {
                model.certFolderProperty().set(folder.getAbsolutePath());
            }
        });
        HBox.setHgrow(certs, Priority.ALWAYS);
        GridPane customFields = new GridPane();
        customFields.getStyleClass().add("form-grid");
        customFields.addRow(0, new Label("Address"), address);
        customFields.add(tls, 1, 1);
        customFields.addRow(2, new Label("Certificates"), new HBox(6, certs, browse));
        GridPane.setHgrow(address, Priority.ALWAYS);
        customFields.disableProperty().bind(model.modeProperty().isNotEqualTo(Mode.CUSTOM));

        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(model.problemProperty());

        VBox content = new VBox(10, automatic, detected, list, searching, custom, customFields, problem);
        content.getStyleClass().add("connection-settings");
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        ButtonType apply = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        getDialogPane().lookupButton(apply).disableProperty().bind(model.problemProperty().isNotEmpty());
        setResultConverter(button -> button == apply ? model.choice().orElse(null) : null);
    }

    private static RadioButton radio(String text, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setWrapText(true);
        radio.setMnemonicParsing(false);
        return radio;
    }

    /** Shows the dialog; empty when the user cancelled. */
    public Optional<EndpointChoice> ask() {
        return showAndWait();
    }
}
