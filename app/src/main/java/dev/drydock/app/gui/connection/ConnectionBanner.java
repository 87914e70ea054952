package dev.drydock.app.gui.connection;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shown above every page while no daemon answers: why (the daemon's problem in words), what to do,
 * when Drydock tries again, and what can be done offline meanwhile.
 */
public final class ConnectionBanner {

    /** What the banner's buttons do; the window decides. */
    public record Actions(Runnable connectionSettings, Runnable openDockerfile, Runnable openImageTarball) {
    }

    private final VBox root = new VBox(6);

    public ConnectionBanner(ConnectionViewModel model, Actions actions) {
        root.getStyleClass().add("connection-banner");
        root.setId("connection-banner");
        Label icon = new Label(null, Glyphs.of(Glyph.DISCONNECTED));
        icon.getStyleClass().add("banner-icon");
        Label title = new Label();
        title.getStyleClass().add("banner-title");
        title.textProperty().bind(model.bannerTitleProperty());
        Label message = new Label();
        message.setId("banner-message");
        message.getStyleClass().add("banner-message");
        message.setWrapText(true);
        message.textProperty().bind(model.bannerMessageProperty());
        Label advice = new Label();
        advice.getStyleClass().add("banner-advice");
        advice.setWrapText(true);
        advice.textProperty().bind(model.bannerAdviceProperty());
        advice.visibleProperty().bind(model.bannerAdviceProperty().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        Label retry = new Label();
        retry.setId("banner-retry");
        retry.getStyleClass().add("banner-retry");
        retry.textProperty().bind(model.retryTextProperty());

        Button retryNow = button("Retry now", Glyph.REFRESH, "retry-now", model::retryNow);
        retryNow.getStyleClass().add("accent");
        Button settings = button("Connection settings…", Glyph.SETTINGS, "banner-settings", actions.connectionSettings());
        Label offline = new Label("Meanwhile, offline:");
        offline.getStyleClass().add("banner-offline");
        Button dockerfile = button("Open Dockerfile…", Glyph.DOCKERFILES, "banner-open-dockerfile", actions.openDockerfile());
        Button tarball = button("Scan image tarball…", Glyph.OPEN_FILE, "banner-open-tarball", actions.openImageTarball());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, retryNow, settings, retry, spacer, offline, dockerfile, tarball);
        buttons.getStyleClass().add("banner-buttons");

        HBox heading = new HBox(10, icon, title);
        heading.getStyleClass().add("banner-heading");
        root.getChildren().addAll(heading, message, advice, buttons);
        root.visibleProperty().bind(model.bannerShownProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private static Button button(String text, Glyph glyph, String id, Runnable action) {
        Button button = new Button(text, Glyphs.of(glyph));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    public VBox node() {
        return root;
    }
}
