package dev.drydock.core.lint;

import java.util.Collection;
import java.util.Optional;

/**
 * What the local Docker daemon knows about base images, given to the linter as a fact so that rules
 * can offer pins to exactly the image a build uses today ({@code node@sha256:…}, or {@code node:22.11.0}
 * when that tag names the same image as {@code node:latest}). Rules never talk to a daemon; the CLI
 * and the GUI build this from the daemon's image list, tests from records.
 */
@FunctionalInterface
public interface LocalImages {

    /**
     * The local image {@code reference} names ({@code node}, {@code node:latest},
     * {@code docker.io/library/node:22}…; tag {@code latest} when none is written), or empty when the
     * daemon does not have it.
     */
    Optional<LocalImage> find(String reference);

    /** Knows no image: the rules offer placeholders only. */
    static LocalImages none() {
        return reference -> Optional.empty();
    }

    /** A look-up over these images, as the daemon listed them. */
    static LocalImages of(Collection<LocalImage> images) {
        return new LocalImageIndex(images);
    }
}
