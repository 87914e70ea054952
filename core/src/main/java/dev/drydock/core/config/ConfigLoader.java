package dev.drydock.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds, reads and merges the config files that apply to a lint run. */
public final class ConfigLoader {

    private final ConfigFileReader reader = new ConfigFileReader();

    /**
     * The configuration for a run started in {@code workingDir}, with {@code --config} if given;
     * {@link LintConfig#defaults()} when no file applies.
     *
     * @throws ConfigException when a file is missing (only possible for {@code explicit}), unreadable or malformed
     */
    public LintConfig load(Optional<Path> explicit, Path workingDir, Map<String, String> environment) {
        return load(ConfigDiscovery.configFiles(explicit, workingDir, environment));
    }

    /** Reads and merges {@code files}, most important first (see {@link ConfigDiscovery}). */
    public LintConfig load(List<Path> files) {
        List<ConfigFileContent> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(reader.read(file));
        }
        return ConfigFileContent.merge(contents, files);
    }
}
