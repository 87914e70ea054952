package dev.drydock.app.gui.shell;

import dev.drydock.app.gui.connection.ConnectionViewModel;
import dev.drydock.app.gui.task.TaskArea;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** The status bar: connection state, the endpoint and how it was chosen, and the running task. */
public final class ConnectionStatus {

    private final StatusBar bar = new StatusBar();

    public ConnectionStatus(ConnectionViewModel connection, TaskArea tasks) {
        bar.setId("status-bar");
        bar.getStyleClass().add("drydock-status");
        Label state = new Label();
        state.setId("connection-status");
        state.textProperty().bind(connection.statusTextProperty());
        state.setGraphic(Glyphs.of(Glyph.DISCONNECTED));
        connection.connectedProperty().addListener((obs, old, now) -> {
            state.setGraphic(Glyphs.of(now ? Glyph.CONNECTED : Glyph.DISCONNECTED));
            state.getStyleClass().removeAll("connected", "disconnected");
            state.getStyleClass().add(now ? "connected" : "disconnected");
        });
        state.getStyleClass().add("disconnected");
        Label endpoint = new Label();
        endpoint.setId("connection-endpoint");
        endpoint.getStyleClass().add("endpoint");
        endpoint.textProperty().bind(connection.endpointTextProperty());
        bar.setText("");
        bar.getLeftItems().addAll(state, new Separator(Orientation.VERTICAL), endpoint);
        bar.getRightItems().add(tasks.node());
    }

    public StatusBar node() {
        return bar;
    }
}
