package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerProcess;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;
import dev.drydock.core.findings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a container check sees (the inspected container) and where it reports. Findings are located at
 * the {@code docker inspect} field they come from; the message ends with the run option that fixes it.
 */
public final class ContainerCheckContext {

    private final ContainerDetails container;
    private final List<Finding> findings = new ArrayList<>();
    private final List<NotApplicableCheck> notApplicable = new ArrayList<>();
    private final ContainerPlatform platform;
    private final Optional<List<ContainerProcess>> processes;
    private ContainerCheck check;

    ContainerCheckContext(ContainerDetails container, ContainerPlatform platform,
                          Optional<List<ContainerProcess>> processes) {
        this.container = Objects.requireNonNull(container, "container");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.processes = processes.map(List::copyOf);
    }

    void runCheck(ContainerCheck current) {
        check = current;
        current.check(this);
    }

    List<Finding> findings() {
        return findings;
    }

    List<NotApplicableCheck> notApplicable() {
        return notApplicable;
    }

    public ContainerDetails container() {
        return container;
    }

    /** The security features of the daemon the container runs on, or {@link ContainerPlatform#UNKNOWN}. */
    public ContainerPlatform platform() {
        return platform;
    }

    /** The processes running in the container, when the audit listed them. */
    public Optional<List<ContainerProcess>> processes() {
        return processes;
    }

    public ContainerDetails.HostSettings host() {
        return container.host();
    }

    /** The container's name without the leading slash the API gives it, or its short id. */
    public String containerName() {
        String name = container.name() == null ? "" : container.name().replaceFirst("^/", "");
        return name.isEmpty() ? container.id().substring(0, Math.min(12, container.id().length())) : name;
    }

    /** The current check does not apply to this container, for {@code reason}. */
    public void notApplicable(String reason) {
        notApplicable.add(new NotApplicableCheck(check.id(), check.metadata().title(), reason));
    }

    /** Reports at the check's default severity. */
    public void report(String field, String message, String maskedEvidence) {
        report(check.metadata().defaultSeverity(), field, message, maskedEvidence);
    }

    /** Reports at {@code severity}; the check's remedy is appended to {@code message}. */
    public void report(Severity severity, String field, String message, String maskedEvidence) {
        Finding finding = new Finding(check.id(), severity, message + "; fix: " + check.remedy(),
                new Location.ContainerField(containerName(), field), Optional.ofNullable(maskedEvidence), List.of());
        findings.add(finding);
    }
}
