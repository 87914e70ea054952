package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.PackageType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** The Packages tab: the image's packages, narrowed to one type and by text, sorted by the table. */
public final class PackagesViewModel {

    private final ObservableList<PackageRow> all = FXCollections.observableArrayList();
    private final FilteredList<PackageRow> filtered = new FilteredList<>(all);
    private final SortedList<PackageRow> sorted = new SortedList<>(filtered);
    private final ObservableList<PackageType> types = FXCollections.observableArrayList();
    private final ObjectProperty<PackageType> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Comparator<? super PackageRow>> comparator = new SimpleObjectProperty<>(this, "comparator");
    private final StringBinding count;

    public PackagesViewModel() {
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter, type, searchText));
        sorted.comparatorProperty().bind(comparator);
        count = Bindings.createStringBinding(() -> filtered.size() == all.size()
                ? all.size() + (all.size() == 1 ? " package" : " packages")
                : filtered.size() + " of " + all.size() + " packages", filtered, all);
    }

    public void setPackages(List<PackageRow> rows) {
        all.setAll(rows);
        types.setAll(rows.stream().map(PackageRow::type).distinct().sorted().toList());
        if (type.get() != null && !types.contains(type.get())) {
            type.set(null);
        }
    }

    /** The rows the table shows. */
    public ObservableList<PackageRow> rows() {
        return sorted;
    }

    /** The types the image has, for the type filter. */
    public ObservableList<PackageType> types() {
        return types;
    }

    /** Only packages of this type; null for every type. */
    public ObjectProperty<PackageType> typeProperty() {
        return type;
    }

    /** Every word must occur in the type, name, version, purl or path (ignoring case). */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Bind to the table's comparator so that column headers sort. */
    public ObjectProperty<Comparator<? super PackageRow>> comparatorProperty() {
        return comparator;
    }

    /** {@code 40 packages} or {@code 3 of 40 packages}. */
    public StringBinding countText() {
        return count;
    }

    private Predicate<PackageRow> filter() {
        PackageType wanted = type.get();
        String search = Objects.requireNonNullElse(searchText.get(), "").strip().toLowerCase(Locale.ROOT);
        String[] words = search.isEmpty() ? new String[0] : search.split("\\s+");
        return row -> {
            if (wanted != null && row.type() != wanted) {
                return false;
            }
            String text = row.searchText();
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }
}
