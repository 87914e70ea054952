package dev.drydock.app.gui.live;

import dev.drydock.core.daemon.live.ListChange;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of one live daemon list (containers or images) for a table, kept up to date from
 * {@link ListChange}s. Finds a row by id in O(1); the order of the rows is meaningless (tables sort).
 * Use on the UI thread only.
 */
public final class LiveRows<T> {

    /** Above this many touched rows one list replacement is cheaper than many single changes. */
    static final int BULK_THRESHOLD = 256;

    private final Function<T, String> idOf;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, Integer> indexById = new HashMap<>();

    public LiveRows(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    public ObservableList<T> rows() {
        return readOnlyRows;
    }

    public Optional<T> byId(String id) {
        Integer index = id == null ? null : indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(rows.get(index));
    }

    public int size() {
        return rows.size();
    }

    public void apply(ListChange<T> change) {
        if (change.reset()) {
            replaceAll(change.upserted());
        } else if (change.upserted().size() + change.removedIds().size() > BULK_THRESHOLD) {
            replaceAll(merged(change));
        } else {
            change.removedIds().forEach(this::remove);
            change.upserted().forEach(this::upsert);
        }
    }

    private List<T> merged(ListChange<T> change) {
        Map<String, T> byId = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byId.put(idOf.apply(row), row));
        change.removedIds().forEach(byId::remove);
        change.upserted().forEach(row -> byId.put(idOf.apply(row), row));
        return new ArrayList<>(byId.values());
    }

    private void replaceAll(List<T> all) {
        Map<String, T> unique = new java.util.LinkedHashMap<>();
        all.forEach(row -> unique.put(idOf.apply(row), row));
        indexById.clear();
        List<T> list = new ArrayList<>(unique.values());
        for (int i = 0; i < list.size(); i++) {
            indexById.put(idOf.apply(list.get(i)), i);
        }
        rows.setAll(list);
    }

    private void upsert(T row) {
        String id = idOf.apply(row);
        Integer index = indexById.get(id);
        if (index == null) {
            indexById.put(id, rows.size());
            rows.add(row);
        } else if (!rows.get(index).equals(row)) {
            rows.set(index, row);
        }
    }

    /** Swaps the last row into the gap, so removing never shifts the other rows' indexes. */
    private void remove(String id) {
        Integer index = indexById.remove(id);
        if (index == null) {
            return;
        }
        int last = rows.size() - 1;
        if (index != last) {
            T moved = rows.get(last);
            rows.set(index, moved);
            indexById.put(idOf.apply(moved), index);
        }
        rows.remove(last);
    }
}
