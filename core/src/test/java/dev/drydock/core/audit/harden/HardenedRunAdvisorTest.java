package dev.drydock.core.audit.harden;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.audit.harden.HardeningKind.ADD_NET_BIND_SERVICE;
import static dev.drydock.core.audit.harden.HardeningKind.DROP_ALL_CAPABILITIES;
import static dev.drydock.core.audit.harden.HardeningKind.DROP_SENSITIVE_MOUNTS;
import static dev.drydock.core.audit.harden.HardeningKind.LOOPBACK_PORTS;
import static dev.drydock.core.audit.harden.HardeningKind.MEMORY_LIMIT;
import static dev.drydock.core.audit.harden.HardeningKind.NON_ROOT_USER;
import static dev.drydock.core.audit.harden.HardeningKind.NO_HOST_NAMESPACES;
import static dev.drydock.core.audit.harden.HardeningKind.NO_NEW_PRIVILEGES;
import static dev.drydock.core.audit.harden.HardeningKind.NO_PRIVILEGED;
import static dev.drydock.core.audit.harden.HardeningKind.PIDS_LIMIT;
import static dev.drydock.core.audit.harden.HardeningKind.READ_ONLY_ROOT;
import static dev.drydock.core.audit.harden.HardeningKind.SECCOMP_DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;

/** Each option: derived from the container, linked to the findings it fixes, applied to the run settings. */
class HardenedRunAdvisorTest {

    @Test
    void privilegedIsDroppedAndFixesDC5005() {
        ContainerFixture container = ContainerFixture.plain();
        container.privileged = true;
        HardenedRunConfig config = container.advise();
        assertThat(config.option(NO_PRIVILEGED).orElseThrow().fixes()).contains("DC5005");
        assertThat(config.settings().privileged()).isFalse();
        assertThat(ContainerFixture.plain().advise().option(NO_PRIVILEGED)).isEmpty();
    }

    @Test
    void hostNamespacesAreReplacedByOwnOnes() {
        ContainerFixture container = ContainerFixture.plain();
        container.pidMode = "host";
        container.networkMode = "host";
        HardenedRunConfig config = container.advise();
        assertThat(config.option(NO_HOST_NAMESPACES).orElseThrow().fixes()).containsExactly("DC5010", "DC5016");
        assertThat(config.option(NO_HOST_NAMESPACES).orElseThrow().reasoning())
                .contains("shares the host's network, pid namespace");
        assertThat(config.settings().pidMode()).isEmpty();
        assertThat(config.settings().networkMode()).isEmpty();
        assertThat(ContainerFixture.plain().advise().settings().networkMode()).isEqualTo("app-net");
    }

    @Test
    void sensitiveMountsAndDockerSocketAreDroppedButDataIsKept() {
        HardenedRunConfig config = ContainerFixture.plain().bind("/", "/host", true)
                .bind("/var/run/docker.sock", "/var/run/docker.sock", false).bind("/srv/data", "/data", true).advise();
        assertThat(config.option(DROP_SENSITIVE_MOUNTS).orElseThrow().fixes()).containsExactly("DC5006", "DC5032");
        assertThat(config.settings().mounts()).extracting(m -> m.destination()).containsExactly("/data");
    }

    @Test
    void theLabelDisableDockerAddsToPrivilegedContainersGoesWithPrivilegedButAUsersOwnStays() {
        ContainerFixture privileged = ContainerFixture.plain();
        privileged.privileged = true;
        privileged.securityOpt.add("label=disable");
        assertThat(privileged.advise().settings().securityOpt()).doesNotContain("label=disable");
        assertThat(privileged.advise().withEnabled(NO_PRIVILEGED, false).settings().securityOpt()).contains("label=disable");

        ContainerFixture hostPid = ContainerFixture.plain();
        hostPid.pidMode = "host";
        hostPid.securityOpt.add("label=disable");
        assertThat(hostPid.advise().settings().securityOpt()).doesNotContain("label=disable");

        ContainerFixture chosen = ContainerFixture.plain();
        chosen.securityOpt.add("label=disable");
        assertThat(chosen.advise().settings().securityOpt()).contains("label=disable");
    }

    @Test
    void seccompUnconfinedIsRemoved() {
        ContainerFixture container = ContainerFixture.plain();
        container.securityOpt.add("seccomp=unconfined");
        HardenedRunConfig config = container.advise();
        assertThat(config.option(SECCOMP_DEFAULT).orElseThrow().fixes()).containsExactly("DC5022");
        assertThat(config.settings().securityOpt()).containsExactly("no-new-privileges");
        assertThat(ContainerFixture.plain().advise().option(SECCOMP_DEFAULT)).isEmpty();
    }

    @Test
    void allCapabilitiesAreDroppedIncludingAddedOnes() {
        ContainerFixture container = ContainerFixture.plain();
        container.capAdd.add("SYS_ADMIN");
        HardenedRunConfig config = container.advise();
        assertThat(config.option(DROP_ALL_CAPABILITIES).orElseThrow().fixes()).containsExactly("DC5004");
        assertThat(config.option(DROP_ALL_CAPABILITIES).orElseThrow().reasoning()).contains("SYS_ADMIN");
        assertThat(config.settings().capDrop()).containsExactly("ALL");
        assertThat(config.settings().capAdd()).isEmpty();
    }

