package dev.drydock.app.gui.live;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A live list as a table shows it: narrowed by the search text (matched against all the text the
 * row shows, ignoring case; every word must match), sorted by the table's comparator, and counted
 * as "12 of 340".
 */
public final class FilterableRows<T> {

    private final LiveRows<T> source;
    private final FilteredList<T> filtered;
    private final SortedList<T> sorted;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Comparator<? super T>> comparator = new SimpleObjectProperty<>(this, "comparator");
    private final StringBinding rowCount;

    /**
     * @param visibleText the text a row shows in the table, the one the search matches
     */
    public FilterableRows(LiveRows<T> source, Function<T, String> visibleText) {
        this.source = source;
        this.filtered = new FilteredList<>(source.rows());
        this.sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(comparator);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(
                () -> matcher(searchText.get(), visibleText), searchText));
        rowCount = Bindings.createStringBinding(this::describeCount, filtered, source.rows());
    }

    private static <T> Predicate<T> matcher(String search, Function<T, String> visibleText) {
        String[] words = search == null ? new String[0] : search.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        return row -> {
            String text = visibleText.apply(row).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private String describeCount() {
        int shown = filtered.size();
        int total = source.size();
        return shown == total ? total + (total == 1 ? " item" : " items") : shown + " of " + total;
    }

    public LiveRows<T> source() {
        return source;
    }

    /** What the table displays; bind the table's comparator to {@link #comparatorProperty()}. */
    public ObservableList<T> shownRows() {
        return sorted;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Comparator<? super T>> comparatorProperty() {
        return comparator;
    }

    public StringBinding rowCountProperty() {
        return rowCount;
    }
}
