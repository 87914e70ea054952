package dev.drydock.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** A commented {@code .drydock.yaml} showing every setting, for users to start from. */
    public static String exampleConfig() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("example.drydock.yaml")) {
            if (in == null) {
                throw new IllegalStateException("example.drydock.yaml is missing beside " + ConfigLoader.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
