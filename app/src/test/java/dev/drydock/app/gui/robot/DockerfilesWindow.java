package dev.drydock.app.gui.robot;

import dev.drydock.app.gui.DrydockApp;
import dev.drydock.app.gui.connection.ScriptedBackend;
import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.dockerfiles.DockerfileChoosers;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.findings.FindingRow;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.settings.RecoveryStore;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The whole Drydock window on its Dockerfiles page, for robot tests: opened over a scripted backend,
 * in-memory preferences, a recovery folder of the test's own and file choices answered in code.
 * Reads the scene on the FX thread; waits with Awaitility, never with sleeps.
 */
final class DockerfilesWindow {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Stage stage;
    private final DrydockApp.Shown shown;

    private DockerfilesWindow(Stage stage, DrydockApp.Shown shown) {
        this.stage = stage;
        this.shown = shown;
    }

    /** Call on the FX thread (a {@code @Start} method, or through {@link #fx}). */
    static DockerfilesWindow show(Stage stage, RecoveryStore recovery, DockerfileChoosers choosers) {
        return new DockerfilesWindow(stage, DrydockApp.show(stage, new ScriptedBackend(), WorkbenchPreferences.inMemory(),
                recovery, Optional.of(choosers)));
    }

    static DockerfileChoosers choosers(Optional<Path> toOpen, Path exportFolder, List<String> suggestedNames) {
        return new DockerfileChoosers() {
            @Override
            public Optional<Path> chooseDockerfile() {
                return toOpen;
            }

            @Override
            public Optional<Path> chooseExportTarget(String suggestedName) {
                suggestedNames.add(suggestedName);
                return Optional.of(exportFolder.resolve(suggestedName));
            }
        };
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    DrydockApp.Shown shown() {
        return shown;
    }

    Stage stage() {
        return stage;
    }

    /** Closes the view-model's background work (not the window: the test toolkit hides it). */
    void close() {
        fx(() -> {
            shown.workbench().close();
            return null;
        });
    }

    NodeQuery lookup(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    void goToDockerfiles(FxRobot robot) {
        robot.clickOn(lookup(robot, "#nav-dockerfiles").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    DockerfileDocument selectedDocument() {
        return fx(() -> shown.dockerfiles().workspace().selected().orElseThrow());
    }

    /** The editor of the selected tab. */
    CodeArea editor(FxRobot robot) {
        return lookup(robot, "#dockerfile-editor").match(Node::isVisible).queryAs(CodeArea.class);
    }

    String editorText(FxRobot robot) {
        CodeArea area = editor(robot);
        return fx(area::getText);
    }

    /** The findings table's rows once they were found for the selected document's current text. */
    List<FindingRow> settledRows() {
        return fx(() -> {
            DockerfileDocument document = shown.dockerfiles().workspace().selected().orElseThrow();
            return document.lintedProperty().get().text().equals(document.text())
                    ? List.copyOf(shown.dockerfiles().model().findings().rows()) : null;
        });
    }

    /** Waits until the findings of the current text satisfy {@code wanted}, and returns them. */
    List<FindingRow> awaitRows(Predicate<List<FindingRow>> wanted) {
        AtomicReference<List<FindingRow>> seen = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            seen.set(settledRows());
            return seen.get() != null && wanted.test(seen.get());
        });
        return seen.get();
    }

    static Optional<FindingRow> row(List<FindingRow> rows, String ruleId) {
        return rows.stream().filter(row -> row.id().equals(ruleId)).findFirst();
    }

    static Predicate<List<FindingRow>> having(String ruleId) {
        return rows -> row(rows, ruleId).isPresent();
    }

    /** The 0-based lines whose gutter shows a mark of {@code severity}. */
    Set<Object> gutterLines(FxRobot robot, Severity severity) {
        return fx(() -> Set.copyOf(lookup(robot, ".gutter-mark.severity-" + severity.id()).queryAll().stream()
                .map(Node::getUserData).toList()));
    }

    /** Clicks the table row of {@code row} (the caret jumps to its range) and presses Alt+Enter there. */
    void openQuickFixesFrom(FxRobot robot, FindingRow row) {
        openQuickFixesFrom(robot, row, KeyCode.ALT, KeyCode.ENTER);
    }

    /** Clicks the table row of {@code row} and presses {@code keys} (Alt+Enter, Ctrl+1) there. */
    void openQuickFixesFrom(FxRobot robot, FindingRow row, KeyCode... keys) {
        @SuppressWarnings("unchecked")
        TableView<FindingRow> table = lookup(robot, "#findings-table").queryAs(TableView.class);
        fx(() -> {
            table.scrollTo(row);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> node) -> row.equals(node.getItem())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the item of the open quick-fix menu that says exactly {@code label}. */
    static void clickQuickFix(FxRobot robot, String label) {
        Node item = robot.lookup(".quick-fix-item").match((Node node) -> !robot.from(node).lookup(".label")
                .match((Labeled text) -> label.equals(text.getText())).queryAll().isEmpty()).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
