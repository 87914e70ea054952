package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.findings.FindingOrder;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs the container checks over one inspected container: the findings, and the checks that did not apply. */
public final class ContainerAudit {

    private final List<ContainerCheck> checks;

    public ContainerAudit(List<ContainerCheck> checks) {
        this.checks = List.copyOf(checks);
        Set<String> ids = new HashSet<>();
        for (ContainerCheck check : this.checks) {
            if (!ids.add(check.id())) {
                throw new IllegalArgumentException("two container checks have the id " + check.id());
            }
        }
    }

    /** Every container check Drydock ships, most dangerous settings first. */
    public static ContainerAudit standard() {
        return new ContainerAudit(List.of(
                new Privileged(), new SensitiveHostMount(), new DockerSocketMounted(), new Capabilities(),
                new HostNetwork(), new HostPid(), new HostIpc(), new HostUts(), new HostUserNamespace(),
                new SeccompUnconfined(), new HostDevices(), new NoNewPrivileges(), new RunsAsRoot(),
                new SecretInEnvironment(), new MemoryLimit(), new CpuShares(), new PidsLimit(),
                new ReadOnlyRootFilesystem(), new PortOnAllInterfaces(), new PrivilegedPort(),
                new RestartPolicy(), new HealthCheck(), new DefaultBridge(), new AppArmorProfile(),
                new SelinuxOptions(), new WritableSystemPaths(), new SharedMountPropagation(), new CgroupParent(),
                new Ulimits(), new ShellWithoutInit(), new SshdRunning()));
    }

    public List<ContainerCheck> checks() {
        return checks;
    }

    public Optional<ContainerCheck> find(String id) {
        return checks.stream().filter(check -> check.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /**
     * Audits without knowing the daemon or the container's processes: checks that depend on the daemon's
     * security features judge only what they see, the process checks do not apply.
     */
    public ContainerAuditResult audit(ContainerDetails container) {
        return audit(container, ContainerPlatform.UNKNOWN, Optional.empty());
    }

    /**
     * Audits a container of a daemon with the security features of {@code platform} (AppArmor, SELinux)
     * and, when they were listed ({@link dev.drydock.core.daemon.DockerDaemon#listProcesses}), its processes.
     */
    public ContainerAuditResult audit(ContainerDetails container, ContainerPlatform platform,
                                      Optional<List<ContainerProcess>> processes) {
        ContainerCheckContext context = new ContainerCheckContext(container, platform, processes);
        for (ContainerCheck check : checks) {
            context.runCheck(check);
        }
        return new ContainerAuditResult(context.containerName(),
                context.findings().stream().sorted(FindingOrder.READING_ORDER).toList(), context.notApplicable());
    }

    /** The long explanation of a check, from {@code checks/<ID>.md}; empty if it is missing. */
    public static Optional<String> documentation(String checkId) {
        try (var in = ContainerAudit.class.getResourceAsStream("checks/" + checkId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
