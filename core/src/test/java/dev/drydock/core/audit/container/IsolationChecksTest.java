package dev.drydock.core.audit.container;

import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.drydock.core.audit.container.ContainerChecksAssert.audit;
import static dev.drydock.core.audit.container.ContainerChecksAssert.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** The checks about what separates the container from the host: privileges, mounts, namespaces, capabilities. */
class IsolationChecksTest {

    private final ContainerDetailsBuilder container = ContainerDetailsBuilder.hardened();

    @Test
    void aHardenedContainerHasNoFinding() {
        ContainerAuditResult result = audit(container);
        assertThat(result.findings()).isEmpty();
        assertThat(result.notApplicable()).isEmpty();
        assertThat(result.container()).isEqualTo("web");
    }

    @Test
    void privilegedIsAnErrorAndMakesCapabilityDeviceAppArmorAndKernelPathChecksNotApplicable() {
        container.privileged = true;
        ContainerAuditResult result = audit(container);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("DC5005");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(result.findings().get(0).message()).contains("drop --privileged");
        assertThat(result.findings().get(0).location().describe()).isEqualTo("container web: HostConfig.Privileged");
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::checkId)
                .containsExactly("DC5004", "DC5018", "DC5002", "DC5104");
    }

    @Test
    void writableHostRootIsAnErrorAndReadOnlyEtcAWarning() {
        container.bind("/", "/host", true).bind("/etc/", "/host-etc", false).bind("/srv/data", "/data", true);
        assertThat(audit(container).findingsOf("DC5006")).extracting(Finding::severity, Finding::evidence)
                .containsExactly(
                        Tuple.tuple(Severity.ERROR, Optional.of("/:/host:rw")),
                        Tuple.tuple(Severity.WARNING, Optional.of("/etc:/host-etc:ro")));
    }

    @Test
    void dockerSocketIsFoundEvenReadOnly() {
        container.bind("/var/run/docker.sock", "/var/run/docker.sock", false);
        assertThat(ids(container)).containsExactly("DC5032");
    }

    @Test
    void dangerousAddedCapabilityIsAnErrorOthersBeyondTheDefaultsAWarning() {
        container.capAdd.add("CAP_SYS_ADMIN");
        container.capAdd.add("SYS_NICE");
        assertThat(audit(container).findingsOf("DC5004")).extracting(Finding::evidence, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple(Optional.of("CapAdd=SYS_ADMIN"), Severity.ERROR),
                        Tuple.tuple(Optional.of("CapAdd=SYS_NICE"), Severity.WARNING));
    }

    @Test
    void aHarmlessDefaultCapabilityGivenBackAfterDroppingAllIsNotAFinding() {
        container.capAdd.add("NET_BIND_SERVICE");
        container.capAdd.add("CAP_CHOWN");
        assertThat(audit(container).findings()).isEmpty();
    }

    @Test
    void keepingDefaultCapabilitiesIsInformation() {
        container.capDrop.clear();
        assertThat(audit(container).findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(Tuple.tuple("DC5004", Severity.INFO));
    }

    @Test
    void eachSharedHostNamespaceHasItsCheck() {
        container.networkMode = "host";
        container.pidMode = "host";
        container.ipcMode = "host";
        container.utsMode = "host";
        container.userNsMode = "host";
        ContainerAuditResult result = audit(container);
        assertThat(result.findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("DC5010", "DC5016", "DC5017", "DC5021", "DC5031");
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::checkId).containsExactly("DC5014", "DC5008");
    }

    @Test
    void containerNetworkModeIsNotTheHostNetwork() {
        container.networkMode = "container:abc";
        container.ipcMode = "shareable";
        assertThat(ids(container)).isEmpty();
    }

    @Test
    void seccompUnconfinedInEitherSpelling() {
        container.securityOpt.add("seccomp=unconfined");
        container.securityOpt.add("seccomp:unconfined");
        assertThat(ids(container)).containsExactly("DC5022", "DC5022");
    }

    @Test
    void missingNoNewPrivilegesIsFound() {
        container.securityOpt.clear();
        container.securityOpt.add("no-new-privileges=false");
        assertThat(ids(container)).containsExactly("DC5026");
    }

    @Test
    void hostDevicesAreListed() {
        container.devices.add("/dev/sda:/dev/sda:rwm");
        assertThat(audit(container).findingsOf("DC5018")).extracting(Finding::evidence)
                .containsExactly(Optional.of("/dev/sda:/dev/sda:rwm"));
    }

    @Test
    void rootUserInAnySpelling() {
        for (String user : new String[] {"", "0", "root", "root:root", "0:0"}) {
            container.user = user;
            assertThat(ids(container)).as("user '%s'", user).containsExactly("DC5101");
        }
        container.user = "rooted";
        assertThat(ids(container)).isEmpty();
    }
}
