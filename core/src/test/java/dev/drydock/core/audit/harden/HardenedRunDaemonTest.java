package dev.drydock.core.audit.harden;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.DockerDaemon;
import dev.drydock.core.docker.DockerDaemons;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.testing.DaemonTest;
import dev.drydock.core.testing.TestContainers;
import dev.drydock.core.testing.TestDocker;
import dev.drydock.core.testing.TestImage;
import dev.drydock.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bad container on the real daemon (privileged, SYS_ADMIN added, seccomp off, no limits, root; created
 * only, as privileged containers cannot start everywhere the tests run) is hardened; a container created and started from the generated settings runs and audits clean of every
 * finding the options claim to fix.
 */
@DaemonTest
class HardenedRunDaemonTest {

    @RegisterExtension
    final TestContainers containers = new TestContainers();

    @Test
    void theHardenedContainerStartsAndIsCleanOfTheFindingsItsOptionsFix() {
        TestImage image = TestImages.busybox();
        ContainerAudit audit = ContainerAudit.standard();
        try (DockerDaemon daemon = DockerDaemons.open(TestDocker.endpoint())) {
            // created, not started: this host may not let a privileged container with SYS_ADMIN start
            String bad = containers.create(image, cmd -> cmd.withCmd("sleep", "600").withHostConfig(HostConfig.newHostConfig()
                    .withNetworkMode("none").withPrivileged(true).withCapAdd(Capability.SYS_ADMIN)
                    .withSecurityOpts(List.of("seccomp=unconfined"))));
            ContainerDetails badDetails = daemon.inspectContainer(bad);
            ContainerAuditResult badAudit = audit.audit(badDetails);
            HardenedRunConfig config = new HardenedRunAdvisor().advise(badDetails, badAudit, List.of("/run/app"));
            assertThat(config.fixedFindings()).contains("DC5005", "DC5022", "DC5011", "DC5029", "DC5026", "DC5101",
                    "DC5013");
            assertThat(config.option(HardeningKind.DROP_ALL_CAPABILITIES).orElseThrow().reasoning()).contains("SYS_ADMIN");

            RunSettings settings = config.settings();
            assertThat(settings.image()).isEqualTo(image.reference());
            String hardened = daemon.createContainer(HardenedContainerSpec.of(config).toBuilder()
                    .name(settings.name() + "-" + Long.toHexString(System.nanoTime())).build());
            ContainerDetails hardenedDetails;
            try {
                daemon.startContainer(hardened);
                await().atMost(Duration.ofSeconds(10)).until(() -> daemon.inspectContainer(hardened).state().running());
                hardenedDetails = daemon.inspectContainer(hardened);
            } finally {
                daemon.removeContainer(hardened, true);
            }
            ContainerAuditResult hardenedAudit = audit.audit(hardenedDetails);

            assertThat(hardenedAudit.findings()).extracting(Finding::ruleId)
                    .doesNotContainAnyElementsOf(config.fixedFindings()).doesNotContain("DC5004");
            assertThat(hardenedDetails.config().cmd()).containsExactly("sleep", "600");
            assertThat(hardenedDetails.host().memoryBytes()).isEqualTo(HardenedRunAdvisor.DEFAULT_MEMORY_BYTES);
            assertThat(hardenedDetails.config().user()).isEqualTo(HardenedRunAdvisor.DEFAULT_USER);
            assertThat(badAudit.findings()).extracting(Finding::ruleId).containsAll(config.fixedFindings());
        }
    }
}
