package dev.drydock.app.gui.scan;

import dev.drydock.app.gui.common.DetailSheet;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** The Summary tab: the scan summary's sections as a details sheet. */
final class SummaryPane {

    private final ScrollPane root = new ScrollPane();
    private final ImageScanViewModel model;

    SummaryPane(ImageScanViewModel model) {
        this.model = model;
        root.setId("scan-summary");
        root.setFitToWidth(true);
        root.getStyleClass().add("scan-summary");
        model.summary().addListener((ListChangeListener<ScanSummary.Section>) change -> show());
        show();
    }

    Node node() {
        return root;
    }

    private void show() {
        DetailSheet sheet = new DetailSheet();
        for (ScanSummary.Section section : model.summary()) {
            sheet.section(section.title());
            for (ScanSummary.Line line : section.lines()) {
                sheet.row(line.label(), line.value(), line.risky());
            }
        }
        root.setContent(sheet.build());
    }
}
