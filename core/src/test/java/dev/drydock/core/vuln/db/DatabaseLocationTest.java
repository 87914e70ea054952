package dev.drydock.core.vuln.db;

import dev.drydock.core.daemon.endpoint.HostEnvironment;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseLocationTest {

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DatabaseLocation.defaultFile(new HostEnvironment(Map.of("XDG_DATA_HOME", "/data/alice"),
                "/home/alice", "Linux", null))).isEqualTo(Path.of("/data/alice/drydock/vulnerabilities.db"));
        assertThat(DatabaseLocation.defaultFile(new HostEnvironment(Map.of(), "/home/alice", "Linux", null)))
                .isEqualTo(Path.of("/home/alice/.local/share/drydock/vulnerabilities.db"));
        assertThat(DatabaseLocation.defaultFile(new HostEnvironment(Map.of("XDG_DATA_HOME", "relative/dir"),
                "/home/alice", "Linux", null))).as("XDG says relative paths are ignored")
                .isEqualTo(Path.of("/home/alice/.local/share/drydock/vulnerabilities.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DatabaseLocation.defaultFile(new HostEnvironment(Map.of(), "/Users/alice", "Mac OS X", null)))
                .isEqualTo(Path.of("/Users/alice/Library/Application Support/Drydock/vulnerabilities.db"));
    }

    @Test
    void windowsUsesLocalAppData(@org.junit.jupiter.api.io.TempDir Path root) {
        HostEnvironment windows = new HostEnvironment(Map.of("LOCALAPPDATA", "C:\\Users\\alice\\AppData\\Local"),
                "C:\\Users\\alice", "Windows 11", root);
        assertThat(DatabaseLocation.defaultFile(windows))
                .isEqualTo(root.resolve("Users/alice/AppData/Local/Drydock/vulnerabilities.db"));
    }
}
