package dev.drydock.app.gui.dockerfiles;

import dev.drydock.icons.Glyph;
import dev.drydock.icons.Glyphs;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The Dockerfiles page. For now a read-only viewer with line numbers; the editor with rules and
 * fixes replaces it.
 */
public final class DockerfilesView {

    private final VBox root = new VBox();
    private final CodeArea code = new CodeArea();

    public DockerfilesView(DockerfileViewModel model, Runnable chooseFile) {
        root.getStyleClass().add("dockerfiles-page");
        root.setId("dockerfiles-page");
        Label title = new Label("Dockerfiles");
        title.getStyleClass().add("page-title");
        Label path = new Label();
        path.getStyleClass().add("file-path");
        path.textProperty().bind(model.pathProperty().asString().map(text -> "null".equals(text) ? "" : text));
        Button open = new Button("Open Dockerfile…", Glyphs.of(Glyph.OPEN_FILE));
        open.setId("open-dockerfile");
        open.setOnAction(event -> chooseFile.run());
        HBox header = new HBox(12, title, path);
        header.getStyleClass().add("page-header");
        HBox.setHgrow(path, Priority.ALWAYS);
        header.getChildren().add(open);

        code.setEditable(false);
        code.setId("dockerfile-text");
        code.getStyleClass().add("dockerfile-code");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(code);
        Label hint = new Label("Open a Dockerfile to read it here. Checking and fixing Dockerfiles arrives with the editor.");
        hint.getStyleClass().add("details-message");
        hint.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        StackPane body = new StackPane(scroll, hint);
        hint.visibleProperty().bind(model.pathProperty().isNull());
        scroll.visibleProperty().bind(model.pathProperty().isNotNull());
        VBox.setVgrow(body, Priority.ALWAYS);
        model.textProperty().addListener((obs, old, now) -> {
            code.replaceText(now);
            code.moveTo(0);
            code.requestFollowCaret();
        });
        root.getChildren().addAll(header, problem, body);
    }

    public VBox node() {
        return root;
    }
}
