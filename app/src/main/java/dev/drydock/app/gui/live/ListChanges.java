package dev.drydock.app.gui.live;

import dev.drydock.core.daemon.live.ListChange;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Folds a burst of list changes into one, so a UI pulse applies each list once. */
public final class ListChanges {

    private ListChanges() {
    }

    /** The one change that has the same effect as applying {@code changes} in order. */
    public static <T> ListChange<T> merge(List<ListChange<T>> changes, Function<T, String> idOf) {
        boolean reset = false;
        Map<String, T> upserted = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        for (ListChange<T> change : changes) {
            if (change.reset()) {
                reset = true;
                upserted.clear();
                removed.clear();
            }
            for (String id : change.removedIds()) {
                upserted.remove(id);
                if (!reset) {
                    removed.add(id);
                }
            }
            for (T row : change.upserted()) {
                String id = idOf.apply(row);
                upserted.put(id, row);
                removed.remove(id);
            }
        }
        return new ListChange<>(reset, List.copyOf(upserted.values()), removed);
    }
}
