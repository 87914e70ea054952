package dev.drydock.core.audit.container;

import dev.drydock.core.findings.Finding;

import java.util.List;
import java.util.Objects;

/** What the container checks found on one container, and which checks did not apply to it. */
public record ContainerAuditResult(String container, List<Finding> findings, List<NotApplicableCheck> notApplicable) {

    public ContainerAuditResult {
        Objects.requireNonNull(container, "container");
        findings = List.copyOf(findings);
        notApplicable = List.copyOf(notApplicable);
    }

    /** The findings of one check, e.g. {@code DC5005}. */
    public List<Finding> findingsOf(String checkId) {
        return findings.stream().filter(finding -> finding.ruleId().equals(checkId)).toList();
    }
}
