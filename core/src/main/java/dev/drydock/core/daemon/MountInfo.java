package dev.drydock.core.daemon;

/**
 * A mount of a container.
 *
 * @param type        {@code bind}, {@code volume}, {@code tmpfs} or {@code npipe}
 * @param source      host path or volume name
 * @param destination path inside the container
 * @param readWrite   false when mounted read-only
 */
public record MountInfo(String type, String name, String source, String destination, String mode,
                        boolean readWrite, String propagation) {
}
