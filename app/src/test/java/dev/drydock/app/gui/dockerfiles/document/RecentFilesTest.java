package dev.drydock.app.gui.dockerfiles.document;

import dev.drydock.app.gui.connection.StoredPreferences;
import dev.drydock.core.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {

    @TempDir
    Path dir;

    private List<Path> files(int count) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            files.add(Files.writeString(dir.resolve("Dockerfile." + i), "FROM scratch\n"));
        }
        return files;
    }

    @Test
    void mostRecentFirstWithoutDuplicatesAndAtMostTen() throws IOException {
        WorkspaceFixture fixture = new WorkspaceFixture(dir.resolve("recovery"));
        List<Path> files = files(12);
        files.forEach(fixture::open);
        fixture.open(files.get(5));
        assertThat(fixture.workspace.recentFiles()).hasSize(RecentFiles.MAX)
                .startsWith(files.get(5), files.get(11), files.get(10))
                .doesNotContain(files.get(0), files.get(1))
                .doesNotHaveDuplicates();
    }

    @Test
    void rememberedAcrossRunsInTheSettingsFileAndMissingFilesAreDropped() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings").resolve("settings.json"));
        List<Path> files = files(3);
        try (StoredPreferences preferences = StoredPreferences.load(store)) {
            WorkspaceFixture first = new WorkspaceFixture(dir.resolve("recovery"), preferences);
            files.forEach(first::open);
        }
        Files.delete(files.get(1));
        try (StoredPreferences preferences = StoredPreferences.load(store)) {
            WorkspaceFixture second = new WorkspaceFixture(dir.resolve("recovery"), preferences);
            assertThat(second.workspace.recentFiles()).containsExactly(files.get(2), files.get(0));
            assertThat(preferences.recentDockerfiles()).containsExactly(files.get(2), files.get(0));
        }
    }

    @Test
    void imageLinksAreRememberedAcrossRuns() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Path dockerfile = files(1).get(0);
        try (StoredPreferences preferences = StoredPreferences.load(store)) {
            preferences.saveDockerfileLink("shop", dockerfile);
            preferences.saveDockerfileLink("sha256:0123abcd", dockerfile);
            preferences.removeDockerfileLink("sha256:0123abcd");
        }
        try (StoredPreferences preferences = StoredPreferences.load(store)) {
            assertThat(preferences.dockerfileLinks()).containsOnlyKeys("shop").containsEntry("shop", dockerfile);
        }
    }
}
