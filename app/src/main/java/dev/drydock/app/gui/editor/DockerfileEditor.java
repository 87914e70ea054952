package dev.drydock.app.gui.editor;

import dev.drydock.core.dockerfile.Dockerfile;
import dev.drydock.core.dockerfile.LineIndex;
import dev.drydock.core.dockerfile.highlight.DockerfileHighlighter;
import dev.drydock.core.dockerfile.highlight.Highlighting;
import dev.drydock.core.dockerfile.highlight.MatchingPair;
import dev.drydock.core.edit.LineComments;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.TextRange;
import dev.drydock.core.fix.Fix;
import dev.drydock.core.fix.FixApplier;
import dev.drydock.core.fix.TextEdit;
import dev.drydock.core.lint.RuleRegistry;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Dockerfile editor control: a CodeArea with syntax highlighting from the engine's AST, a gutter
 * (line numbers, the most serious finding per line, a light-bulb where fixes exist), wavy underlines
 * and hover details on findings, the quick-fix menu (Alt+Enter, Ctrl+1), find/replace, go to line
 * and toggle comment. Every fix and every multi-place edit is one undo step. Styles are recomputed on
 * each change and only the stretches that differ are set on the area. The text is kept as of the last
 * edit, since the area rebuilds its text after every restyle when asked for it.
 */
public final class DockerfileEditor {

