package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.daemon.DaemonAccessException;
import dev.drydock.core.daemon.DockerDaemon;

import java.util.List;
import java.util.Optional;

/**
 * Audits containers of one daemon the complete way: inspected, with the daemon's security features
 * (AppArmor, SELinux; asked once) and, for a running container, its processes (so sshd can be seen).
 * A container that stops between the inspect and the process list is audited without processes.
 */
public final class DaemonContainerAudit {

    /** One container as inspected, and its audit. */
    public record Audited(ContainerDetails details, ContainerAuditResult result) {
    }

    private final DockerDaemon daemon;
    private final ContainerAudit audit;
    private final ContainerPlatform platform;

    public DaemonContainerAudit(DockerDaemon daemon, ContainerAudit audit) {
        this.daemon = daemon;
        this.audit = audit;
        this.platform = ContainerPlatform.of(daemon.info());
    }

    /** Inspects and audits the container named {@code idOrName}; daemon failures come as {@link DaemonAccessException}. */
    public Audited audit(String idOrName) {
        ContainerDetails details = daemon.inspectContainer(idOrName);
        return new Audited(details, audit.audit(details, platform, processes(details)));
    }

    private Optional<List<ContainerProcess>> processes(ContainerDetails details) {
        if (details.state() == null || !details.state().running()) {
            return Optional.empty();
        }
        try {
            return Optional.of(daemon.listProcesses(details.id()));
        } catch (DaemonAccessException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
