package dev.drydock.core.image.scan;

import java.util.Objects;

/**
 * One entry of a layer, as its tar lists it, after normalisation: {@code path} is relative to the
 * image root, without a leading slash or {@code ./}, with no {@code ..} segments ({@code etc/passwd}).
 *
 * @param size       bytes of content for a file; 0 otherwise
 * @param mode       permission bits including setuid (04000), setgid (02000) and sticky (01000)
 * @param linkTarget the target of a symlink or hard link, as written in the tar; empty otherwise
 */
public record LayerEntry(String path, EntryType type, long size, int mode, long uid, long gid, String linkTarget) {

    public LayerEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        linkTarget = linkTarget == null ? "" : linkTarget;
    }

    /** The last segment of the path ({@code passwd}). */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public boolean isSetuid() {
        return type == EntryType.FILE && (mode & 04000) != 0;
    }

    public boolean isSetgid() {
        return type == EntryType.FILE && (mode & 02000) != 0;
    }

    /** Writable by anyone: a file or directory with the o+w bit (a directory with the sticky bit is not counted). */
    public boolean isWorldWritable() {
        return (type == EntryType.FILE || type == EntryType.DIRECTORY) && (mode & 0002) != 0
                && !(type == EntryType.DIRECTORY && (mode & 01000) != 0);
    }

    /** Executable by its owner, group or others. */
    public boolean isExecutable() {
        return type == EntryType.FILE && (mode & 0111) != 0;
    }
}