    private final CodeArea area = new CodeArea();
    private final BorderPane root = new BorderPane();
    private final FindingMarks marks = new FindingMarks();
    private final EditorStyles styles = new EditorStyles();
    private final FixApplier applier = new FixApplier();
    private final ReadOnlyIntegerWrapper caretOffset = new ReadOnlyIntegerWrapper(this, "caretOffset", 0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final EditorGutter gutter;
    private final QuickFixMenu quickFixMenu;
    private final FindBar findBar;
    private final GoToLineBar goToLineBar;
    private EditorActions actions = EditorActions.none();
    private List<Finding> findings = List.of();
    private Highlighting highlighting = new Highlighting(List.of(), List.of());
    private BracketMatcher brackets = new BracketMatcher(List.of());
    private List<StyleRun> shownRuns = List.of();
    private Optional<MatchingPair> shownBracket = Optional.empty();
    private int highlightedLength;
    private LineIndex lines = new LineIndex("");

    public DockerfileEditor() {
        this(RuleRegistry.standard()::metadata);
    }

    /** @param rules the rule metadata by id (for the Hadolint code in the hover text) */
    public DockerfileEditor(Function<String, Optional<RuleMetadata>> rules) {
        area.getStyleClass().add("dockerfile-editor");
        area.setId("dockerfile-editor");
        gutter = new EditorGutter(area, this::openQuickFixesOnLine);
        quickFixMenu = new QuickFixMenu(area, () -> actions);
        findBar = new FindBar(area, this::applyEdits);
        goToLineBar = new GoToLineBar(this::goToLine, area::requestFocus);
        new FindingTooltip(area, marks::findingsCovering, rules, () -> actions);
        EditorKeys.install(area, this);
        root.setCenter(new VirtualizedScrollPane<>(area));
        root.setBottom(new VBox(findBar.node(), goToLineBar.node()));
        root.getStyleClass().add("dockerfile-editor-pane");
        area.multiPlainChanges().subscribe(this::textChanged);
        area.caretPositionProperty().addListener((obs, old, now) -> {
            caretOffset.set(now);
            if (area.getLength() == highlightedLength && !brackets.at(now).equals(shownBracket)) {
                restyle(EditRange.none());
            }
        });
    }

    public Node node() {
        return root;
    }

    public CodeArea area() {
        return area;
    }

    /** Replaces the whole text, clears the findings and forgets the undo history. */
    public void setText(String text) {
        findings = List.of();
        marks.set(List.of());
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public String text() {
        return text.get();
    }

    /** The text, changed once per edit (after it is highlighted); style changes do not touch it. */
    public ObservableValue<String> textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty caretOffsetProperty() {
        return caretOffset.getReadOnlyProperty();
    }

    public void setActions(EditorActions actions) {
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    /** Shows {@code newFindings} if they were computed for the current text; ignores stale results. */
    public void showFindings(String lintedText, List<Finding> newFindings) {
        if (!lintedText.equals(text.get())) {
            return;
        }
        findings = List.copyOf(newFindings);
        marks.set(findings);
        restyle(EditRange.none());
    }

    /** The findings for a caret at {@code offset}, most serious first (those on its line when none touch it). */
    public List<Finding> findingsAt(int offset) {
        return marks.findingsAt(offset, lines);
    }

    /**
     * Applies {@code fix} as one undo step, through the engine's plan.
     *
     * @throws dev.drydock.core.fix.FixNotApplicableException when the text changed since the fix was computed
     */
    public void applyFix(Fix fix) {
        applyEdits(applier.plan(area.getText(), fix));
    }

    /** Opens the quick-fix menu for the findings under the caret. */
    public void openQuickFixes() {
        quickFixMenu.show(QuickFixMenuModel.items(findingsAt(area.getCaretPosition()), findings, marks.isCurrent()));
    }

    /** Moves the caret to {@code range} (selecting it, caret at its start) and scrolls there. */
    public void select(TextRange range) {
        int end = Math.min(range.endOffset(), area.getLength());
        int start = Math.min(range.startOffset(), end);
        area.selectRange(end, start);
        area.requestFollowCaret();
    }

    public void showFind() {
        goToLineBar.hide();
        findBar.show(false);
    }

    public void showReplace() {
        goToLineBar.hide();
        findBar.show(true);
    }

    /** Opens the "go to line" field. */
    public void showGoToLine() {
        findBar.close();
        goToLineBar.show();
    }

    /** Puts the caret at the start of 1-based {@code line} (clamped) and scrolls there. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size()) - 1);
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Comments or uncomments the lines of the selection (or the caret's line), as one undo step. */
    public void toggleComment() {
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        int fromLine = area.offsetToPosition(start, Bias.Forward).getMajor() + 1;
        TwoDimensional.Position last = area.offsetToPosition(end, Bias.Forward);
        int toLine = last.getMajor() + 1;
        if (end > start && last.getMinor() == 0 && toLine > fromLine) {
            toLine--;
        }
        String text = area.getText();
        applyEdits(applier.planEdits(text, LineComments.toggle(text, fromLine, toLine)));
    }

    /** Whether the quick-fix menu is open. */
    public boolean isQuickFixMenuShowing() {
        return quickFixMenu.isShowing();
    }

    /** The gutter marks shown, by 0-based line. */
    public Map<Integer, GutterMark> gutterMarks() {
        return gutter.marks();
    }

    /** Performs edits (in any order; checked) as one undoable change. */
    void applyEdits(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        List<TextEdit> plan = applier.planEdits(area.getText(), edits);
        area.getUndoManager().preventMerge();
        MultiChangeBuilder<Collection<String>, String, Collection<String>> change = area.createMultiChange(plan.size());
        for (TextEdit edit : plan) {
            change.replaceTextAbsolutely(edit.startOffset(), edit.endOffset(), edit.newText());
        }
        change.commit();
        area.getUndoManager().preventMerge();
    }

    private void openQuickFixesOnLine(int paragraph) {
        if (area.getCaretPosition() < area.getAbsolutePosition(paragraph, 0)
                || area.getCurrentParagraph() != paragraph) {
            marks.all().stream().filter(mark -> lines.position(mark.start()).line() == paragraph + 1).findFirst()
                    .ifPresentOrElse(mark -> area.moveTo(mark.start()), () -> area.moveTo(paragraph, 0));
        }
        openQuickFixes();
    }

    private void textChanged(List<PlainTextChange> changes) {
        EditRange edited = EditRange.none();
        for (PlainTextChange change : changes) {
            int removed = change.getRemoved().length();
            int inserted = change.getInserted().length();
            marks.shift(change.getPosition(), removed, inserted);
            edited = edited.then(change.getPosition(), removed, inserted);
        }
        String now = area.getText();
        highlighting = DockerfileHighlighter.analyze(Dockerfile.parse(now));
        brackets = new BracketMatcher(highlighting.pairs());
        highlightedLength = now.length();
        lines = new LineIndex(now);
        restyle(edited);
        text.set(now);
    }

    private void restyle(EditRange edited) {
        shownBracket = brackets.at(area.getCaretPosition());
        List<StyleRun> wanted = styles.runs(highlightedLength, highlighting.spans(), marks.all(), shownBracket);
        List<StyleDelta> changes = edited.isNone() && shownRuns.isEmpty() ? List.of(StyleDelta.all(wanted))
                : StyleChanges.between(shownRuns, wanted, edited.from(), edited.to(), visibleFrom(), visibleTo());
        shownRuns = wanted;
        for (StyleDelta delta : changes) {
            if (!delta.isEmpty()) {
                StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(delta.runs().size());
                for (StyleRun run : delta.runs()) {
                    spans.add(run.styleClasses(), run.length());
                }
                area.setStyleSpans(delta.from(), spans.create());
            }
        }
        gutter.show(marks.gutter(lines));
    }

    /** Offset of the first character on screen (past the end when no line is; 0 when unknown). */
    private int visibleFrom() {
        try {
            return area.getVisibleParagraphs().isEmpty() ? Integer.MAX_VALUE
                    : area.getAbsolutePosition(area.visibleParToAllParIndex(0), 0);
        } catch (RuntimeException notLaidOut) {
            return 0;
        }
    }

    /** Offset after the last character on screen (all of the text when unknown). */
    private int visibleTo() {
        try {
            int count = area.getVisibleParagraphs().size();
            if (count == 0) {
                return Integer.MAX_VALUE;
            }
            int last = area.visibleParToAllParIndex(count - 1);
            return area.getAbsolutePosition(last, 0) + area.getParagraphLength(last) + 1;
        } catch (RuntimeException notLaidOut) {
            return Integer.MAX_VALUE;
        }
    }
}
