package dev.drydock.app.gui.overview;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Overview page: cards of daemon facts, the daemon and host audit, every container's audit score,
 * and the images × severity heatmap.
 */
public final class OverviewView {

    private final VBox root = new VBox();
    private final FlowPane cards = new FlowPane();
    private final Label empty = new Label("Not connected to a Docker daemon: there is nothing to show yet.");

    public OverviewView(OverviewViewModel model) {
        this(model, null);
    }

    /** @param heatmap the images × severity heatmap below the cards; null for none */
    public OverviewView(OverviewViewModel model, ImageHeatmapViewModel heatmap) {
        this(model, heatmap, null, null);
    }

    /**
     * @param daemonAudit     the daemon and host findings below the cards; null for none
     * @param containerAudits every container's audit score and counts; null for none
     */
    public OverviewView(OverviewViewModel model, ImageHeatmapViewModel heatmap, DaemonAuditViewModel daemonAudit,
                        ContainerAuditsViewModel containerAudits) {
        root.getStyleClass().add("overview-page");
        root.setId("overview-page");
        Label title = new Label("Overview");
        title.getStyleClass().add("page-title");
        cards.getStyleClass().add("fact-cards");
        empty.getStyleClass().add("details-message");
        VBox content = new VBox(16, cards);
        if (daemonAudit != null) {
            content.getChildren().add(new DaemonAuditView(daemonAudit).node());
        }
        if (containerAudits != null) {
            content.getChildren().add(new ContainerAuditsView(containerAudits).node());
        }
        if (heatmap != null) {
            content.getChildren().add(new ImageHeatmapView(heatmap).node());
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("overview-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, empty, scroll);
        model.sectionsProperty().addListener((obs, old, now) -> show(now));
        show(model.sectionsProperty().get());
    }

    public VBox node() {
        return root;
    }

    private void show(List<FactSection> sections) {
        empty.setVisible(sections.isEmpty());
        empty.setManaged(sections.isEmpty());
        cards.getChildren().setAll(sections.stream().map(OverviewView::card).toList());
    }

    private static VBox card(FactSection section) {
        Label heading = new Label(section.title());
        heading.getStyleClass().add("card-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fact-grid");
        ColumnConstraints labels = new ColumnConstraints(130);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (Fact fact : section.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("detail-label");
            Label value = new Label(fact.value());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
        VBox card = new VBox(8, heading, grid);
        card.getStyleClass().add("card");
        card.setPrefWidth(420);
        card.setPadding(new Insets(14));
        return card;
    }
}
