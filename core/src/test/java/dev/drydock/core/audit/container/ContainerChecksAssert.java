package dev.drydock.core.audit.container;

import dev.drydock.core.findings.Finding;

import java.util.List;
import java.util.Optional;

/** Runs the standard container audit over a built container, its processes listed, and returns the findings' rule ids. */
final class ContainerChecksAssert {

    private ContainerChecksAssert() {
    }

    /** Audits on a daemon of unknown security features, with the container's processes listed. */
    static ContainerAuditResult audit(ContainerDetailsBuilder container) {
        return ContainerAudit.standard().audit(container.build(), ContainerPlatform.UNKNOWN,
                Optional.of(container.processes));
    }

    static List<String> ids(ContainerDetailsBuilder container) {
        return audit(container).findings().stream().map(Finding::ruleId).toList();
    }
}
