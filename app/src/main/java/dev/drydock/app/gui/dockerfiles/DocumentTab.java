package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument.LintedText;
import dev.drydock.app.gui.editor.DockerfileEditor;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;

/**
 * One tab of the Dockerfiles page: a document and the editor that shows it, kept in step both ways —
 * what the user types goes to the document (which lints it), what the document gets from elsewhere
 * (reload from disk, recovery) goes to the editor, and each lint result goes to the editor's marks.
 */
final class DocumentTab {

    private final DockerfileDocument document;
    private final DockerfileEditor editor;
    private final Tab tab = new Tab();

    DocumentTab(DockerfileDocument document, DockerfileEditor editor) {
        this.document = document;
        this.editor = editor;
        tab.setUserData(document);
        tab.setContent(editor.node());
        tab.textProperty().bind(document.titleProperty());
        Tooltip path = new Tooltip();
        path.textProperty().bind(document.pathProperty().asString().map(text -> "null".equals(text) ? "Not saved yet" : text));
        tab.setTooltip(path);
        editor.setText(document.text());
        editor.textProperty().addListener((obs, old, now) -> document.setText(now));
        document.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(editor.text())) {
                editor.setText(now);
            }
        });
        document.lintedProperty().addListener((obs, old, now) -> showFindings(now));
        showFindings(document.lintedProperty().get());
    }

    DockerfileDocument document() {
        return document;
    }

    DockerfileEditor editor() {
        return editor;
    }

    Tab tab() {
        return tab;
    }

    private void showFindings(LintedText linted) {
        if (linted != null) {
            editor.showFindings(linted.text(), linted.findings());
        }
    }
}
