package dev.drydock.app.gui.connection;

import dev.drydock.core.settings.DrydockSettings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Dockerfile (and suppression file) settings as paths: the settings file keeps them as text. */
final class DockerfilePaths {

    private DockerfilePaths() {
    }

    /** The recent Dockerfiles of {@code settings} as paths (entries that are not paths are skipped). */
    static List<Path> paths(DrydockSettings settings) {
        return paths(settings.recentDockerfiles());
    }

    /** Saved paths (entries that are not paths on this system are skipped). */
    static List<Path> paths(List<String> saved) {
        return saved.stream().flatMap(text -> asPath(text).stream()).toList();
    }

    static List<String> strings(List<Path> files) {
        return files.stream().map(file -> file.toAbsolutePath().toString()).distinct().toList();
    }

    static Map<String, Path> links(DrydockSettings settings) {
        Map<String, Path> links = new LinkedHashMap<>();
        settings.dockerfileLinks().forEach((image, text) -> asPath(text).ifPresent(path -> links.put(image, path)));
        return Collections.unmodifiableMap(links);
    }

    private static Optional<Path> asPath(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException notAPathHere) {
            return Optional.empty();
        }
    }
}
