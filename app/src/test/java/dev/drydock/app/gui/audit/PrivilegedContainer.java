package dev.drydock.app.gui.audit;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.ContainerAuditResult;
import dev.drydock.core.audit.harden.HardenedRunAdvisor;
import dev.drydock.core.audit.harden.HardenedRunConfig;
import dev.drydock.core.daemon.ContainerDetails;
import dev.drydock.core.daemon.ContainerDetails.ContainerConfig;
import dev.drydock.core.daemon.ContainerDetails.ContainerState;
import dev.drydock.core.daemon.ContainerDetails.HostSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A container named {@code web} as {@code docker run --privileged} leaves it (root, no limits), in code. */
final class PrivilegedContainer {

    final ContainerDetails details;
    final ContainerAuditResult result;
    final List<AuditFindingRow> findings;

    PrivilegedContainer() {
        ContainerState state = new ContainerState("created", false, false, false, false, false, 0, 0, "",
                Instant.EPOCH, Instant.EPOCH, "");
        ContainerConfig config = new ContainerConfig("web", "", List.of("PATH=/bin"), List.of("sleep", "600"), List.of(),
                "/", List.of(), Map.of(), List.of(), false, false);
        HostSettings host = new HostSettings(true, List.of(), List.of(), false, List.of(), "app-net", "", "private", "",
                "", "private", 0, 0, 0, 0, "no", List.of(), List.of(), List.of(), "runc", "json-file", List.of(), "", false,
                List.of(), List.of());
        details = new ContainerDetails("0123456789abcdef0123", "/web", "app:1", "sha256:abc", Instant.EPOCH, "sleep",
                List.of("600"), state, config, host, List.of(), Map.of(), "{}", "unconfined", "");
        ContainerAudit audit = ContainerAudit.standard();
        result = audit.audit(details);
        findings = result.findings().stream().map(finding -> AuditFindingRow.of(finding, audit)).toList();
    }

    HardenedRunConfig advice() {
        return new HardenedRunAdvisor().advise(details, result, List.of());
    }
}
