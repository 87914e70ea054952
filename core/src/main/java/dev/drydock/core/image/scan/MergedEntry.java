package dev.drydock.core.image.scan;

import java.util.List;

/**
 * A path of the merged filesystem: its entry as the top-most layer that has it shows it, and which
 * layers touched it.
 *
 * @param addedIn   the layer that first created the path (or re-created it after a deletion)
 * @param changedIn later layers that replaced it, in order; the last one's entry is {@link #entry()}
 */
public record MergedEntry(LayerEntry entry, int addedIn, List<Integer> changedIn) {

    public MergedEntry {
        changedIn = List.copyOf(changedIn);
    }

    /** The layer whose version of the path is visible. */
    public int visibleFrom() {
        return changedIn.isEmpty() ? addedIn : changedIn.get(changedIn.size() - 1);
    }
}
