package dev.drydock.core.audit.container;

import dev.drydock.core.findings.Finding;

import java.util.List;

/** Runs the standard container audit over a built container and returns the findings' rule ids. */
final class ContainerChecksAssert {

    private ContainerChecksAssert() {
    }

    static ContainerAuditResult audit(ContainerDetailsBuilder container) {
        return ContainerAudit.standard().audit(container.build());
    }

    static List<String> ids(ContainerDetailsBuilder container) {
        return audit(container).findings().stream().map(Finding::ruleId).toList();
    }
}
