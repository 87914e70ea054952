package dev.drydock.core.testing;

/**
 * An image a test loaded into the daemon.
 *
 * @param reference the unique tag it was loaded under, e.g. {@code drydock-test/busybox:1a2b3c4d}
 * @param id        the daemon's image id, {@code sha256:…}
 */
public record TestImage(String reference, String id) {
}
