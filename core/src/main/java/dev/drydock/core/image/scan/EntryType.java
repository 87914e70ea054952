package dev.drydock.core.image.scan;

/** What a layer entry is. Whiteouts are the OCI/aufs markers, already decoded by the reader. */
public enum EntryType {
    FILE,
    DIRECTORY,
    SYMLINK,
    HARDLINK,
    /** A device, fifo or other special file. */
    OTHER,
    /** {@code .wh.<name>}: {@link LayerEntry#path()} (the decoded path) is deleted from the layers below. */
    WHITEOUT,
    /** {@code .wh..wh..opq}: everything below the directory {@link LayerEntry#path()} from lower layers is hidden. */
    OPAQUE_DIRECTORY
}
