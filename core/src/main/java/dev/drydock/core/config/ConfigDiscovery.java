package dev.drydock.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the config files that apply, most important first:
 * <ol>
 *   <li>a file given with {@code --config}: then it alone is used, as Hadolint does;</li>
 *   <li>otherwise the project's files: the nearest folder, from the working folder up to the
 *       repository root (the folder holding {@code .git}), that has {@code .drydock.yaml} or
 *       {@code .hadolint.yaml} (or {@code .yml}); both are used when both are there, Drydock's first;</li>
 *   <li>then the user's files: {@code $XDG_CONFIG_HOME/drydock/config.yaml} and Hadolint's
 *       {@code $XDG_CONFIG_HOME/hadolint.yaml} ({@code $XDG_CONFIG_HOME} defaulting to
 *       {@code $HOME/.config}).</li>
 * </ol>
 */
public final class ConfigDiscovery {

    private static final List<String> DRYDOCK_NAMES = List.of(".drydock.yaml", ".drydock.yml");
    private static final List<String> HADOLINT_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");

    private ConfigDiscovery() {
    }

    /** The config files to read, most important first; {@code environment} is usually {@code System.getenv()}. */
    public static List<Path> configFiles(Optional<Path> explicit, Path workingDir, Map<String, String> environment) {
        if (explicit.isPresent()) {
            return List.of(explicit.get());
        }
        List<Path> files = new ArrayList<>(projectFiles(workingDir.toAbsolutePath().normalize()));
        files.addAll(userConfigFiles(environment));
        return files;
    }

    /** Only the user's config files: for a Dockerfile that is not in any folder yet (an untitled buffer). */
    public static List<Path> userConfigFiles(Map<String, String> environment) {
        List<Path> files = new ArrayList<>();
        userConfigHome(environment).ifPresent(home -> {
            addIfFile(files, home.resolve("drydock").resolve("config.yaml"));
            addIfFile(files, home.resolve("hadolint.yaml"));
        });
        return files;
    }

    private static List<Path> projectFiles(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            List<Path> found = new ArrayList<>();
            firstExisting(dir, DRYDOCK_NAMES).ifPresent(found::add);
            firstExisting(dir, HADOLINT_NAMES).ifPresent(found::add);
            if (!found.isEmpty() || Files.exists(dir.resolve(".git"))) {
                return found;
            }
        }
        return List.of();
    }

    private static Optional<Path> firstExisting(Path dir, List<String> names) {
        return names.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static Optional<Path> userConfigHome(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg));
        }
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".config"));
    }

    private static void addIfFile(List<Path> files, Path candidate) {
        if (Files.isRegularFile(candidate)) {
            files.add(candidate);
        }
    }
}
