package dev.drydock.core.daemon;

import java.util.Objects;

/**
 * One entry of {@code docker diff}: a path of the container's filesystem that differs from its image.
 * Changes inside volumes and other mounts are not listed (they are not part of the container's layer).
 *
 * @param path absolute path inside the container, e.g. {@code /var/cache/nginx/proxy_temp}
 */
public record ContainerChange(String path, Kind kind) {

    /** How the path differs, as {@code docker diff} marks it ({@code C}, {@code A}, {@code D}). */
    public enum Kind {
        /** The path existed in the image and was changed (for a directory: something under it changed). */
        CHANGED,
        /** The path did not exist in the image. */
        ADDED,
        /** The path existed in the image and was removed. */
        DELETED
    }

    public ContainerChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }
}
