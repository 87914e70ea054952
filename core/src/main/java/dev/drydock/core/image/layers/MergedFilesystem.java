package dev.drydock.core.image.layers;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.HiddenEntry;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.MergedEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stacks layers the way overlayfs does: a whiteout deletes a path (and all below it) of the layers
 * beneath; an opaque directory hides everything below it from the layers beneath; a later layer's
 * entry replaces an earlier one (a directory over a directory merges, a non-directory over a
 * directory drops its contents). Every version that ends up out of sight is kept as a
 * {@link HiddenEntry}, since it still ships in the image.
 */
final class MergedFilesystem {

    private static final class Node {
        LayerEntry entry;
        int layer;
        final int addedIn;
        final List<Integer> changedIn = new ArrayList<>();

        Node(LayerEntry entry, int layer) {
            this.entry = entry;
            this.layer = layer;
            this.addedIn = layer;
        }
    }

    private final NavigableMap<String, Node> nodes = new TreeMap<>();
    private final List<HiddenEntry> hidden = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Applies layer {@code index}: its whiteouts to the layers beneath first, then its entries in tar order. */
    void apply(int index, List<LayerEntry> entries) {
        for (LayerEntry entry : entries) {
            if (entry.type() == EntryType.OPAQUE_DIRECTORY) {
                removeBelow(entry.path(), index, true);
            } else if (entry.type() == EntryType.WHITEOUT) {
                removeBelow(entry.path(), index, true);
                remove(entry.path(), index, true);
            }
        }
        Set<String> seen = new HashSet<>();
        for (LayerEntry entry : entries) {
            if (entry.type() == EntryType.OPAQUE_DIRECTORY || entry.type() == EntryType.WHITEOUT) {
                continue;
            }
            if (!seen.add(entry.path())) {
                notes.add(LayerTexts.text("duplicate-entry", index, entry.path()));
            }
            put(index, entry);
        }
        for (LayerEntry entry : entries) {
            if (entry.type() == EntryType.HARDLINK && !nodes.containsKey(entry.linkTarget())) {
                notes.add(LayerTexts.text("missing-hardlink", index, entry.path(), entry.linkTarget()));
            }
        }
    }

    private void put(int index, LayerEntry entry) {
        Node existing = nodes.get(entry.path());
        if (existing == null) {
            nodes.put(entry.path(), new Node(entry, index));
            return;
        }
        boolean bothFolders = existing.entry.type() == EntryType.DIRECTORY && entry.type() == EntryType.DIRECTORY;
        if (bothFolders && sameAttributes(existing.entry, entry)) {
            return;
        }
        if (!bothFolders) {
            hidden.add(new HiddenEntry(existing.entry, existing.layer, index, false));
            if (existing.entry.type() == EntryType.DIRECTORY) {
                removeBelow(entry.path(), index, true);
            }
        }
        if (existing.layer != index) {
            existing.changedIn.add(index);
        }
        existing.entry = entry;
        existing.layer = index;
    }

    /** Removes what layers beneath {@code index} hold below the folder {@code path}. */
    private void removeBelow(String path, int index, boolean deleted) {
        NavigableMap<String, Node> below = path.isEmpty() ? nodes : nodes.subMap(path + "/", true, path + "0", false);
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, Node> child : below.entrySet()) {
            if (child.getValue().layer < index) {
                hidden.add(new HiddenEntry(child.getValue().entry, child.getValue().layer, index, deleted));
                gone.add(child.getKey());
            }
        }
        gone.forEach(nodes::remove);
    }

    private void remove(String path, int index, boolean deleted) {
        Node node = nodes.get(path);
        if (node != null && node.layer < index) {
            hidden.add(new HiddenEntry(node.entry, node.layer, index, deleted));
            nodes.remove(path);
        }
    }

    private static boolean sameAttributes(LayerEntry a, LayerEntry b) {
        return a.mode() == b.mode() && a.uid() == b.uid() && a.gid() == b.gid();
    }

    /** The merged filesystem by path. */
    Map<String, MergedEntry> files() {
        Map<String, MergedEntry> files = new TreeMap<>();
        nodes.forEach((path, node) -> files.put(path, new MergedEntry(node.entry, node.addedIn, node.changedIn)));
        return files;
    }

    /** The layer whose version of {@code path} is visible; -1 when the path is not in the merged filesystem. */
    int visibleLayer(String path) {
        Node node = nodes.get(path);
        return node == null ? -1 : node.layer;
    }

    List<HiddenEntry> hidden() {
        return hidden;
    }

    List<String> notes() {
        return notes;
    }
}
