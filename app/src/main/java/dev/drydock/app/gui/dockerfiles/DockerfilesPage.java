package dev.drydock.app.gui.dockerfiles;

import dev.drydock.app.gui.common.UserPrompts;
import dev.drydock.app.gui.dockerfiles.document.DockerfileDocument;
import dev.drydock.app.gui.dockerfiles.document.DocumentLinter;
import dev.drydock.app.gui.dockerfiles.document.DocumentPrompts;
import dev.drydock.app.gui.editor.DockerfileEditor;
import dev.drydock.app.gui.export.FxFixConfirmer;
import dev.drydock.app.gui.export.HardenedExportDialog;
import dev.drydock.app.gui.export.HardenedExportViewModel;
import dev.drydock.app.gui.findings.FindingsPanel;
import dev.drydock.app.gui.findings.RuleExplanationPane;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import dev.drydock.core.lint.DockerfileLinter;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Dockerfiles page: open and recent files and samples on the left, the editors in tabs, and
 * below them the findings of the selected file beside the explanation of the selected rule.
 */
public final class DockerfilesPage {

    /** What the page needs from the window. */
    public record Services(UiTaskRunner runner, DocumentLinter linter, DockerfileLinter rules, DocumentPrompts prompts,
                           UserPrompts userPrompts, DockerfileChoosers choosers, Supplier<Window> window) {
    }

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_AS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final DockerfilesViewModel model;
    private final Services services;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final SplitPane lower = new SplitPane();
    private final Map<DockerfileDocument, DocumentTab> open = new HashMap<>();

