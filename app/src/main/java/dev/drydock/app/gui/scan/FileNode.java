package dev.drydock.app.gui.scan;

import dev.drydock.core.image.scan.EntryType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A path of the image's filesystem as the Files tab shows it, like dive: what it is, and which layers
 * added, changed or deleted it. Layers are 0-based indexes here (as in the engine); texts show them
 * 1-based, as findings do.
 *
 * @param state     present in a container, deleted by a later layer (but still shipped), or a folder
 *                  that only exists because paths below it do
 * @param size      a file's bytes; a folder's is the sum of what is below it
 * @param addedIn   the layer that created it; -1 for an implied folder
 * @param changedIn later layers that wrote it again, in order
 * @param deletedIn the layer that deleted it, -1 when none did (a present path may have been deleted
 *                  and then created again)
 */
public record FileNode(String name, String path, State state, EntryType type, long size, int mode, long uid, long gid,
                       String linkTarget, int addedIn, List<Integer> changedIn, int deletedIn, List<FileNode> children) {

    /** Whether the path is in a container of the image. */
    public enum State { PRESENT, DELETED, IMPLIED_FOLDER }

    public FileNode {
        changedIn = List.copyOf(changedIn);
        children = List.copyOf(children);
    }

    public boolean isFolder() {
        return type == EntryType.DIRECTORY;
    }

    /** True when layer {@code layer} added, changed or deleted this path. */
    public boolean touchedIn(int layer) {
        return addedIn == layer || changedIn.contains(layer) || deletedIn == layer;
    }

    public boolean isSetuid() {
        return type == EntryType.FILE && (mode & 04000) != 0;
    }

    public boolean isSetgid() {
        return type == EntryType.FILE && (mode & 02000) != 0;
    }

    public boolean isWorldWritable() {
        return (type == EntryType.FILE || type == EntryType.DIRECTORY) && (mode & 0002) != 0
                && !(type == EntryType.DIRECTORY && (mode & 01000) != 0);
    }

    /** {@code added in layer 2, changed in 4}, {@code added in layer 1, deleted in 3}; empty for an implied folder. */
    public String changes() {
        if (addedIn < 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (state == State.PRESENT && deletedIn >= 0 && deletedIn <= addedIn) {
            parts.add("deleted in layer " + (deletedIn + 1) + ", added again in " + (addedIn + 1));
        } else {
            parts.add("added in layer " + (addedIn + 1));
        }
        if (!changedIn.isEmpty()) {
            parts.add("changed in " + changedIn.stream().map(layer -> Integer.toString(layer + 1)).collect(Collectors.joining(", ")));
        }
        if (state == State.DELETED) {
            parts.add("deleted in " + (deletedIn + 1));
        }
        return String.join(", ", parts);
    }

    /** The markers that deserve attention: {@code setuid}, {@code setgid}, {@code world-writable}, {@code deleted, still shipped}. */
    public String flags() {
        List<String> flags = new ArrayList<>();
        if (state == State.DELETED) {
            flags.add("deleted, still shipped");
        }
        if (isSetuid()) {
            flags.add("setuid");
        }
        if (isSetgid()) {
            flags.add("setgid");
        }
        if (isWorldWritable()) {
            flags.add("world-writable");
        }
        return String.join(", ", flags);
    }

    /** The name, with a link's target: {@code sh → busybox}. */
    public String displayName() {
        return linkTarget.isEmpty() ? name : name + " → " + linkTarget;
    }
}
