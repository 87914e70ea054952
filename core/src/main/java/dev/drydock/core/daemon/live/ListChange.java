package dev.drydock.core.daemon.live;

import java.util.List;
import java.util.Set;

/**
 * An incremental change of a live list: rows added or replaced (matched by id) and ids removed.
 * A {@code reset} change replaces the whole list with {@code upserted} (first load, reconnect).
 */
public record ListChange<T>(boolean reset, List<T> upserted, Set<String> removedIds) {

    public ListChange {
        upserted = List.copyOf(upserted);
        removedIds = Set.copyOf(removedIds);
    }

    public static <T> ListChange<T> resetTo(List<T> all) {
        return new ListChange<>(true, all, Set.of());
    }

    public boolean isEmpty() {
        return !reset && upserted.isEmpty() && removedIds.isEmpty();
    }
}
