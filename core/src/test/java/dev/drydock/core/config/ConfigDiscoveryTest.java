package dev.drydock.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drydock.core.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {

    @TempDir
    Path root;

    private Path repo;
    private Path xdg;

    private Map<String, String> environment() {
        return Map.of("XDG_CONFIG_HOME", xdg.toString(), "HOME", root.resolve("home").toString());
    }

    private void layout() throws IOException {
        repo = Files.createDirectories(root.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("services/web"));
        xdg = Files.createDirectories(root.resolve("xdg"));
    }

    @Test
    void explicitFileIsUsedAlone() throws IOException {
        layout();
        Files.writeString(repo.resolve(".drydock.yaml"), "ignored: [DD001]\n");
        Path explicit = Files.writeString(root.resolve("ci.yaml"), "ignored: [DD002]\n");
        assertThat(ConfigDiscovery.configFiles(Optional.of(explicit), repo, environment())).containsExactly(explicit);
    }

    @Test
    void findsProjectFilesUpToTheRepositoryRootThenUserFiles() throws IOException {
        layout();
        Path drydock = Files.writeString(repo.resolve(".drydock.yaml"), "ignored: [DD001]\n");
        Path hadolint = Files.writeString(repo.resolve(".hadolint.yml"), "ignored: [DL3008]\n");
        Path user = Files.writeString(Files.createDirectories(xdg.resolve("drydock")).resolve("config.yaml"), "no-fail: true\n");
        Path userHadolint = Files.writeString(xdg.resolve("hadolint.yaml"), "ignored: [DL3009]\n");
        assertThat(ConfigDiscovery.configFiles(Optional.empty(), repo.resolve("services/web"), environment()))
                .containsExactly(drydock, hadolint, user, userHadolint);
    }

    @Test
    void doesNotLookAboveTheRepositoryRoot() throws IOException {
        layout();
        Files.writeString(root.resolve(".drydock.yaml"), "ignored: [DD001]\n");
        assertThat(ConfigDiscovery.configFiles(Optional.empty(), repo.resolve("services/web"), environment())).isEmpty();
    }

    @Test
    void userConfigHomeDefaultsToDotConfig() throws IOException {
        layout();
        Path home = root.resolve("home");
        Path user = Files.writeString(Files.createDirectories(home.resolve(".config/drydock")).resolve("config.yaml"), "");
        assertThat(ConfigDiscovery.configFiles(Optional.empty(), repo, Map.of("HOME", home.toString())))
                .containsExactly(user);
    }

    @Test
    void moreImportantFilesWinSingleSettingsAndListsAreJoined() throws IOException {
        layout();
        Files.writeString(repo.resolve(".drydock.yaml"), """
                ignored: [DD001]
                severity: {DL3008: error}
                failure-threshold: warning
                """);
        Files.writeString(repo.resolve(".hadolint.yaml"), """
                ignored: [DL3015]
                override: {info: [DL3008], style: [DL3059]}
                failure-threshold: error
                no-fail: true
                """);
        LintConfig config = new ConfigLoader().load(Optional.empty(), repo, environment());
        assertThat(config.ignoredRules()).containsExactlyInAnyOrder("DD001", "DL3015");
        assertThat(config.severityOverrides()).containsEntry("DL3008", Severity.ERROR).containsEntry("DL3059", Severity.STYLE);
        assertThat(config.failureThreshold()).isEqualTo(Severity.WARNING);
        assertThat(config.noFail()).isTrue();
        assertThat(config.loadedFrom()).hasSize(2);
    }

    @Test
    void noFilesMeansDefaults() throws IOException {
        layout();
        LintConfig config = new ConfigLoader().load(Optional.empty(), repo, environment());
        assertThat(config).isEqualTo(LintConfig.defaults());
        assertThat(config.loadedFrom()).isEqualTo(List.of());
    }
}
