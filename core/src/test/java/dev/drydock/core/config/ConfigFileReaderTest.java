package dev.drydock.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drydock.core.findings.Severity;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the YAML files beside this test (src/test/resources/dev/drydock/core/config). */
class ConfigFileReaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    static Path resource(String name) {
        try {
            return Path.of(ConfigFileReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryDrydockSetting() {
        LintConfig config = loader.load(List.of(resource("full.drydock.yaml")));
        assertThat(config.ignoredRules()).containsExactlyInAnyOrder("DD017", "DL3059");
        assertThat(config.severityOverrides()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "DL3008", Severity.ERROR, "DD002", Severity.WARNING));
        assertThat(config.trustedRegistries()).containsExactly("registry.example.com", "mirror.example.com:5000");
        assertThat(config.requiredLabels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "maintainer", LabelType.EMAIL,
                "org.opencontainers.image.version", LabelType.SEMVER,
                "org.opencontainers.image.created", LabelType.RFC3339));
        assertThat(config.strictLabels()).isTrue();
        assertThat(config.failureThreshold()).isEqualTo(Severity.WARNING);
        assertThat(config.noFail()).isFalse();
        assertThat(config.loadedFrom()).containsExactly(resource("full.drydock.yaml"));
    }

    @Test
    void readsHadolintsSubsetAndSkipsItsOtherSettings() {
        LintConfig config = loader.load(List.of(resource("project.hadolint.yaml")));
        assertThat(config.ignoredRules()).containsExactlyInAnyOrder("DL3008", "DL3015");
        assertThat(config.severityOverrides()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "DL3001", Severity.ERROR, "DL3042", Severity.WARNING));
        assertThat(config.trustedRegistries()).containsExactly("docker.io");
        assertThat(config.requiredLabels()).containsEntry("author", LabelType.TEXT).containsEntry("url", LabelType.URL);
        assertThat(config.failureThreshold()).isEqualTo(Severity.ERROR);
    }

    @Test
    void emptyFileMeansDefaults() {
        LintConfig config = loader.load(List.of(resource("empty.drydock.yaml")));
        assertThat(config.ignoredRules()).isEmpty();
        assertThat(config.failureThreshold()).isEqualTo(LintConfig.DEFAULT_FAILURE_THRESHOLD);
    }

    @Test
    void unknownDrydockSettingIsNamedWithItsPlace() {
        assertThatThrownBy(() -> loader.load(List.of(resource("unknown-setting.drydock.yaml"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown-setting.drydock.yaml, line 2, column 1")
                .hasMessageContaining("unknown setting 'ignore'")
                .hasMessageContaining("ignored, label-schema, no-fail, override");
    }

    @Test
    void badSeveritySaysWhichSettingAndWhatIsAllowed() {
        assertThatThrownBy(() -> loader.load(List.of(resource("bad-severity.drydock.yaml"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2, column 20")
                .hasMessageContaining("'fatal' is not a valid value for 'failure-threshold'")
                .hasMessageContaining("error, warning, info, style, none");
    }

    @Test
    void badLabelTypeListsTheTypes() {
        assertThatThrownBy(() -> loader.load(List.of(resource("bad-label-type.drydock.yaml"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'phone-number' is not a valid value for 'label-schema.maintainer'")
                .hasMessageContaining("text, url, semver, rfc3339, hash, email, spdx");
    }

    @Test
    void malformedYamlGivesLineAndColumnNotAStackTrace() {
        assertThatThrownBy(() -> loader.load(List.of(resource("malformed.drydock.yaml"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("malformed.drydock.yaml, line 3, column 2")
                .hasMessageContaining("not valid YAML: expected <block end>")
                .hasMessageNotContaining("\n\tat ")
                .hasMessageNotContaining("com.fasterxml");
    }

    @Test
    void mappingWhereAListIsExpectedIsExplained() {
        assertThatThrownBy(() -> loader.load(List.of(resource("wrong-shape.drydock.yaml"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("'override.warning[0]' should be a single value")
                .hasMessageNotContaining("com.fasterxml");
    }

    @Test
    void duplicateSettingIsReported(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".drydock.yaml"), "ignored: [DD001]\nno-fail: true\nignored: [DD002]\n");
        assertThatThrownBy(() -> loader.load(List.of(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("the setting 'ignored' is written twice");
    }

    @Test
    void trustedRegistriesMayBeSpelledWithHyphens(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".drydock.yaml"), "trusted-registries: [registry.example.com]\n");
        assertThat(loader.load(List.of(file)).trustedRegistries()).containsExactly("registry.example.com");
    }

    @Test
    void tabIndentationIsExplained(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".drydock.yaml"), "ignored:\n\t- DD001\n");
        assertThatThrownBy(() -> loader.load(List.of(file)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2, column 1")
                .hasMessageContaining("cannot start any token")
                .hasMessageContaining("spaces, not tabs");
    }

    @Test
    void exampleConfigReadsAsDocumented(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".drydock.yaml"), ConfigLoader.exampleConfig());
        LintConfig config = loader.load(List.of(file));
        assertThat(config.ignoredRules()).containsExactly("DL3008");
        assertThat(config.severityOverrides()).containsEntry("DL3002", Severity.ERROR).containsEntry("DL3059", Severity.STYLE);
        assertThat(config.requiredLabels()).containsEntry("org.opencontainers.image.licenses", LabelType.SPDX);
        assertThat(config.failureThreshold()).isEqualTo(LintConfig.DEFAULT_FAILURE_THRESHOLD);
    }

    @Test
    void missingExplicitFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(List.of(dir.resolve("nope.yaml"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.yaml does not exist");
    }

    @Test
    void hadolintFilesAreRecognisedByName() {
        assertThat(ConfigFileReader.isHadolintFile(Path.of("/x/.hadolint.yaml"))).isTrue();
        assertThat(ConfigFileReader.isHadolintFile(Path.of("/x/hadolint.yml"))).isTrue();
        assertThat(ConfigFileReader.isHadolintFile(Path.of("/x/.drydock.yaml"))).isFalse();
    }

    @Test
    void aSingleRuleCodeCountsAsAList(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".drydock.yaml"), "ignored: DD001\n");
        assertThat(loader.load(List.of(file)).ignoredRules()).containsExactly("DD001");
    }
}
