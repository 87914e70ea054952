package dev.drydock.app.gui.scan;

import dev.drydock.core.findings.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Findings tab of an image scan: the audit's findings, most serious first, narrowed by severity,
 * by text, and (the "skip base") without those inherited from the base image.
 */
public final class ImageFindingsViewModel {

    /** The severities image rules report, most serious first. */
    public static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE);

    private static final Comparator<ImageFindingRow> MOST_SERIOUS_FIRST = Comparator.comparing(ImageFindingRow::severity)
            .thenComparingInt(ImageFindingRow::layer).thenComparing(ImageFindingRow::ruleId).thenComparing(ImageFindingRow::path);

    private final ObservableList<ImageFindingRow> all = FXCollections.observableArrayList();
    private final FilteredList<ImageFindingRow> filtered = new FilteredList<>(all);
    private final SortedList<ImageFindingRow> sorted = new SortedList<>(filtered);
    private final ObjectProperty<Set<Severity>> shownSeverities = new SimpleObjectProperty<>(this, "shownSeverities",
            Set.copyOf(SEVERITIES));
    private final BooleanProperty hideInherited = new SimpleBooleanProperty(this, "hideInherited");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Comparator<? super ImageFindingRow>> tableComparator = new SimpleObjectProperty<>(this, "tableComparator");
    private final ReadOnlyObjectWrapper<ImageFindingRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Map<Severity, Integer>> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            Map.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 0, Severity.STYLE, 0));
    private final StringBinding countText;
    private final StringBinding placeholder;

    public ImageFindingsViewModel() {
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter, shownSeverities, hideInherited, searchText));
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> tableComparator.get() != null ? tableComparator.get() : MOST_SERIOUS_FIRST, tableComparator));
        countText = Bindings.createStringBinding(() -> filtered.size() == all.size()
                ? describe(all.size()) : filtered.size() + " of " + describe(all.size()) + " shown", filtered, all);
        placeholder = Bindings.createStringBinding(() -> all.isEmpty() ? "No findings — clean!"
                : "The filters hide all " + all.size() + " findings.", all);
        filtered.predicateProperty().addListener((obs, old, now) -> {
            if (selected.get() != null && !filtered.contains(selected.get())) {
                selected.set(null);
            }
        });
    }

    private static String describe(int count) {
        return count + (count == 1 ? " finding" : " findings");
    }

    public void setFindings(List<ImageFindingRow> rows) {
        all.setAll(rows);
        selected.set(null);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        SEVERITIES.forEach(severity -> bySeverity.put(severity, 0));
        all.forEach(row -> bySeverity.merge(row.severity(), 1, Integer::sum));
        counts.set(Map.copyOf(bySeverity));
    }

    /** The rows the table shows, filtered and sorted. */
    public ObservableList<ImageFindingRow> rows() {
        return sorted;
    }

    /** Every finding, whatever the filters. */
    public List<ImageFindingRow> allRows() {
        return List.copyOf(all);
    }

    /** How many findings of each severity the image has, whatever the filters. */
    public ReadOnlyObjectProperty<Map<Severity, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public boolean isSeverityShown(Severity severity) {
        return shownSeverities.get().contains(severity);
    }

    public void setSeverityShown(Severity severity, boolean shown) {
        Set<Severity> now = EnumSet.noneOf(Severity.class);
        now.addAll(shownSeverities.get());
        if (shown ? now.add(severity) : now.remove(severity)) {
            shownSeverities.set(Set.copyOf(now));
        }
    }

    /** When true, findings from the base image's layers are not shown. */
    public BooleanProperty hideInheritedProperty() {
        return hideInherited;
    }

    /** Every word must occur in the rule id, title, message, path or evidence (ignoring case). */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Comparator<? super ImageFindingRow>> tableComparatorProperty() {
        return tableComparator;
    }

    public ReadOnlyObjectProperty<ImageFindingRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Selects a shown row (the rule explanation follows); null or a hidden row clears the selection. */
    public void select(ImageFindingRow row) {
        selected.set(row != null && filtered.contains(row) ? row : null);
    }

    /** {@code 12 findings}, or {@code 3 of 12 findings shown}. */
    public StringBinding countText() {
        return countText;
    }

    /** What the empty table says. */
    public StringBinding placeholder() {
        return placeholder;
    }

    private Predicate<ImageFindingRow> filter() {
        Set<Severity> severities = shownSeverities.get();
        boolean ownOnly = hideInherited.get();
        String search = Objects.requireNonNullElse(searchText.get(), "").strip().toLowerCase(Locale.ROOT);
        String[] words = search.isEmpty() ? new String[0] : search.split("\\s+");
        return row -> severities.contains(row.severity()) && !(ownOnly && row.inherited()) && row.matches(words);
    }
}
