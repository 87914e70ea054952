package dev.drydock.app.gui.shell;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The left navigation: one entry per page, the connection settings at the bottom. */
public final class NavigationBar {

    private final VBox root = new VBox(4);

    public NavigationBar(ObjectProperty<Page> page, List<Image> appIcons, Runnable connectionSettings) {
        root.getStyleClass().add("navigation");
        root.setId("navigation");
        Label name = new Label("Drydock");
        name.getStyleClass().add("app-name");
        HBox brand = new HBox(8, name);
        brand.getStyleClass().add("brand");
        appIcons.stream().filter(icon -> icon.getWidth() >= 32).findFirst().ifPresent(icon -> {
            ImageView view = new ImageView(icon);
            view.setFitWidth(26);
            view.setFitHeight(26);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            brand.getChildren().add(0, view);
        });
        root.getChildren().add(brand);

        ToggleGroup group = new ToggleGroup();
        Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
        for (Page each : Page.values()) {
            ToggleButton button = new ToggleButton(each.title(), Glyphs.of(each.glyph()));
            button.setId("nav-" + each.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> {
                page.set(each);
                button.setSelected(true);
            });
            buttons.put(each, button);
            root.getChildren().add(button);
        }
        buttons.get(page.get()).setSelected(true);
        page.addListener((obs, old, now) -> buttons.get(now).setSelected(true));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button settings = new Button("Connection…", Glyphs.of(Glyph.SETTINGS));
        settings.setId("nav-connection-settings");
        settings.getStyleClass().add("nav-item");
        settings.setMaxWidth(Double.MAX_VALUE);
        settings.setOnAction(event -> connectionSettings.run());
        root.getChildren().addAll(spacer, settings);
    }

    public VBox node() {
        return root;
    }
}
