package dev.drydock.core.audit.harden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compose output parses as YAML and holds the same settings as the docker run flags. */
class ComposeServiceRendererTest {

    @Test
    void theServiceCarriesEveryHardenedSetting() throws Exception {
        ContainerFixture container = ContainerFixture.plain().publish(80, "0.0.0.0", 8080);
        container.privileged = true;
        container.securityOpt.add("seccomp=unconfined");
        String yaml = new ComposeServiceRenderer().render(container.advise("/var/cache/app"));
        JsonNode service = new YAMLMapper().readTree(yaml).path("services").path("web");
        assertThat(service.path("image").asText()).isEqualTo("app:1");
        assertThat(service.path("command")).extracting(JsonNode::asText).containsExactly("sleep", "600");
        assertThat(service.path("user").asText()).isEqualTo("65534:65534");
        assertThat(service.has("privileged")).isFalse();
        assertThat(service.path("cap_drop")).extracting(JsonNode::asText).containsExactly("ALL");
        assertThat(service.path("cap_add")).extracting(JsonNode::asText).containsExactly("NET_BIND_SERVICE");
        assertThat(service.path("security_opt")).extracting(JsonNode::asText).containsExactly("no-new-privileges");
        assertThat(service.path("read_only").asBoolean()).isTrue();
        assertThat(service.path("tmpfs")).extracting(JsonNode::asText).containsExactly("/tmp", "/var/cache/app");
        assertThat(service.path("mem_limit").asText()).isEqualTo("512m");
        assertThat(service.path("pids_limit").asInt()).isEqualTo(200);
        assertThat(service.path("ports")).extracting(JsonNode::asText).containsExactly("127.0.0.1:8080:80");
        assertThat(service.path("network_mode").asText()).isEqualTo("app-net");
    }

    @Test
    void switchedOffOptionsKeepTheOriginalSettings() throws Exception {
        ContainerFixture container = ContainerFixture.plain();
        container.privileged = true;
        container.pidMode = "host";
        HardenedRunConfig config = container.advise().withEnabled(HardeningKind.NO_PRIVILEGED, false)
                .withEnabled(HardeningKind.NO_HOST_NAMESPACES, false).withEnabled(HardeningKind.READ_ONLY_ROOT, false);
        JsonNode service = new YAMLMapper().readTree(new ComposeServiceRenderer().render(config))
                .path("services").path("web");
        assertThat(service.path("privileged").asBoolean()).isTrue();
        assertThat(service.path("pid").asText()).isEqualTo("host");
        assertThat(service.has("read_only")).isFalse();
        assertThat(service.has("tmpfs")).isFalse();
    }
}