    public DockerfilesPage(DockerfilesViewModel model, Services services) {
        this.model = model;
        this.services = services;
        root.getStyleClass().add("dockerfiles-page");
        root.setId("dockerfiles-page");

        tabs.setId("dockerfile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        model.workspace().documents().forEach(this::addTab);
        model.workspace().documents().addListener((ListChangeListener<DockerfileDocument>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        model.workspace().selectedProperty().addListener((obs, old, now) -> selectTab(now));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.workspace().select((DockerfileDocument) now.getUserData());
            }
        });
        selectTab(model.workspace().selectedProperty().get());
        model.findings().setOnReveal(finding -> current().ifPresent(tab -> finding.textRange().ifPresent(range -> {
            tab.editor().select(range);
            tab.editor().area().requestFocus();
        })));

        FindingsPanel findings = new FindingsPanel(model.findings());
        RuleExplanationPane explanation = new RuleExplanationPane(model.explanation());
        lower.getItems().addAll(findings.node(), explanation.node());
        lower.setDividerPositions(0.6);
        BooleanBinding noDocument = Bindings.isEmpty(model.workspace().documents());
        StackPane editors = new StackPane(tabs, emptyState(noDocument));
        SplitPane main = new SplitPane(editors, lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.62);

        root.setTop(new VBox(title(), new DockerfilesToolbar(model, this, noDocument).node()));
        root.setLeft(new DockerfileSidebar(model).node());
        root.setCenter(main);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public Node node() {
        return root;
    }

    void newDocument() {
        model.workspace().newDocument();
    }

    void open() {
        services.choosers().chooseDockerfile().ifPresent(model.workspace()::open);
    }

    void save() {
        model.workspace().selected().ifPresent(model.workspace()::save);
    }

    void saveAs() {
        model.workspace().selected().ifPresent(model.workspace()::saveAs);
    }

    void close() {
        model.workspace().selected().ifPresent(model.workspace()::close);
    }

    void fixAllSafe() {
        current().ifPresent(tab -> commands(tab).previewFixAllSafe());
    }

    void find() {
        current().ifPresent(tab -> tab.editor().showFind());
    }

    void goToLine() {
        current().ifPresent(tab -> tab.editor().showGoToLine());
    }

    void toggleComment() {
        current().ifPresent(tab -> tab.editor().toggleComment());
    }

    /** Hardens the selected file into a new one: the rules and config are read off the UI thread first. */
    void exportHardened() {
        current().ifPresent(tab -> {
            DockerfileDocument document = tab.document();
            String name = document.path().map(path -> path.getFileName().toString()).orElse(document.displayNameProperty().get());
            String text = tab.editor().text();
            services.runner().submit(UiTask.of("Preparing the export of " + name,
                            (token, progress) -> services.linter().setup(document.path()))
                    .onSuccess(setup -> {
                        HardenedExportViewModel export = new HardenedExportViewModel(new HardenedExportViewModel.Services(
                                services.runner(), setup.linter(), setup.config(), new FxFixConfirmer(services.window()),
                                services.choosers()::chooseExportTarget, services.userPrompts(), LocalDate::now), name, text);
                        new HardenedExportDialog(export, services.window().get()).show();
                    }));
        });
    }

    /**
     * Applies {@code fix} in {@code document}'s editor as one undo step; false when the page has no tab for it.
     *
     * @throws dev.drydock.core.fix.FixNotApplicableException when the editor's text is not the one the fix was made for
     */
    public boolean applyFix(DockerfileDocument document, dev.drydock.core.fix.Fix fix) {
        DocumentTab tab = open.get(document);
        if (tab == null) {
            return false;
        }
        tab.editor().applyFix(fix);
        return true;
    }

    /** The editor of the selected tab, for tests and the window. */
    public Optional<DockerfileEditor> selectedEditor() {
        return current().map(DocumentTab::editor);
    }

    private Optional<DocumentTab> current() {
        return model.workspace().selected().map(open::get);
    }

    private void addTab(DockerfileDocument document) {
        DockerfileEditor editor = new DockerfileEditor(services.rules()::metadata);
        DocumentTab tab = new DocumentTab(document, editor);
        editor.setActions(commands(tab));
        editor.caretOffsetProperty().addListener((obs, old, now) -> {
            if (current().filter(tab::equals).isPresent()) {
                model.findings().selectAt(now.intValue());
            }
        });
        tab.tab().setOnCloseRequest(event -> {
            event.consume();
            model.workspace().close(document);
        });
        open.put(document, tab);
        tabs.getTabs().add(tab.tab());
    }

    private EditorCommands commands(DocumentTab tab) {
        return new EditorCommands(tab, model, services.prompts(), services.window(), () -> lower.setDividerPositions(0.5));
    }

    private void removeTab(DockerfileDocument document) {
        DocumentTab tab = open.remove(document);
        if (tab != null) {
            tabs.getTabs().remove(tab.tab());
        }
    }

    private void selectTab(DockerfileDocument document) {
        DocumentTab tab = document == null ? null : open.get(document);
        if (tab != null) {
            tabs.getSelectionModel().select(tab.tab());
            tab.editor().area().requestFocus();
        }
    }

    private void shortcut(KeyEvent event) {
        Runnable action = SAVE_AS.match(event) ? this::saveAs : SAVE.match(event) ? this::save
                : NEW.match(event) ? this::newDocument : OPEN.match(event) ? this::open
                : CLOSE.match(event) ? this::close : null;
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    private static Label title() {
        Label title = new Label("Dockerfiles");
        title.getStyleClass().add("page-title");
        return title;
    }

    private Node emptyState(BooleanBinding noDocument) {
        Label hint = new Label("Open a Dockerfile, start a new one, or pick a sample on the left to see its risks. "
                + "Findings appear as you type; Alt+Enter on a finding offers its fixes.");
        hint.getStyleClass().add("details-message");
        hint.setWrapText(true);
        hint.setId("dockerfiles-empty");
        StackPane holder = new StackPane(hint);
        holder.getStyleClass().add("dockerfiles-empty");
        holder.visibleProperty().bind(noDocument);
        tabs.visibleProperty().bind(noDocument.not());
        return holder;
    }
}
