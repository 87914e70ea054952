package dev.drydock.core.audit.harden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Pod output parses as YAML and holds the same settings as the docker run flags. */
class KubernetesPodRendererTest {

    private JsonNode render(HardenedRunConfig config) throws Exception {
        return new YAMLMapper().readTree(new KubernetesPodRenderer().render(config));
    }

    @Test
    void thePodCarriesTheSecurityContextLimitsAndWritablePaths() throws Exception {
        ContainerFixture container = ContainerFixture.plain().publish(80, "0.0.0.0", 8080);
        container.capAdd.add("SYS_ADMIN");
        container.securityOpt.add("seccomp=unconfined");
        JsonNode pod = render(container.advise("/var/cache/app"));
        assertThat(pod.path("kind").asText()).isEqualTo("Pod");
        assertThat(pod.path("metadata").path("name").asText()).isEqualTo("web");
        JsonNode podSecurity = pod.path("spec").path("securityContext");
        assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(podSecurity.path("runAsUser").asLong()).isEqualTo(65534);
        assertThat(podSecurity.path("runAsGroup").asLong()).isEqualTo(65534);
        assertThat(podSecurity.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        JsonNode app = pod.path("spec").path("containers").get(0);
        assertThat(app.path("image").asText()).isEqualTo("app:1");
        assertThat(app.path("args")).extracting(JsonNode::asText).containsExactly("sleep", "600");
        JsonNode security = app.path("securityContext");
        assertThat(security.path("privileged").asBoolean()).isFalse();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("capabilities").path("drop")).extracting(JsonNode::asText).containsExactly("ALL");
        assertThat(security.path("capabilities").path("add")).extracting(JsonNode::asText)
                .containsExactly("NET_BIND_SERVICE");
        assertThat(app.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
        assertThat(app.path("ports").get(0).path("containerPort").asInt()).isEqualTo(80);
        assertThat(app.path("volumeMounts")).extracting(m -> m.path("mountPath").asText())
                .containsExactly("/tmp", "/var/cache/app");
        assertThat(pod.path("spec").path("volumes")).allSatisfy(volume ->
                assertThat(volume.path("emptyDir").path("medium").asText()).isEqualTo("Memory"));
        assertThat(pod.path("spec").path("volumes")).extracting(v -> v.path("name").asText())
                .containsExactly("writable-tmp", "writable-var-cache-app");
    }

    @Test
    void switchedOffOptionsShowInTheSecurityContext() throws Exception {
        ContainerFixture container = ContainerFixture.plain();
        container.privileged = true;
        container.securityOpt.add("seccomp=unconfined");
        container.networkMode = "host";
        HardenedRunConfig config = container.advise().withEnabled(HardeningKind.NO_PRIVILEGED, false)
                .withEnabled(HardeningKind.SECCOMP_DEFAULT, false).withEnabled(HardeningKind.NON_ROOT_USER, false)
                .withEnabled(HardeningKind.NO_HOST_NAMESPACES, false);
        JsonNode pod = render(config);
        assertThat(pod.path("spec").path("hostNetwork").asBoolean()).isTrue();
        assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isFalse();
        assertThat(pod.path("spec").path("securityContext").path("seccompProfile").path("type").asText())
                .isEqualTo("Unconfined");
        assertThat(pod.path("spec").path("containers").get(0).path("securityContext").path("privileged").asBoolean())
                .isTrue();
    }

    @Test
    void namesBecomeValidKubernetesNames() {
        assertThat(KubernetesPodRenderer.dnsName("My_App.v2")).isEqualTo("my-app-v2");
        assertThat(KubernetesPodRenderer.dnsName("/var/cache/")).isEqualTo("var-cache");
    }
}
