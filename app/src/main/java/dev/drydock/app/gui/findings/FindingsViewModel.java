package dev.drydock.app.gui.findings;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.FindingOrder;
import dev.drydock.core.findings.LineMap;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;
import dev.drydock.core.lint.DockerfileLinter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The findings panel of one Dockerfile: its findings as rows, narrowed by severity, category and
 * search text, sorted, counted per severity, and the selected one kept in step with the editor.
 *
 * <p>Selection goes both ways without feedback: {@link #selectAt(int)} follows the editor's caret and
 * only selects; {@link #reveal(FindingRow)} is what a user's pick in the table calls, and it also
 * asks the editor (through {@link #setOnReveal(Consumer)}) to move its caret to the finding. A caret
 * that lands inside the selected finding keeps it selected, so the jump does not select another
 * finding on the same spot.
 */
public final class FindingsViewModel {

    private static final Set<Severity> ALL_SEVERITIES = EnumSet.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE);

    private final Function<String, Optional<RuleMetadata>> rules;
    private final ObservableList<FindingRow> all = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> filtered = new FilteredList<>(all);
    private final SortedList<FindingRow> sorted = new SortedList<>(filtered);
    private final ReadOnlyObjectWrapper<Set<Severity>> shownSeverities = new ReadOnlyObjectWrapper<>(this, "shownSeverities", ALL_SEVERITIES);
    private final ObjectProperty<CategoryFilter> category = new SimpleObjectProperty<>(this, "category", CategoryFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<FindingSort> sort = new SimpleObjectProperty<>(this, "sort", FindingSort.READING_ORDER);
    private final ObjectProperty<Comparator<? super FindingRow>> tableComparator = new SimpleObjectProperty<>(this, "tableComparator");
    private final ReadOnlyObjectWrapper<SeverityCounts> allCounts = new ReadOnlyObjectWrapper<>(this, "allCounts", SeverityCounts.NONE);
    private final ReadOnlyObjectWrapper<SeverityCounts> shownCounts = new ReadOnlyObjectWrapper<>(this, "shownCounts", SeverityCounts.NONE);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyObjectWrapper<FindingRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<Finding> selectedFinding = new ReadOnlyObjectWrapper<>(this, "selectedFinding");
    private Optional<LineMap> lines = Optional.empty();
    private Consumer<Finding> onReveal = finding -> { };

    /** @param rules the metadata of a rule by id or alias, for categories and Hadolint aliases */
    public FindingsViewModel(Function<String, Optional<RuleMetadata>> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter, shownSeverities, category, searchText));
        // Column sorting needs the table's own comparator on the list (TableView checks); ties keep reading order.
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> tableComparator.get() != null ? tableComparator.get() : sort.get().comparator(), tableComparator, sort));
        filtered.predicateProperty().addListener((obs, old, now) -> afterFilterChange());
        placeholder.set(describeEmpty());
    }

    /** A panel for the findings of {@code linter}, which knows every rule it reports, ShellCheck codes included. */
    public static FindingsViewModel forLinter(DockerfileLinter linter) {
        return new FindingsViewModel(linter::metadata);
    }

    /** Shows {@code findings}; without the text they were found in, the caret selects only findings it touches. */
    public void setFindings(List<Finding> findings) {
        replaceFindings(findings, Optional.empty());
    }

    /** Shows the findings of {@code lintedText}; the caret then also selects the nearest finding on its line. */
    public void setFindings(String lintedText, List<Finding> findings) {
        replaceFindings(findings, Optional.of(LineMap.of(lintedText)));
    }

    private void replaceFindings(List<Finding> findings, Optional<LineMap> lineMap) {
        FindingRow previous = selectedRow.get();
        List<FindingRow> rows = findings.stream()
                .sorted(FindingOrder.READING_ORDER)
                .map(finding -> FindingRow.of(finding, rules.apply(finding.ruleId())))
                .toList();
        lines = lineMap;
        all.setAll(rows);
        allCounts.set(SeverityCounts.of(all));
        updateSummaries();
        setSelection(previous == null ? null : FindingLocator.sameFinding(previous, filtered).orElse(null));
    }

    /** The rows the table shows: filtered and sorted. */
    public ObservableList<FindingRow> rows() {
        return sorted;
    }

    /** Every row of the current findings, in reading order, whatever the filters. */
    public List<FindingRow> allRows() {
        return List.copyOf(all);
    }

    public ReadOnlyObjectProperty<Set<Severity>> shownSeveritiesProperty() {
        return shownSeverities.getReadOnlyProperty();
    }

    public boolean isSeverityShown(Severity severity) {
        return shownSeverities.get().contains(severity);
    }

    /** Shows or hides the findings of one severity. */
    public void setSeverityShown(Severity severity, boolean shown) {
        Set<Severity> now = EnumSet.noneOf(Severity.class);
        now.addAll(shownSeverities.get());
        if (shown ? now.add(severity) : now.remove(severity)) {
            shownSeverities.set(Set.copyOf(now));
        }
    }

    public void showAllSeverities() {
        shownSeverities.set(ALL_SEVERITIES);
    }

    public ObjectProperty<CategoryFilter> categoryProperty() {
        return category;
    }

    /** Matched, ignoring case, against the rule id, the Hadolint alias and the message; every word must match. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The order used while the table is not sorted by a column. */
    public ObjectProperty<FindingSort> sortProperty() {
        return sort;
    }

    /** Bind to the table's comparator, so that clicking a column header sorts the rows. */
    public ObjectProperty<Comparator<? super FindingRow>> tableComparatorProperty() {
        return tableComparator;
    }

    /** Counts of all findings of the document, whatever the filters. */
    public ReadOnlyObjectProperty<SeverityCounts> allCountsProperty() {
        return allCounts.getReadOnlyProperty();
    }

    /** Counts of the findings the filters let through. */
    public ReadOnlyObjectProperty<SeverityCounts> shownCountsProperty() {
        return shownCounts.getReadOnlyProperty();
    }

    /** What the table says when it shows no row: clean document, or everything filtered out. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FindingRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The finding of the selected row, whichever side selected it; null when none is. */
    public ReadOnlyObjectProperty<Finding> selectedFindingProperty() {
        return selectedFinding.getReadOnlyProperty();
    }

    /** Called with the finding the user picked in the panel; the editor moves its caret there. */
    public void setOnReveal(Consumer<Finding> handler) {
        onReveal = Objects.requireNonNull(handler, "handler");
    }

    /** Selects a row without moving the editor's caret (null clears the selection). */
    public void select(FindingRow row) {
        setSelection(row != null && filtered.contains(row) ? row : null);
    }

    /** The user picked {@code row}: select it and reveal its finding in the editor. */
    public void reveal(FindingRow row) {
        select(row);
        FindingRow selected = selectedRow.get();
        if (selected != null) {
            onReveal.accept(selected.finding());
        }
    }

    /**
     * Follows the editor's caret: keeps the selection while the caret touches the selected finding,
     * else selects the finding under the caret (or the nearest on its line), else none. Never
     * reveals, so the caret is not moved in return.
     */
    public void selectAt(int caretOffset) {
        FindingRow current = selectedRow.get();
        if (current != null && FindingLocator.contains(current, caretOffset)) {
            return;
        }
        setSelection(FindingLocator.atCaret(List.copyOf(sorted), caretOffset, lines).orElse(null));
    }

    private void setSelection(FindingRow row) {
        selectedRow.set(row);
        selectedFinding.set(row == null ? null : row.finding());
    }

    private Predicate<FindingRow> filter() {
        Set<Severity> severities = shownSeverities.get();
        CategoryFilter wanted = category.get() == null ? CategoryFilter.ALL : category.get();
        String search = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        String[] words = search.isEmpty() ? new String[0] : search.split("\\s+");
        return row -> severities.contains(row.severity()) && wanted.accepts(row) && row.matches(words);
    }

    private void afterFilterChange() {
        updateSummaries();
        FindingRow selected = selectedRow.get();
        if (selected != null && !filtered.contains(selected)) {
            setSelection(null);
        }
    }

    private void updateSummaries() {
        shownCounts.set(SeverityCounts.of(filtered));
        placeholder.set(describeEmpty());
    }

    private String describeEmpty() {
        if (all.isEmpty()) {
            return "No findings — clean!";
        }
        int hidden = all.size() - filtered.size();
        return hidden == 1 ? "The filters hide the one finding." : "The filters hide all " + hidden + " findings.";
    }
}
