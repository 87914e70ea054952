package dev.drydock.app.gui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The details of the selected row: a readable sheet and the daemon's raw JSON, a hint while nothing
 * is selected, a spinner while loading, the reason when loading failed.
 */
public final class DetailsPane<D> extends StackPane {

    private final ScrollPane sheetHolder = new ScrollPane();
    private final TextArea rawJson = new TextArea();
    private final TabPane tabs = new TabPane();
    private final Label message = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();

    /**
     * @param sheet builds the readable sheet for one details record
     * @param json  the raw JSON of one details record
     */
    public DetailsPane(String nothingSelected, DetailsLoader<D> loader, Function<D, Node> sheet, Function<D, String> json) {
        getStyleClass().add("details-pane");
        sheetHolder.setFitToWidth(true);
        sheetHolder.getStyleClass().add("details-scroll");
        rawJson.setEditable(false);
        rawJson.getStyleClass().add("raw-json");
        Tab details = new Tab("Details", sheetHolder);
        Tab raw = new Tab("Raw JSON", rawJson);
        tabs.getTabs().addAll(details, raw);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        message.getStyleClass().add("details-message");
        message.setWrapText(true);
        spinner.setMaxSize(36, 36);
        VBox hint = new VBox(12, spinner, message);
        hint.setAlignment(Pos.CENTER);
        hint.setFillWidth(true);
        getChildren().addAll(tabs, hint);

        ObservableValue<D> current = loader.detailsProperty();
        Runnable refresh = () -> {
            D value = current.getValue();
            boolean loading = loader.loadingProperty().get();
            String problem = loader.problemProperty().get();
            tabs.setVisible(value != null);
            hint.setVisible(value == null);
            spinner.setVisible(loading);
            spinner.setManaged(loading);
            message.setText(loading ? "Loading…" : !problem.isEmpty() ? problem : nothingSelected);
            if (value != null) {
                sheetHolder.setContent(sheet.apply(value));
                rawJson.setText(JsonText.pretty(json.apply(value)));
            }
        };
        current.addListener((obs, old, now) -> refresh.run());
        loader.loadingProperty().addListener((obs, old, now) -> refresh.run());
        loader.problemProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
    }

    /** Adds a tab after the sheet and the raw JSON (e.g. the container's audit). */
    public Tab addTab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tabs.getTabs().add(tab);
        return tab;
    }
}
