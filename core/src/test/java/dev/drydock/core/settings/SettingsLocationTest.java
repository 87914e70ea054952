package dev.drydock.core.settings;

import dev.drydock.core.daemon.endpoint.HostEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsLocationTest {

    private static Path file(String os, String home, Map<String, String> env) {
        return SettingsLocation.file(new HostEnvironment(env, home, os, null));
    }

    @Test
    void linuxDefault() {
        assertThat(file("Linux", "/home/alice", Map.of())).isEqualTo(Path.of("/home/alice/.config/drydock/settings.json"));
    }

    @Test
    void linuxXdgConfigHome() {
        assertThat(file("Linux", "/home/alice", Map.of("XDG_CONFIG_HOME", "/cfg"))).isEqualTo(Path.of("/cfg/drydock/settings.json"));
    }

    @Test
    void relativeXdgConfigHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(file("Linux", "/home/alice", Map.of("XDG_CONFIG_HOME", "cfg"))).isEqualTo(Path.of("/home/alice/.config/drydock/settings.json"));
    }

    @Test
    void macOs() {
        assertThat(file("Mac OS X", "/Users/alice", Map.of())).isEqualTo(Path.of("/Users/alice/Library/Application Support/Drydock/settings.json"));
    }

    @Test
    void windowsAppData() {
        assertThat(file("Windows 11", "C:\\Users\\alice", Map.of("APPDATA", "C:\\Users\\alice\\AppData\\Roaming")))
                .isEqualTo(Path.of("C:\\Users\\alice\\AppData\\Roaming\\Drydock", "settings.json"));
    }

    @Test
    void underATestRoot(@TempDir Path root) {
        HostEnvironment host = new HostEnvironment(Map.of(), "/home/alice", "Linux", root);
        assertThat(SettingsLocation.folder(host)).isEqualTo(root.resolve("home/alice/.config/drydock"));
    }
}
