package dev.drydock.core.settings;

import dev.drydock.core.daemon.endpoint.EndpointChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Recent Dockerfiles and image → Dockerfile links in the settings file. */
class DockerfileSettingsTest {

    @TempDir
    Path folder;

    private SettingsStore store() {
        return new SettingsStore(folder.resolve("settings.json"));
    }

    @Test
    void recentDockerfilesAndLinksLoadBackInOrder() throws IOException {
        DrydockSettings settings = DrydockSettings.defaults()
                .withRecentDockerfiles(List.of("/src/shop/Dockerfile", "/src/api/Dockerfile"))
                .withDockerfileLink("shop", "/src/shop/Dockerfile")
                .withDockerfileLink("sha256:0123abcd", "/src/api/Dockerfile");
        store().save(settings);
        DrydockSettings loaded = store().load().settings();
        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.recentDockerfiles()).containsExactly("/src/shop/Dockerfile", "/src/api/Dockerfile");
        assertThat(loaded.dockerfileLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "shop", "/src/shop/Dockerfile", "sha256:0123abcd", "/src/api/Dockerfile"));
    }

    @Test
    void aFileFromBeforeTheEditorLoadsWithEmptyListsAndKeepsItsOtherSettings() throws IOException {
        Files.writeString(folder.resolve("settings.json"), """
                {
                  "endpoint" : { "kind" : "CONTEXT", "contextName" : "colima" },
                  "window" : { "width" : 1280.0, "height" : 800.0, "maximized" : false },
                  "lastOpenedFolder" : "/src"
                }
                """);
        LoadedSettings loaded = store().load();
        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().endpoint()).isEqualTo(EndpointChoice.context("colima"));
        assertThat(loaded.settings().lastOpenedFolder()).isEqualTo("/src");
        assertThat(loaded.settings().recentDockerfiles()).isEmpty();
        assertThat(loaded.settings().dockerfileLinks()).isEmpty();
    }

    @Test
    void explicitNullsTakeDefaults() throws IOException {
        Files.writeString(folder.resolve("settings.json"), "{\"recentDockerfiles\":null,\"dockerfileLinks\":null}");
        assertThat(store().load().settings()).isEqualTo(DrydockSettings.defaults());
    }

    @Test
    void emptyListsAreNotWrittenSoOldFilesStayAsTheyWere() throws IOException {
        store().save(DrydockSettings.defaults());
        assertThat(Files.readString(folder.resolve("settings.json")))
                .doesNotContain("recentDockerfiles", "dockerfileLinks");
    }

    @Test
    void unlinkingRemovesOnlyThatImage() {
        DrydockSettings settings = DrydockSettings.defaults()
                .withDockerfileLink("shop", "/a/Dockerfile")
                .withDockerfileLink("api", "/b/Dockerfile")
                .withDockerfileLink("shop", null);
        assertThat(settings.dockerfileLinks()).containsExactlyEntriesOf(Map.of("api", "/b/Dockerfile"));
    }

    @Test
    void otherChangesKeepTheDockerfileSettings() {
        DrydockSettings settings = DrydockSettings.defaults()
                .withRecentDockerfiles(List.of("/a/Dockerfile"))
                .withDockerfileLink("shop", "/a/Dockerfile")
                .withEndpoint(EndpointChoice.context("colima"))
                .withWindow(new DrydockSettings.WindowSize(1, 2, true))
                .withLastOpenedFolder("/a");
        assertThat(settings.recentDockerfiles()).containsExactly("/a/Dockerfile");
        assertThat(settings.dockerfileLinks()).containsEntry("shop", "/a/Dockerfile");
    }
}
