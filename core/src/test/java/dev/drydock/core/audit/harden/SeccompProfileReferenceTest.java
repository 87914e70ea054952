package dev.drydock.core.audit.harden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.drydock.core.daemon.ContainerSpec;
import dev.drydock.core.seccomp.json.SeccompReadException;
import dev.drydock.core.seccomp.templates.SeccompTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A chosen seccomp profile file replaces the runtime default in all three outputs and in the recreated container. */
class SeccompProfileReferenceTest {

    @TempDir
    Path folder;

    private HardenedRunConfig withProfile(ContainerFixture container) throws Exception {
        Path file = folder.resolve("web.json");
        Files.writeString(file, SeccompTemplates.text("strict.json"));
        return container.advise().withSeccompProfile(SeccompProfileChoice.read(file, "./web.json"));
    }

    @Test
    void dockerRunGetsTheProfileFileInsteadOfUnconfined() throws Exception {
        ContainerFixture container = ContainerFixture.plain();
        container.securityOpt.add("seccomp=unconfined");
        HardenedRunConfig config = withProfile(container);
        assertThat(new DockerRunRenderer().words(config)).containsSequence("--security-opt", "seccomp=./web.json")
                .doesNotContain("seccomp=unconfined");
        assertThat(config.settings().seccompProfile()).isEqualTo("./web.json");
    }

    @Test
    void anEarlierProfileOfTheContainerIsReplacedEvenWhenTheDefaultOptionIsOff() throws Exception {
        ContainerFixture container = ContainerFixture.plain();
        container.securityOpt.add("seccomp=/etc/old.json");
        HardenedRunConfig config = withProfile(container).withEnabled(HardeningKind.SECCOMP_DEFAULT, false);
        assertThat(config.settings().securityOpt()).filteredOn(option -> option.startsWith("seccomp"))
                .containsExactly("seccomp=./web.json");
    }

    @Test
    void composeNamesTheProfileInSecurityOpt() throws Exception {
        JsonNode file = new YAMLMapper().readTree(new ComposeServiceRenderer().render(withProfile(ContainerFixture.plain())));
        assertThat(file.path("services").path("web").path("security_opt")).extracting(JsonNode::asText)
                .contains("seccomp=./web.json");
    }

    @Test
    void kubernetesUsesALocalhostProfileAndSaysWhereTheFileGoes() throws Exception {
        String yaml = new KubernetesPodRenderer().render(withProfile(ContainerFixture.plain()));
        JsonNode profile = new YAMLMapper().readTree(yaml).path("spec").path("securityContext").path("seccompProfile");
        assertThat(profile.path("type").asText()).isEqualTo("Localhost");
        assertThat(profile.path("localhostProfile").asText()).isEqualTo("profiles/web.json");
        assertThat(yaml).startsWith("# The seccomp profile ./web.json must be on every node")
                .contains("/var/lib/kubelet/seccomp/profiles/web.json");
    }

    @Test
    void withoutAProfileKubernetesKeepsTheRuntimeDefault() throws Exception {
        String yaml = new KubernetesPodRenderer().render(ContainerFixture.plain().advise());
        assertThat(new YAMLMapper().readTree(yaml).path("spec").path("securityContext").path("seccompProfile")
                .path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(yaml).doesNotContain("#");
    }

    @Test
    void theRecreatedContainerGetsTheProfileTextInlineAsTheApiWantsIt() throws Exception {
        ContainerSpec spec = HardenedContainerSpec.of(withProfile(ContainerFixture.plain()));
        String option = spec.securityOpt().stream().filter(o -> o.startsWith("seccomp=")).findFirst().orElseThrow();
        JsonNode profile = new ObjectMapper().readTree(option.substring("seccomp=".length()));
        assertThat(profile.path("defaultAction").asText()).isEqualTo("SCMP_ACT_ERRNO");
        assertThat(option).doesNotContain("\n");
    }

    @Test
    void aMissingProfileFileSaysSo() {
        assertThatThrownBy(() -> SeccompProfileChoice.read(folder.resolve("nope.json"), "nope.json"))
                .isInstanceOf(SeccompReadException.class).hasMessageContaining("does not exist");
    }
}
