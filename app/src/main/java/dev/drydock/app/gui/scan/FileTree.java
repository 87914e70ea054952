package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.EntryType;
import dev.drydock.core.image.scan.HiddenEntry;
import dev.drydock.core.image.scan.LayerEntry;
import dev.drydock.core.image.scan.MergedEntry;
import dev.drydock.core.image.scan.ScannedImage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the Files tab's tree from a scanned image: every path of the merged filesystem, plus the
 * paths a later layer deleted (they still ship in the image), with folders that are only implied by
 * their contents; and narrows it to what one layer touched, or to paths matching a text.
 */
public final class FileTree {

    /** What the tree shows: everything ({@code layer} -1), or what one layer added, changed or deleted. */
    public record Filter(int layer, String text, boolean showDeleted) {

        public static final Filter ALL = new Filter(-1, "", true);

        public Filter {
            text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        }

        boolean isEverything() {
            return layer < 0 && text.isEmpty() && showDeleted;
        }
    }

    private FileTree() {
    }

    /** The root folder ({@code /}) of the image's filesystem. */
    public static FileNode of(ScannedImage image) {
        Draft root = new Draft("", "");
        Map<String, Draft> byPath = new HashMap<>();
        byPath.put("", root);
        image.files().forEach((path, merged) -> draft(byPath, path).present(merged));
        Map<String, List<HiddenEntry>> deletions = new TreeMap<>();
        for (HiddenEntry hidden : image.hidden()) {
            if (hidden.deleted()) {
                deletions.computeIfAbsent(hidden.entry().path(), path -> new ArrayList<>()).add(hidden);
            }
        }
        deletions.forEach((path, versions) -> draft(byPath, path).deleted(versions));
        return root.freeze();
    }

    /** The part of {@code root} that {@code filter} lets through; folders stay when something below them does. */
    public static FileNode filter(FileNode root, Filter filter) {
        if (filter.isEverything()) {
            return root;
        }
        FileNode kept = keep(root, filter);
        return kept != null ? kept : withChildren(root, List.of());
    }

    /** How many paths the tree holds, folders included, root excluded. */
    public static int count(FileNode root) {
        int count = 0;
        for (FileNode child : root.children()) {
            count += 1 + count(child);
        }
        return count;
    }

    private static FileNode keep(FileNode node, Filter filter) {
        List<FileNode> children = new ArrayList<>();
        for (FileNode child : node.children()) {
            FileNode kept = keep(child, filter);
            if (kept != null) {
                children.add(kept);
            }
        }
        boolean self = !node.path().isEmpty()
                && (filter.showDeleted() || node.state() != FileNode.State.DELETED)
                && (filter.layer() < 0 || node.touchedIn(filter.layer()))
                && (filter.text().isEmpty() || node.path().toLowerCase(Locale.ROOT).contains(filter.text()));
        if (!self && children.isEmpty()) {
            return null;
        }
        return withChildren(node, children);
    }

    private static FileNode withChildren(FileNode node, List<FileNode> children) {
        return new FileNode(node.name(), node.path(), node.state(), node.type(), node.size(), node.mode(), node.uid(),
                node.gid(), node.linkTarget(), node.addedIn(), node.changedIn(), node.deletedIn(), children);
    }

    private static Draft draft(Map<String, Draft> byPath, String path) {
        Draft existing = byPath.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        Draft parent = draft(byPath, slash < 0 ? "" : path.substring(0, slash));
        Draft created = new Draft(path, slash < 0 ? path : path.substring(slash + 1));
        parent.children.put(created.name, created);
        byPath.put(path, created);
        return created;
    }

    /** A node while the tree is built. */
    private static final class Draft {
        final String path;
        final String name;
        final Map<String, Draft> children = new TreeMap<>();
        FileNode.State state = FileNode.State.IMPLIED_FOLDER;
        LayerEntry entry;
        int addedIn = -1;
        List<Integer> changedIn = List.of();
        int deletedIn = -1;

        Draft(String path, String name) {
            this.path = path;
            this.name = name;
        }

        void present(MergedEntry merged) {
            state = FileNode.State.PRESENT;
            entry = merged.entry();
            addedIn = merged.addedIn();
            changedIn = merged.changedIn();
        }

        void deleted(List<HiddenEntry> versions) {
            HiddenEntry last = versions.stream().max(Comparator.comparingInt(HiddenEntry::hiddenBy)).orElseThrow();
            if (state != FileNode.State.IMPLIED_FOLDER || !children.isEmpty()) {
                // deleted, then created again (or written into again) by a later layer: present, with its deletion on record
                deletedIn = versions.stream().mapToInt(HiddenEntry::hiddenBy).filter(layer -> layer <= addedIn)
                        .max().orElse(-1);
                return;
            }
            state = FileNode.State.DELETED;
            entry = last.entry();
            deletedIn = last.hiddenBy();
            addedIn = versions.stream().mapToInt(HiddenEntry::layer).min().orElse(last.layer());
            changedIn = versions.stream().map(HiddenEntry::layer).filter(layer -> layer > addedIn).distinct().sorted().toList();
        }

        FileNode freeze() {
            List<FileNode> frozen = children.values().stream().map(Draft::freeze).toList();
            EntryType type = entry != null ? entry.type() : EntryType.DIRECTORY;
            long size = frozen.isEmpty() && entry != null ? entry.size()
                    : frozen.stream().filter(child -> child.state() != FileNode.State.DELETED || state == FileNode.State.DELETED)
                    .mapToLong(FileNode::size).sum();
            return new FileNode(name, path, state, type, size, entry != null ? entry.mode() : 0755,
                    entry != null ? entry.uid() : 0, entry != null ? entry.gid() : 0,
                    entry != null ? entry.linkTarget() : "", addedIn, changedIn, deletedIn, frozen);
        }
    }
}
