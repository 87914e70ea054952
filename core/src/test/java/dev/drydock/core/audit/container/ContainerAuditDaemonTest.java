package dev.drydock.core.audit.container;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.Volume;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates containers on the real daemon with one bad setting each, and one hardened container, then
 * audits what {@link DockerDaemon#inspectContainer} returns: each bad setting is found under its CIS
 * item, the hardened container has no finding at all. The containers are created, not started, so
 * the host ports they publish (22) need not be free.
 */
@DaemonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerAuditDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();
    private final ContainerAudit audit = ContainerAudit.standard();
    private DockerDaemon daemon;
    private TestImage image;

    @BeforeAll
    void connect() {
        image = TestImages.busybox();
        daemon = DockerDaemons.open(TestDocker.endpoint());
    }

    @AfterAll
    void disconnect() {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void privilegedIsFound() {
        assertFound(host(config -> config.withPrivileged(true)), "DC5005", "5.5");
    }

    @Test
    void hostRootMountedWritableIsFound() {
        ContainerAuditResult result = audit(host(config -> config.withBinds(new Bind("/", new Volume("/host")))));
        assertFound(result, "DC5006", "5.6");
        assertThat(result.findingsOf("DC5006")).extracting(finding -> finding.evidence().orElseThrow())
                .containsExactly("/:/host:rw");
    }

    @Test
    void dockerSocketIsFound() {
        assertFound(host(config -> config.withBinds(new Bind("/var/run/docker.sock",
                new Volume("/var/run/docker.sock"), AccessMode.ro))), "DC5032", "5.32");
    }

    @Test
    void hostPidIsFound() {
        assertFound(host(config -> config.withPidMode("host")), "DC5016", "5.16");
    }

    @Test
    void hostNetworkIsFound() {
        assertFound(host(config -> config.withNetworkMode("host")), "DC5010", "5.10");
    }

    @Test
    void sysAdminCapabilityIsFound() {
        ContainerAuditResult result = audit(host(config -> config.withCapAdd(Capability.SYS_ADMIN)));
        assertFound(result, "DC5004", "5.4");
        assertThat(result.findingsOf("DC5004")).extracting(finding -> finding.evidence().orElseThrow())
                .contains("CapAdd=SYS_ADMIN");
    }

    @Test
    void seccompUnconfinedIsFound() {
        assertFound(host(config -> config.withSecurityOpts(List.of("seccomp=unconfined"))), "DC5022", "5.22");
    }

    @Test
    void sshPortOnAllInterfacesIsFound() {
        ContainerAuditResult result = audit(create(cmd -> cmd.withExposedPorts(ExposedPort.tcp(22))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("bridge")
                        .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("0.0.0.0", 22), ExposedPort.tcp(22))))));
        assertFound(result, "DC5014", "5.14");
        assertFound(result, "DC5008", "5.8");
        assertFound(result, "DC5030", "5.30");
    }

    @Test
    void confinementSettingsAreFound() {
        ContainerAuditResult result = audit(containers.create(image, cmd -> cmd.withCmd("sh", "-c", "sleep 600")
                .withEntrypoint(List.of()).withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")
                        .withUlimits(List.of(new Ulimit("nofile", 1024L, 2048L)))
                        .withCgroupParent("drydock-test.slice")
                        .withBinds(Bind.parse("/tmp:/shared:rshared"), Bind.parse("/tmp:/sys/drydock")))));
        assertFound(result, "DC5019", "5.19");
        assertFound(result, "DC5020", "5.20");
        assertFound(result, "DC5025", "5.25");
        assertThat(result.findingsOf("DC5019")).extracting(finding -> finding.evidence().orElseThrow())
                .containsExactly("nofile=1024:2048");
        assertThat(result.findingsOf("DC5104")).extracting(finding -> finding.evidence().orElseThrow())
                .containsExactly("/tmp:/sys/drydock:rw");
        assertThat(result.findingsOf("DC5103")).isNotEmpty();
    }

    @Test
    void appArmorIsJudgedByWhatTheDaemonSupports() {
        ContainerPlatform platform = ContainerPlatform.of(daemon.info());
        ContainerAuditResult result = audit.audit(daemon.inspectContainer(host(config -> config
                .withSecurityOpts(List.of("apparmor=unconfined")))), platform, Optional.empty());
        if (platform.appArmor()) {
            assertFound(result, "DC5002", "5.2");
        } else {
            assertThat(result.findingsOf("DC5002")).isEmpty();
            assertThat(result.notApplicable()).extracting(NotApplicableCheck::checkId).contains("DC5002");
        }
        assertThat(result.notApplicable().stream().anyMatch(check -> check.checkId().equals("DC5003")))
                .isEqualTo(!platform.selinux());
    }

    @Test
    void processesOfARunningContainerAreListedAndAudited() {
        String id = host(config -> config);
        daemon.startContainer(id);
        List<ContainerProcess> processes = daemon.listProcesses(id);
        assertThat(processes).extracting(ContainerProcess::command).containsExactly("sleep 600");
        ContainerAuditResult result = audit.audit(daemon.inspectContainer(id), ContainerPlatform.UNKNOWN,
                Optional.of(processes));
        assertThat(result.findingsOf("DC5007")).isEmpty();
        assertThat(result.notApplicable()).isEmpty();
    }

    @Test
    void aContainerWithoutLimitsIsFoundForEachLimit() {
        ContainerAuditResult result = audit(host(config -> config));
        for (String id : List.of("DC5011", "DC5012", "DC5029", "DC5013", "DC5026", "DC5101")) {
            assertThat(result.findingsOf(id)).as(id).isNotEmpty();
        }
    }

    @Test
    void aHardenedContainerIsClean() {
        ContainerAuditResult result = audit(create(cmd -> cmd
                .withUser("65534:65534")
                .withExposedPorts(ExposedPort.tcp(8080))
                .withHealthcheck(new HealthCheck().withTest(List.of("CMD", "true")))
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode("none")
                        .withReadonlyRootfs(true)
                        .withCapDrop(Capability.ALL)
                        .withSecurityOpts(List.of("no-new-privileges"))
                        .withMemory(64L * 1024 * 1024)
                        .withPidsLimit(100L)
                        .withCpuShares(512)
                        .withPortBindings(new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", 18080),
                                ExposedPort.tcp(8080))))));
        assertThat(result.findings()).extracting(Finding::message).isEmpty();
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::checkId).containsExactly("DC5007");
    }

    private String host(UnaryOperator<HostConfig> settings) {
        return create(cmd -> cmd.withHostConfig(settings.apply(HostConfig.newHostConfig().withNetworkMode("none"))));
    }

    private String create(UnaryOperator<CreateContainerCmd> customize) {
        return containers.create(image, cmd -> customize.apply(cmd.withCmd("sleep", "600")));
    }

    private ContainerAuditResult audit(String id) {
        return audit.audit(daemon.inspectContainer(id));
    }

    private void assertFound(String id, String checkId, String cisItem) {
        assertFound(audit(id), checkId, cisItem);
    }

    private void assertFound(ContainerAuditResult result, String checkId, String cisItem) {
        assertThat(result.findingsOf(checkId)).as("%s in %s", checkId, result.findings()).isNotEmpty();
        assertThat(audit.find(checkId).orElseThrow().metadata().references().cisDockerBenchmark()).contains(cisItem);
    }
}
