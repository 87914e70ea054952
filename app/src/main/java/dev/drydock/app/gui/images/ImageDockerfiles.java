package dev.drydock.app.gui.images;

import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.core.daemon.ImageSummary;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the Dockerfile an image was built from lives: a label set at build time
 * ({@code docker build --label dev.drydock.dockerfile=$PWD/Dockerfile}, or an OCI source label that
 * names a local file), else the link the user made on the Images page, which is remembered per
 * repository (so {@code web:1.1} finds what was linked for {@code web:1.0}).
 */
public final class ImageDockerfiles {

    /** Drydock's own label: the absolute path of the image's Dockerfile. */
    public static final String LABEL = "dev.drydock.dockerfile";

    static final String OCI_SOURCE_LABEL = "org.opencontainers.image.source";

    private final WorkbenchPreferences preferences;

    public ImageDockerfiles(WorkbenchPreferences preferences) {
        this.preferences = preferences;
    }

    /** The image's Dockerfile: from its labels first, then from the user's link. */
    public Optional<Path> dockerfileOf(ImageSummary image) {
        return fromLabels(image).or(() -> linked(image));
    }

    /** Remembers that {@code image} (its repository) is built from {@code dockerfile}. */
    public void link(ImageSummary image, Path dockerfile) {
        preferences.saveDockerfileLink(linkKey(image), dockerfile.toAbsolutePath().normalize());
    }

    /** Forgets the user's link for {@code image}'s repository. */
    public void unlink(ImageSummary image) {
        preferences.removeDockerfileLink(linkKey(image));
    }

    /** True when the Dockerfile comes from a link the user made, which they may change. */
    public boolean isLinked(ImageSummary image) {
        return linked(image).isPresent();
    }

    private Optional<Path> linked(ImageSummary image) {
        return Optional.ofNullable(preferences.dockerfileLinks().get(linkKey(image)));
    }

    static Optional<Path> fromLabels(ImageSummary image) {
        String own = image.labels().get(LABEL);
        if (own != null && !own.isBlank()) {
            return localPath(own.strip());
        }
        String source = image.labels().get(OCI_SOURCE_LABEL);
        if (source != null && (source.startsWith("file:") || source.startsWith("/"))) {
            return localPath(source.strip());
        }
        return Optional.empty();
    }

    private static Optional<Path> localPath(String value) {
        try {
            Path path = value.startsWith("file:") ? Path.of(URI.create(value)) : Path.of(value);
            return path.isAbsolute() ? Optional.of(path.normalize()) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The repository of the image's first tag ({@code registry:5000/team/web}), or its id when it has none. */
    static String linkKey(ImageSummary image) {
        for (String tag : image.repoTags()) {
            if (!tag.startsWith("<none>")) {
                int slash = tag.lastIndexOf('/');
                int colon = tag.lastIndexOf(':');
                return (colon > slash ? tag.substring(0, colon) : tag).toLowerCase(Locale.ROOT);
            }
        }
        return image.id();
    }
}
