package dev.drydock.core.seccomp.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.drydock.core.seccomp.json.SeccompProfileReader;
import dev.drydock.core.seccomp.profile.SeccompProfile;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each export format: what it says, that YAML parses, and that the JSON reads back as the same profile. */
class SeccompExportTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void composeSnippetParsesAndNamesTheFileRelatively() throws Exception {
        String snippet = ComposeSeccompExport.render("web", "profile.json");
        JsonNode opts = YAML.readTree(snippet).path("services").path("web").path("security_opt");
        assertThat(opts).extracting(JsonNode::asText).containsExactly("seccomp=./profile.json");
        assertThat(snippet).startsWith("# Seccomp profile for Compose").contains("relative to the folder");
    }

    @Test
    void composeKeepsAbsoluteAndParentPaths() {
        assertThat(ComposeSeccompExport.securityOpt("/etc/docker/web.json")).isEqualTo("seccomp=/etc/docker/web.json");
        assertThat(ComposeSeccompExport.securityOpt("../web.json")).isEqualTo("seccomp=../web.json");
        assertThat(ComposeSeccompExport.securityOpt("./web.json")).isEqualTo("seccomp=./web.json");
    }

    @Test
    void kubernetesSnippetIsALocalhostProfileWithTheNodePathExplained() throws Exception {
        String snippet = KubernetesSeccompExport.render("web");
        JsonNode profile = YAML.readTree(snippet).path("securityContext").path("seccompProfile");
        assertThat(profile.path("type").asText()).isEqualTo("Localhost");
        assertThat(profile.path("localhostProfile").asText()).isEqualTo("profiles/web.json");
        assertThat(snippet).contains("# which is /var/lib/kubelet/seccomp/profiles/web.json with the default kubelet root")
                .contains("<kubelet root>/seccomp/profiles/web.json");
    }

    @Test
    void nodePathFollowsAnotherKubeletRoot() {
        assertThat(KubernetesSeccompExport.nodePath("api", "/data/kubelet/"))
                .isEqualTo("/data/kubelet/seccomp/profiles/api.json");
    }

    @Test
    void profileNamesComeFromFileNamesAndBadNamesAreRefusedInWords() {
        assertThat(KubernetesSeccompExport.nameOf(Path.of("/tmp/web profile.JSON"))).isEqualTo("web-profile");
        assertThat(KubernetesSeccompExport.nameOf(Path.of(".json"))).isEqualTo("profile");
        assertThatThrownBy(() -> KubernetesSeccompExport.localhostProfile("../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be a file name");
    }

    @Test
    void jsonExportReadsBackAsTheSameProfileAndCompactIsOneLine() throws Exception {
        SeccompProfile strict = SeccompTemplates.strict();
        assertThat(SeccompProfileReader.read(ProfileJsonExport.render(strict))).isEqualTo(strict);
        String compact = ProfileJsonExport.compact(strict);
        assertThat(compact).doesNotContain("\n").doesNotContain("\t");
        assertThat(SeccompProfileReader.read(compact)).isEqualTo(strict);
        assertThat(ProfileJsonExport.inlineSecurityOpt(strict)).startsWith("seccomp={\"defaultAction\"");
    }

    @Test
    void dockerRunQuotesFileNamesAShellWouldSplit() {
        assertThat(DockerRunSeccompExport.render("./web.json", "app:1"))
                .isEqualTo("docker run --security-opt seccomp=./web.json app:1\n");
        assertThat(DockerRunSeccompExport.render("my profile.json", "app:1"))
                .isEqualTo("docker run --security-opt 'seccomp=my profile.json' app:1\n");
        assertThat(DockerRunSeccompExport.words("p.json")).containsExactly("--security-opt", "seccomp=p.json");
    }

    @Test
    void everyFormatRendersThroughOneEntryPoint() throws Exception {
        SeccompSnippets snippets = new SeccompSnippets(SeccompTemplates.strict(), "./web.json", "web");
        for (SeccompExportFormat format : SeccompExportFormat.values()) {
            assertThat(snippets.render(format)).as(format.title()).isNotBlank();
            assertThat(snippets.suggestedFileName(format)).startsWith("web");
        }
        assertThat(YAML.readTree(snippets.render(SeccompExportFormat.KUBERNETES)).isObject()).isTrue();
        assertThat(SeccompExportFormat.byId("kubernetes")).contains(SeccompExportFormat.KUBERNETES);
        assertThat(SeccompExportFormat.byId("K8S")).contains(SeccompExportFormat.KUBERNETES);
        assertThat(SeccompExportFormat.byId("xml")).isEmpty();
    }
}
