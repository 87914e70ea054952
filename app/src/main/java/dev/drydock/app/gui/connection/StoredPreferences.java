package dev.drydock.app.gui.connection;

import dev.drydock.core.daemon.endpoint.EndpointChoice;
import dev.drydock.core.settings.DrydockSettings;
import dev.drydock.core.settings.DrydockSettings.WindowSize;
import dev.drydock.core.settings.LoadedSettings;
import dev.drydock.core.settings.SettingsStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Preferences kept in the user's settings file. Loaded once (call {@link #load} off the UI thread);
 * saved on a background thread, in order, so the UI never waits for the disk.
 */
public final class StoredPreferences implements WorkbenchPreferences, AutoCloseable {

    private final SettingsStore store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drydock-settings");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DrydockSettings settings;
    private final String problem;

    private StoredPreferences(SettingsStore store, LoadedSettings loaded) {
        this.store = store;
        this.settings = loaded.settings();
        this.problem = loaded.problem();
    }

    /** Reads the settings file (blocking). */
    public static StoredPreferences load(SettingsStore store) {
        return new StoredPreferences(store, store.load());
    }

    @Override
    public EndpointChoice endpointChoice() {
        return settings.endpoint();
    }

    @Override
    public void saveEndpointChoice(EndpointChoice choice) {
        update(current -> current.withEndpoint(choice));
    }

    @Override
    public Optional<WindowSize> windowSize() {
        return Optional.ofNullable(settings.window());
    }

    @Override
    public void saveWindowSize(WindowSize size) {
        update(current -> current.withWindow(size));
    }

    @Override
    public List<Path> recentDockerfiles() {
        return DockerfilePaths.paths(settings);
    }

    @Override
    public void saveRecentDockerfiles(List<Path> files) {
        update(current -> current.withRecentDockerfiles(DockerfilePaths.strings(files)));
    }

    @Override
    public Map<String, Path> dockerfileLinks() {
        return DockerfilePaths.links(settings);
    }

    @Override
    public void saveDockerfileLink(String image, Path dockerfile) {
        update(current -> current.withDockerfileLink(image, dockerfile.toAbsolutePath().toString()));
    }

    @Override
    public void removeDockerfileLink(String image) {
        update(current -> current.withDockerfileLink(image, null));
    }

    @Override
    public List<Path> suppressionFiles() {
        return DockerfilePaths.paths(settings.suppressionFiles());
    }

    @Override
    public void saveSuppressionFiles(List<Path> files) {
        update(current -> current.withSuppressionFiles(DockerfilePaths.strings(files)));
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
        update(current -> current.withVulnerabilityDatabase(maxAgeDays, baseUrl));
    }

    @Override
    public Optional<String> loadProblem() {
        return Optional.ofNullable(problem);
    }

    private synchronized void update(UnaryOperator<DrydockSettings> change) {
        DrydockSettings next = change.apply(settings);
        settings = next;
        writer.execute(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                // The choice still holds for this run; the next start uses the old file.
            }
        });
    }

    /** Waits briefly for pending writes, so a size saved while closing the window is not lost. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
