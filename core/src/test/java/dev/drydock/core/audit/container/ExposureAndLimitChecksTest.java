package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.findings.Finding;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.drydock.core.audit.container.ContainerChecksAssert.audit;
import static dev.drydock.core.audit.container.ContainerChecksAssert.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** The checks about what the container exposes and how much of the host it may consume. */
class ExposureAndLimitChecksTest {

    private final ContainerDetailsBuilder container = ContainerDetailsBuilder.hardened();

    @Test
    void unlimitedMemoryCpuAndPidsAreEachFound() {
        container.memoryBytes = 0;
        container.cpuShares = 0;
        container.pidsLimit = -1;
        assertThat(ids(container)).containsExactlyInAnyOrder("DC5011", "DC5012", "DC5029");
    }

    @Test
    void cpuLimitWithoutSharesIsEnough() {
        container.cpuShares = 1024;
        container.nanoCpus = 1_500_000_000L;
        assertThat(ids(container)).isEmpty();
    }

    @Test
    void writableRootFilesystemIsFound() {
        container.readonlyRootfs = false;
        assertThat(ids(container)).containsExactly("DC5013");
    }

    @Test
    void portOnAllInterfacesAndBelow1024() {
        container.ports.clear();
        container.ports.add(new PortMapping(22, 22, "0.0.0.0", "tcp"));
        container.ports.add(new PortMapping(80, 8080, "", "tcp"));
        container.ports.add(new PortMapping(9000, 0, "", "tcp"));
        ContainerAuditResult result = audit(container);
        assertThat(result.findingsOf("DC5014")).extracting(Finding::evidence)
                .containsExactly(Optional.of("0.0.0.0:22->22/tcp"), Optional.of("8080->80/tcp"));
        assertThat(result.findingsOf("DC5008")).extracting(Finding::evidence)
                .containsExactly(Optional.of("0.0.0.0:22->22/tcp"));
    }

    @Test
    void ipv6WildcardIsAllInterfacesToo() {
        container.ports.add(new PortMapping(8443, 18443, "::", "tcp"));
        assertThat(ids(container)).containsExactly("DC5014");
    }

    @Test
    void restartForeverIsFoundButBoundedRetriesAreNot() {
        for (String policy : new String[] {"always", "unless-stopped", "on-failure", "on-failure:10"}) {
            container.restartPolicy = policy;
            assertThat(ids(container)).as(policy).containsExactly("DC5015");
        }
        container.restartPolicy = "on-failure:5";
        assertThat(ids(container)).isEmpty();
    }

    @Test
    void missingOrDisabledHealthCheckIsFound() {
        container.healthcheck.clear();
        assertThat(ids(container)).containsExactly("DC5027");
        container.healthcheck.add("NONE");
        assertThat(audit(container).findings()).extracting(Finding::evidence).containsExactly(Optional.of("Healthcheck=NONE"));
    }

    @Test
    void defaultBridgeIsFound() {
        container.networkMode = "default";
        assertThat(ids(container)).containsExactly("DC5030");
        container.networkMode = "bridge";
        assertThat(ids(container)).containsExactly("DC5030");
    }

    @Test
    void secretInEnvironmentIsMasked() {
        container.env.add("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE");
        container.env.add("DB_PASSWORD=correct-horse-battery");
        container.env.add("DB_PASSWORD_FILE=");
        container.env.add("GREETING=hello");
        ContainerAuditResult result = audit(container);
        assertThat(result.findingsOf("DC5102")).extracting(Finding::evidence).containsExactly(
                Optional.of("AWS_ACCESS_KEY_ID=AKIA****************"), Optional.of("DB_PASSWORD=corr*****************"));
        assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.message())
                .doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("correct-horse-battery"));
    }
}
