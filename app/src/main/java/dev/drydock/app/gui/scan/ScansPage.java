package dev.drydock.app.gui.scan;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The Scans page: "Scan image tarball…", then one closable tab per scanned image. */
public final class ScansPage {

    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final Map<ImageScanViewModel, Tab> tabOf = new HashMap<>();
    private final ScansViewModel model;
    private final Supplier<Optional<Path>> chooseDockerfile;
    private final ScanSbomExport.TargetChooser chooseSbomTarget;
    private boolean syncing;

    /** @param chooseTarball asks for an image tarball to scan; empty when cancelled */
    public ScansPage(ScansViewModel model, Supplier<Optional<Path>> chooseTarball) {
        this(model, chooseTarball, Optional::empty);
    }

    /**
     * @param chooseTarball    asks for an image tarball to scan; empty when cancelled
     * @param chooseDockerfile asks for the Dockerfile a scanned image was built from; empty when cancelled
     */
    public ScansPage(ScansViewModel model, Supplier<Optional<Path>> chooseTarball, Supplier<Optional<Path>> chooseDockerfile) {
        this(model, chooseTarball, chooseDockerfile, (format, suggestedName) -> Optional.empty());
    }

    /**
     * @param chooseTarball    asks for an image tarball to scan; empty when cancelled
     * @param chooseDockerfile asks for the Dockerfile a scanned image was built from; empty when cancelled
     * @param chooseSbomTarget asks where to write a scanned image's SBOM; empty when cancelled
     */
    public ScansPage(ScansViewModel model, Supplier<Optional<Path>> chooseTarball, Supplier<Optional<Path>> chooseDockerfile,
                     ScanSbomExport.TargetChooser chooseSbomTarget) {
        this.model = model;
        this.chooseDockerfile = chooseDockerfile;
        this.chooseSbomTarget = chooseSbomTarget;
        root.setId("scans-page");
        root.getStyleClass().add("scans-page");
        Label title = new Label("Image scans");
        title.getStyleClass().add("page-title");
        Button tarball = new Button("Scan image tarball…", Glyphs.of(Glyph.OPEN_FILE));
        tarball.setId("scans-open-tarball");
        tarball.getStyleClass().add("page-action");
        tarball.setOnAction(event -> chooseTarball.get().ifPresent(model::scanTarball));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, tarball);
        header.getStyleClass().add("page-header");

        Label empty = new Label("Scan an image to see its layers, files, packages, secrets and findings: choose "
                + "an image on the Images page and press Scan, or scan an image tarball (works offline).");
        empty.setId("scans-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("scan-body-message");
        tabs.setId("scans-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        VBox emptyBox = new VBox(empty);
        emptyBox.getStyleClass().add("scan-waiting");
        StackPane content = new StackPane(emptyBox, tabs);
        tabs.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(tabs.getTabs()));
        emptyBox.visibleProperty().bind(tabs.visibleProperty().not());
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getChildren().addAll(header, content);

        model.scans().forEach(this::addTab);
        model.scans().addListener((ListChangeListener<ImageScanViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set((ImageScanViewModel) now.getUserData());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
        select(model.selectedProperty().get());
    }

    public Node node() {
        return root;
    }

    private void addTab(ImageScanViewModel scan) {
        Tab tab = new Tab(scan.target().name(), new ImageScanView(scan, chooseDockerfile, chooseSbomTarget).node());
        tab.setUserData(scan);
        tab.getStyleClass().add("scan-tab");
        tab.textProperty().bind(javafx.beans.binding.Bindings.concat(scan.target().name(), " — ", scan.statusText()));
        tab.setOnCloseRequest(event -> {
            event.consume();
            model.close(scan);
        });
        tabOf.put(scan, tab);
        syncing = true;
        try {
            tabs.getTabs().add(tab);
        } finally {
            syncing = false;
        }
    }

    private void removeTab(ImageScanViewModel scan) {
        Tab tab = tabOf.remove(scan);
        if (tab != null) {
            syncing = true;
            try {
                tabs.getTabs().remove(tab);
            } finally {
                syncing = false;
            }
        }
    }

    private void select(ImageScanViewModel scan) {
        Tab tab = scan == null ? null : tabOf.get(scan);
        if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab);
        }
    }
}
