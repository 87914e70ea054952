package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.drydock.core.audit.container.ContainerChecksAssert.audit;
import static dev.drydock.core.audit.container.ContainerChecksAssert.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks about the kernel's confinement of the container (AppArmor, SELinux, kernel paths, mount
 * propagation, cgroup parent, ulimits, init), with and without the daemon's security features known.
 */
class ConfinementChecksTest {

    private static final ContainerPlatform APPARMOR_HOST = new ContainerPlatform(true, true, false);
    private static final ContainerPlatform SELINUX_HOST = new ContainerPlatform(true, false, true);

    private final ContainerDetailsBuilder container = ContainerDetailsBuilder.hardened();

    private ContainerAuditResult auditOn(ContainerPlatform platform) {
        return ContainerAudit.standard().audit(container.build(), platform, Optional.of(container.processes));
    }

    @Test
    void unconfinedAppArmorIsAWarningWhereverTheDaemonIsUnknown() {
        container.appArmorProfile = "unconfined";
        assertThat(audit(container).findings()).extracting(Finding::ruleId, Finding::severity, Finding::evidence)
                .containsExactly(Tuple.tuple("DC5002", Severity.WARNING, Optional.of("AppArmorProfile=unconfined")));
    }

    @Test
    void noAppArmorProfileIsFoundOnlyOnADaemonWithAppArmor() {
        container.appArmorProfile = "";
        assertThat(ids(container)).isEmpty();
        ContainerAuditResult result = auditOn(APPARMOR_HOST);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("DC5002");
        assertThat(result.findings().get(0).message()).contains("apparmor=unconfined");
    }

    @Test
    void appArmorIsNotApplicableOnADaemonWithoutItAndSelinuxLikewise() {
        container.appArmorProfile = "unconfined";
        ContainerAuditResult result = auditOn(SELINUX_HOST);
        assertThat(result.findings()).isEmpty();
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::describe)
                .containsExactly("DC5002 not applicable: the daemon does not use AppArmor");
        assertThat(auditOn(APPARMOR_HOST).notApplicable()).extracting(NotApplicableCheck::checkId)
                .containsExactly("DC5003");
    }

    @Test
    void disabledSelinuxLabelIsFoundUnlessTheDaemonHasNoSelinux() {
        container.securityOpt.add("label=disable");
        container.securityOpt.add("label=level:s0:c100,c200");
        assertThat(auditOn(SELINUX_HOST).findings()).extracting(Finding::ruleId, Finding::evidence)
                .containsExactly(Tuple.tuple("DC5003", Optional.of("label=disable")));
        assertThat(ids(container)).containsExactly("DC5003");
        assertThat(auditOn(APPARMOR_HOST).findings()).isEmpty();
    }

    @Test
    void systemPathsUnconfinedIsAnError() {
        container.maskedPaths.clear();
        container.readonlyPaths.clear();
        assertThat(audit(container).findings()).extracting(Finding::ruleId, Finding::severity, Finding::evidence)
                .containsExactly(Tuple.tuple("DC5104", Severity.ERROR, Optional.of("MaskedPaths=[] ReadonlyPaths=[]")));
        assertThat(audit(container).findings().get(0).message()).contains("systempaths=unconfined");
    }

    @Test
    void procSysMissingFromReadOnlyPathsIsFound() {
        container.readonlyPaths.remove("/proc/sys");
        assertThat(audit(container).findings()).extracting(Finding::ruleId, Finding::evidence).containsExactly(
                Tuple.tuple("DC5104", Optional.of("ReadonlyPaths=[/proc/bus,/proc/fs,/proc/irq,/proc/sysrq-trigger]")));
    }

    @Test
    void writableMountOnSysIsFoundReadOnlyIsNot() {
        container.bind("/srv/sys", "/sys/", true).bind("/srv/kernel", "/proc/sys/kernel", false)
                .bind("/srv/system", "/system", true);
        assertThat(audit(container).findingsOf("DC5104")).extracting(Finding::evidence)
                .containsExactly(Optional.of("/srv/sys:/sys:rw"));
    }

    @Test
    void privilegedMakesWritableKernelPathsAndAppArmorNotApplicable() {
        container.privileged = true;
        container.readonlyPaths.clear();
        container.maskedPaths.clear();
        container.appArmorProfile = "unconfined";
        ContainerAuditResult result = audit(container);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("DC5005");
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::checkId)
                .containsExactlyInAnyOrder("DC5004", "DC5018", "DC5002", "DC5104");
    }

    @Test
    void sharedAndRsharedPropagationAreFoundPrivateAndSlaveAreNot() {
        container.bind("/srv/a", "/a", true, "shared").bind("/srv/b", "/b", false, "rshared")
                .bind("/srv/c", "/c", true, "rslave").bind("/srv/d", "/d", true, "");
        assertThat(audit(container).findingsOf("DC5020")).extracting(Finding::evidence)
                .containsExactly(Optional.of("/srv/a:/a:shared"), Optional.of("/srv/b:/b:rshared"));
    }

    @Test
    void cgroupParentIsAWarning() {
        container.cgroupParent = "/system.slice";
        assertThat(audit(container).findings()).extracting(Finding::ruleId, Finding::severity, Finding::evidence)
                .containsExactly(Tuple.tuple("DC5025", Severity.WARNING, Optional.of("CgroupParent=/system.slice")));
    }

    @Test
    void eachOverriddenUlimitIsInformation() {
        container.ulimits.add("nofile=1024:2048");
        container.ulimits.add("nproc=64:64");
        assertThat(audit(container).findings()).extracting(Finding::severity, Finding::evidence).containsExactly(
                Tuple.tuple(Severity.INFO, Optional.of("nofile=1024:2048")),
                Tuple.tuple(Severity.INFO, Optional.of("nproc=64:64")));
    }

    @Test
    void sshdOrDropbearInTheProcessListIsAWarning() {
        container.processes.add(new ContainerProcess("4300", "root", "/usr/sbin/sshd -D"));
        container.processes.add(new ContainerProcess("4301", "root", "sshd: app [priv]"));
        container.processes.add(new ContainerProcess("4302", "root", "dropbear -F -E"));
        container.processes.add(new ContainerProcess("4303", "10001", "tail -f /var/log/sshd.log"));
        assertThat(ids(container)).containsExactly("DC5007", "DC5007", "DC5007");
        assertThat(audit(container).findingsOf("DC5007")).extracting(Finding::evidence).containsExactly(
                Optional.of("/usr/sbin/sshd -D"), Optional.of("sshd: app [priv]"), Optional.of("dropbear -F -E"));
    }

    @Test
    void sshdCheckIsNotApplicableWithoutAProcessList() {
        ContainerAuditResult result = ContainerAudit.standard().audit(container.build());
        assertThat(result.findings()).isEmpty();
        assertThat(result.notApplicable()).extracting(NotApplicableCheck::describe).containsExactly(
                "DC5007 not applicable: the container is not running, so its processes cannot be listed");
    }

    @Test
    void aShellAsPid1WithoutInitIsInformation() {
        container.path = "/bin/sh";
        assertThat(audit(container).findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(Tuple.tuple("DC5103", Severity.INFO));
        container.init = true;
        assertThat(ids(container)).isEmpty();
        container.init = false;
        container.path = "/usr/bin/shellcheck";
        assertThat(ids(container)).isEmpty();
    }
}
