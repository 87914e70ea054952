package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.DaemonInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** On Docker Desktop the AppArmor and SELinux checks say why they do not apply: its VM has neither. */
class DockerDesktopPlatformTest {

    private static DaemonInfo daemon(String operatingSystem, List<String> securityOptions) {
        return new DaemonInfo("27.3.1", "1.47", "1.24", "1.47", operatingSystem, "linux", "6.10.14-linuxkit",
                "aarch64", "overlayfs", "json-file", "cgroupfs", "2", securityOptions, List.of("runc"), "runc",
                false, 0, 0, 0, 0, 0, "docker-desktop", 8, 8L << 30, "/var/lib/docker");
    }

    private static ContainerAuditResult auditUnconfined(ContainerPlatform platform) {
        ContainerDetailsBuilder container = ContainerDetailsBuilder.hardened();
        container.appArmorProfile = "unconfined";
        container.securityOpt.add("label=disable");
        return ContainerAudit.standard().audit(container.build(), platform, Optional.of(container.processes));
    }

    @Test
    void dockerDesktopIsKnownFromTheOperatingSystemItReports() {
        List<String> seccompOnly = List.of("name=seccomp,profile=unconfined", "name=cgroupns");
        assertThat(ContainerPlatform.of(daemon("Docker Desktop", seccompOnly)).dockerDesktop()).isTrue();
        assertThat(ContainerPlatform.of(daemon("Ubuntu 24.04.1 LTS", seccompOnly)).dockerDesktop()).isFalse();
    }

    @Test
    void appArmorAndSelinuxNameDockerDesktopsVmAsTheReason() {
        ContainerPlatform desktop = ContainerPlatform.of(daemon("Docker Desktop", List.of("name=seccomp,profile=builtin")));

        ContainerAuditResult result = auditUnconfined(desktop);

        assertThat(result.findings()).extracting(finding -> finding.ruleId()).doesNotContain("DC5002", "DC5003");
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::describe).contains(
                "DC5002 not applicable: Docker Desktop runs containers in its own VM without AppArmor",
                "DC5003 not applicable: Docker Desktop runs containers in its own VM without SELinux");
    }

    @Test
    void elsewhereTheReasonIsTheDaemonsOwn() {
        ContainerPlatform plain = ContainerPlatform.of(daemon("Fedora Linux 40", List.of("name=seccomp,profile=builtin")));

        assertThat(auditUnconfined(plain).notApplicable()).extracting(NotApplicableCheck::describe).contains(
                "DC5002 not applicable: the daemon does not use AppArmor",
                "DC5003 not applicable: the daemon does not use SELinux");
    }
}
