package dev.drydock.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code drydock harden} against the real daemon: a container created with risky settings (privileged,
 * SYS_ADMIN added, seccomp unconfined, no limits, root) is printed back hardened, as {@code docker run}
 * flags, a Compose service and a Kubernetes Pod, and standard error names the findings each option fixes.
 */
@DaemonTest
class HardenCommandDaemonTest {

    static final TestContainers CONTAINERS = new TestContainers();
    static final String NAME = "drydock-harden-cli-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void createRiskyContainer() {
        CONTAINERS.create(TestImages.busybox(), cmd -> cmd.withName(NAME).withCmd("sleep", "600")
                .withLabels(Map.of("dev.drydock.harden-cli-test", "risky"))
                .withHostConfig(HostConfig.newHostConfig().withPrivileged(true).withCapAdd(Capability.SYS_ADMIN)
                        .withSecurityOpts(List.of("seccomp=unconfined"))));
    }

    @AfterAll
    static void removeContainers() {
        CONTAINERS.close();
    }

    @Test
    void dockerRunFlagsDropWhatTheAuditFoundAndSayWhy() {
        CliRun run = CliRun.of("harden", NAME, "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("docker run").contains("--cap-drop ALL").contains("--read-only")
                .contains("no-new-privileges").contains("--memory").contains("--pids-limit")
                .doesNotContain("--privileged").doesNotContain("SYS_ADMIN").doesNotContain("seccomp=unconfined");
        assertThat(run.err()).contains("DC5005").contains("DC5022").contains("DC5011").doesNotContain("Exception");
    }

    @Test
    void composeAndKubernetesOutputsParseAndCarryTheSameSettings() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

        CliRun compose = CliRun.of("harden", NAME, "--format", "compose", "-H", TestDocker.endpoint().uri());
        CliRun pod = CliRun.of("harden", NAME, "--format", "k8s", "-H", TestDocker.endpoint().uri());

        assertThat(compose.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode service = yaml.readTree(compose.out()).get("services").elements().next();
        assertThat(service.get("read_only").asBoolean()).isTrue();
        assertThat(service.get("cap_drop").toString()).contains("ALL");
        assertThat(service.path("privileged").asBoolean(false)).isFalse();
        assertThat(pod.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode container = yaml.readTree(pod.out()).get("spec").get("containers").get(0);
        JsonNode security = container.get("securityContext");
        assertThat(security.get("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(security.get("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.get("capabilities").get("drop").toString()).contains("ALL");
        assertThat(security.path("privileged").asBoolean(false)).isFalse();
    }

    @Test
    void anUnknownContainerIsAClearError() {
        CliRun run = CliRun.of("harden", "drydock-no-such-container-" + UUID.randomUUID(), "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("drydock:").doesNotContain("Exception");
    }

    @Test
    void aSeccompProfileFileReplacesTheDefaultInEveryFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws IOException {
        java.nio.file.Path file = folder.resolve("web.json");
        java.nio.file.Files.writeString(file, dev.drydock.core.seccomp.templates.SeccompTemplates.text("strict.json"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

        CliRun run = CliRun.of("harden", NAME, "--seccomp-profile", file.toString(), "-H", TestDocker.endpoint().uri());
        CliRun compose = CliRun.of("harden", NAME, "--format", "compose", "--seccomp-profile", file.toString(),
                "-H", TestDocker.endpoint().uri());
        CliRun pod = CliRun.of("harden", NAME, "--format", "k8s", "--seccomp-profile", file.toString(),
                "-H", TestDocker.endpoint().uri());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("--security-opt seccomp=" + file).doesNotContain("unconfined");
        assertThat(run.err()).contains("instead of Docker's default");
        assertThat(yaml.readTree(compose.out()).get("services").elements().next().get("security_opt").toString())
                .contains("seccomp=" + file);
        JsonNode profile = yaml.readTree(pod.out()).get("spec").get("securityContext").get("seccompProfile");
        assertThat(profile.get("type").asText()).isEqualTo("Localhost");
        assertThat(profile.get("localhostProfile").asText()).isEqualTo("profiles/web.json");
    }

    @Test
    void aMissingSeccompProfileIsAnErrorInWords() {
        CliRun run = CliRun.of("harden", NAME, "--seccomp-profile", "/nonexistent/web.json", "-H", TestDocker.endpoint().uri());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("does not exist").contains("drydock seccomp validate");
    }
}
