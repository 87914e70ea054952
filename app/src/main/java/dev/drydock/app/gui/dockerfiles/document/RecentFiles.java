package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.connection.WorkbenchPreferences;
import dev.drydock.app.gui.task.UiTask;
import dev.drydock.app.gui.task.UiTaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Dockerfiles opened lately, most recent first, at most {@link #MAX}; remembered in the settings. */
public final class RecentFiles {

    public static final int MAX = 10;

    private final WorkbenchPreferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(WorkbenchPreferences preferences) {
        this.preferences = preferences;
        files.setAll(preferences.recentDockerfiles().stream().limit(MAX).toList());
    }

    public ObservableList<Path> files() {
        return view;
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path normal = DockerfileWorkspace.normalize(file);
        files.remove(normal);
        files.add(0, normal);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        preferences.saveRecentDockerfiles(List.copyOf(files));
    }

    public void remove(Path file) {
        if (files.remove(DockerfileWorkspace.normalize(file))) {
            preferences.saveRecentDockerfiles(List.copyOf(files));
        }
    }

    /** Drops the files that no longer exist (checked off the UI thread). */
    public void dropMissing(UiTaskRunner runner) {
        List<Path> snapshot = List.copyOf(files);
        runner.submit(UiTask.of("Checking recent Dockerfiles",
                        (token, progress) -> snapshot.stream().filter(file -> !Files.isRegularFile(file)).toList())
                .quiet()
                .onSuccess(missing -> {
                    if (files.removeAll(missing)) {
                        preferences.saveRecentDockerfiles(List.copyOf(files));
                    }
                })
                .onFailure(error -> { }));
    }
}
