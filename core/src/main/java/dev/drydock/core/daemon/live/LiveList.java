package dev.drydock.core.daemon.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One list kept in step with the daemon (containers or images): rows by id, each change reported
 * as the smallest {@link ListChange}. Changed by one thread; {@link #snapshot()} is safe from any.
 */
final class LiveList<T> {

    private final Function<T, String> idOf;
    private final Map<String, T> rows = new LinkedHashMap<>();
    private volatile List<T> snapshot = List.of();

    LiveList(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    List<T> snapshot() {
        return snapshot;
    }

    /** Replaces everything, as a {@link ListChange#resetTo reset}: first load, reconnect, other daemon. */
    ListChange<T> reset(List<T> all) {
        rows.clear();
        all.forEach(row -> rows.put(idOf.apply(row), row));
        publish();
        return ListChange.resetTo(snapshot);
    }

    /** Replaces everything but reports only the rows that differ from before. */
    ListChange<T> replaceAll(List<T> all) {
        Map<String, T> after = new LinkedHashMap<>();
        all.forEach(row -> after.put(idOf.apply(row), row));
        List<T> upserted = new ArrayList<>();
        after.forEach((id, row) -> {
            if (!Objects.equals(rows.get(id), row)) {
                upserted.add(row);
            }
        });
        Set<String> removed = new LinkedHashSet<>(rows.keySet());
        removed.removeAll(after.keySet());
        rows.clear();
        rows.putAll(after);
        publish();
        return new ListChange<>(false, upserted, removed);
    }

    /** Adds or replaces some rows and removes others; rows equal to what is there are not reported. */
    ListChange<T> update(Collection<T> upserts, Collection<String> removals) {
        List<T> upserted = new ArrayList<>();
        for (T row : upserts) {
            T before = rows.put(idOf.apply(row), row);
            if (!row.equals(before)) {
                upserted.add(row);
            }
        }
        Set<String> removed = new LinkedHashSet<>();
        for (String id : removals) {
            if (rows.remove(id) != null) {
                removed.add(id);
            }
        }
        if (!upserted.isEmpty() || !removed.isEmpty()) {
            publish();
        }
        return new ListChange<>(false, upserted, removed);
    }

    private void publish() {
        snapshot = List.copyOf(rows.values());
    }
}
