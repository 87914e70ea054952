package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.settings.DrydockSettings;
import dev.drydock.core.settings.DrydockSettings.WindowSize;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the workbench remembers between runs. Saving never blocks the UI and never throws. */
public interface WorkbenchPreferences {

    EndpointChoice endpointChoice();

    void saveEndpointChoice(EndpointChoice choice);

    Optional<WindowSize> windowSize();

    void saveWindowSize(WindowSize size);

    /** The Dockerfiles opened lately, most recent first. */
    List<Path> recentDockerfiles();

    void saveRecentDockerfiles(List<Path> files);

    /** Which Dockerfile builds which image: image repository or id → Dockerfile. */
    Map<String, Path> dockerfileLinks();

    /** Remembers that {@code dockerfile} builds {@code image} (a repository or an image id). */
    void saveDockerfileLink(String image, Path dockerfile);

    void removeDockerfileLink(String image);

    /** The ignore files and OpenVEX documents applied to every scan's vulnerabilities, in the order chosen. */
    List<Path> suppressionFiles();

    void saveSuppressionFiles(List<Path> files);

    /** Older than this many days (at least 1), the vulnerability database is flagged. */
    int vulnerabilityDatabaseMaxAgeDays();

    /** Where vulnerability database updates download OSV exports from (http or https). */
    String vulnerabilityDatabaseBaseUrl();

    void saveVulnerabilityDatabaseSettings(int maxAgeDays, String baseUrl);

    /** Why the saved settings could not be used, for a one-time notice; empty when they could. */
    default Optional<String> loadProblem() {
        return Optional.empty();
    }

    /** Remembers for this run only: for tests. */
    static WorkbenchPreferences inMemory() {
        return new WorkbenchPreferences() {
            private DrydockSettings settings = DrydockSettings.defaults();

            @Override
            public EndpointChoice endpointChoice() {
                return settings.endpoint();
            }

            @Override
            public void saveEndpointChoice(EndpointChoice choice) {
                settings = settings.withEndpoint(choice);
            }

            @Override
            public Optional<WindowSize> windowSize() {
                return Optional.ofNullable(settings.window());
            }

            @Override
            public void saveWindowSize(WindowSize size) {
                settings = settings.withWindow(size);
            }

            @Override
            public List<Path> recentDockerfiles() {
                return DockerfilePaths.paths(settings);
            }

            @Override
            public void saveRecentDockerfiles(List<Path> files) {
                settings = settings.withRecentDockerfiles(DockerfilePaths.strings(files));
            }

            @Override
            public Map<String, Path> dockerfileLinks() {
                return DockerfilePaths.links(settings);
            }

            @Override
            public void saveDockerfileLink(String image, Path dockerfile) {
                settings = settings.withDockerfileLink(image, dockerfile.toAbsolutePath().toString());
            }

            @Override
            public void removeDockerfileLink(String image) {
                settings = settings.withDockerfileLink(image, null);
            }

            @Override
            public List<Path> suppressionFiles() {
                return DockerfilePaths.paths(settings.suppressionFiles());
            }

            @Override
            public void saveSuppressionFiles(List<Path> files) {
                settings = settings.withSuppressionFiles(DockerfilePaths.strings(files));
            }

            @Override
            public int vulnerabilityDatabaseMaxAgeDays() {
                return settings.vulnerabilityDatabaseMaxAgeDays();
            }

            @Override
            public String vulnerabilityDatabaseBaseUrl() {
                return settings.vulnerabilityDatabaseBaseUrl();
            }

            @Override
            public void saveVulnerabilityDatabaseSettings(int maxAgeDays, String baseUrl) {
                settings = settings.withVulnerabilityDatabase(maxAgeDays, baseUrl);
            }
        };
    }
}
