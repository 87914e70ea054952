package dev.drydock.app.gui.dockerfiles;

import dev.drydock.core.samples.SampleDockerfile;
import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The Dockerfiles page's tool bar: files, samples, fixing and exporting, editing helpers. */
final class DockerfilesToolbar {

    private final ToolBar bar = new ToolBar();

    DockerfilesToolbar(DockerfilesViewModel model, DockerfilesPage page, ObservableBooleanValue noDocument) {
        bar.getStyleClass().add("dockerfiles-toolbar");
        MenuButton samples = new MenuButton("Samples", Glyphs.of(Glyph.SAMPLES));
        samples.setId("samples-menu");
        for (SampleDockerfile sample : model.samples()) {
            MenuItem item = new MenuItem(sample.title());
            item.setId("sample-" + sample.id());
            item.setOnAction(event -> model.openSample(sample));
            samples.getItems().add(item);
        }
        bar.getItems().addAll(
                button("New", Glyph.NEW_FILE, "dockerfile-new", "New Dockerfile (Ctrl+N)", page::newDocument, null),
                button("Open…", Glyph.OPEN_FILE, "dockerfile-open", "Open a Dockerfile (Ctrl+O)", page::open, null),
                button("Save", Glyph.SAVE, "dockerfile-save", "Save (Ctrl+S)", page::save, noDocument),
                button("Save as…", null, "dockerfile-save-as", "Save under another name (Ctrl+Shift+S)", page::saveAs, noDocument),
                samples,
                new Separator(),
                button("Fix all safe…", Glyph.QUICK_FIX, "dockerfile-fix-all", "Preview and apply every safe fix", page::fixAllSafe, noDocument),
                button("Export hardened…", Glyph.EXPORT, "dockerfile-export", "Write a hardened copy and a change report", page::exportHardened, noDocument),
                new Separator(),
                button("Find", Glyph.SEARCH, "dockerfile-find", "Find and replace (Ctrl+F, Ctrl+H)", page::find, noDocument),
                button("Go to line", null, "dockerfile-go-to-line", "Go to line (Ctrl+G)", page::goToLine, noDocument),
                button("Comment", null, "dockerfile-comment", "Comment or uncomment the lines (Ctrl+/)", page::toggleComment, noDocument));
    }

    Node node() {
        return bar;
    }

    private static Button button(String text, Glyph glyph, String id, String tip, Runnable action, ObservableBooleanValue disabled) {
        Button button = glyph == null ? new Button(text) : new Button(text, Glyphs.of(glyph));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }
}