    @Test
    void netBindServiceIsAddedBackOnlyForAContainerPortBelow1024() {
        HardenedRunConfig web = ContainerFixture.plain().publish(80, "0.0.0.0", 8080).advise();
        assertThat(web.option(ADD_NET_BIND_SERVICE).orElseThrow().reasoning())
                .contains("binds port 80 < 1024, so NET_BIND_SERVICE is added back");
        assertThat(web.settings().capAdd()).containsExactly("NET_BIND_SERVICE");
        HardenedRunConfig highPort = ContainerFixture.plain().publish(8080, "0.0.0.0", 80).advise();
        assertThat(highPort.option(ADD_NET_BIND_SERVICE)).isEmpty();
        assertThat(highPort.settings().capAdd()).isEmpty();
    }

    @Test
    void rootGetsTheDefaultNonRootUserAndAConfiguredUserIsKept() {
        HardenedRunConfig root = ContainerFixture.plain().advise();
        assertThat(root.option(NON_ROOT_USER).orElseThrow().fixes()).containsExactly("DC5101");
        assertThat(root.option(NON_ROOT_USER).orElseThrow().reasoning()).contains("runs as root", "65534");
        assertThat(root.settings().user()).isEqualTo("65534:65534");
        ContainerFixture app = ContainerFixture.plain();
        app.user = "1000:1000";
        HardenedRunConfig kept = app.advise();
        assertThat(kept.settings().user()).isEqualTo("1000:1000");
        assertThat(kept.option(NON_ROOT_USER).orElseThrow().fixes()).isEmpty();
    }

    @Test
    void readOnlyRootGetsTmpfsForTmpAndTheWrittenPaths() {
        HardenedRunConfig config = ContainerFixture.plain().advise("/var/cache/app", "/tmp", "relative");
        assertThat(config.option(READ_ONLY_ROOT).orElseThrow().fixes()).containsExactly("DC5013");
        assertThat(config.option(READ_ONLY_ROOT).orElseThrow().flag())
                .isEqualTo("--read-only --tmpfs /tmp --tmpfs /var/cache/app");
        assertThat(config.settings().readOnlyRootfs()).isTrue();
        assertThat(config.settings().tmpfs()).containsExactly("/tmp", "/var/cache/app");
    }

    @Test
    void limitsGetDefaultsWhenMissingAndAreKeptWhenSet() {
        HardenedRunConfig unlimited = ContainerFixture.plain().advise();
        assertThat(unlimited.option(MEMORY_LIMIT).orElseThrow().flag()).isEqualTo("--memory 512m");
        assertThat(unlimited.option(MEMORY_LIMIT).orElseThrow().fixes()).containsExactly("DC5011");
        assertThat(unlimited.option(PIDS_LIMIT).orElseThrow().fixes()).containsExactly("DC5029");
        assertThat(unlimited.settings().pidsLimit()).isEqualTo(200);
        ContainerFixture limited = ContainerFixture.plain();
        limited.memoryBytes = 64L * 1024 * 1024;
        limited.pidsLimit = 50;
        HardenedRunConfig kept = limited.advise();
        assertThat(kept.settings().memoryBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(kept.settings().pidsLimit()).isEqualTo(50);
        assertThat(kept.option(MEMORY_LIMIT).orElseThrow().fixes()).isEmpty();
    }

    @Test
    void noNewPrivilegesIsSet() {
        HardenedRunConfig config = ContainerFixture.plain().advise();
        assertThat(config.option(NO_NEW_PRIVILEGES).orElseThrow().fixes()).containsExactly("DC5026");
        assertThat(config.settings().securityOpt()).containsExactly("no-new-privileges");
    }

    @Test
    void portsOnAllInterfacesMoveToLoopbackOthersStayAsPublished() {
        HardenedRunConfig config = ContainerFixture.plain().publish(8080, "0.0.0.0", 18080)
                .publish(9090, "10.0.0.5", 19090).advise();
        assertThat(config.option(LOOPBACK_PORTS).orElseThrow().fixes()).containsExactly("DC5014");
        assertThat(config.settings().ports()).extracting(p -> p.hostIp() + ":" + p.publicPort())
                .containsExactly("127.0.0.1:18080", "10.0.0.5:19090");
        assertThat(ContainerFixture.plain().publish(8080, "127.0.0.1", 18080).advise().option(LOOPBACK_PORTS)).isEmpty();
    }

    @Test
    void anOptionSwitchedOffKeepsTheOriginalSettingAndNoLongerClaimsItsFix() {
        ContainerFixture container = ContainerFixture.plain();
        container.privileged = true;
        container.securityOpt.add("seccomp=unconfined");
        HardenedRunConfig config = container.advise()
                .withEnabled(NO_PRIVILEGED, false).withEnabled(SECCOMP_DEFAULT, false).withEnabled(READ_ONLY_ROOT, false);
        assertThat(config.settings().privileged()).isTrue();
        assertThat(config.settings().securityOpt()).contains("seccomp=unconfined");
        assertThat(config.settings().readOnlyRootfs()).isFalse();
        assertThat(config.settings().tmpfs()).isEmpty();
        assertThat(config.fixedFindings()).doesNotContain("DC5005", "DC5022", "DC5013").contains("DC5011");
        assertThat(config.withEnabled(NO_PRIVILEGED, true).settings().privileged()).isFalse();
    }
}
