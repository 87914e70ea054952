package dev.drydock.app.cli;

import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.ContainerCheck;
import dev.drydock.core.findings.Finding;
import dev.drydock.core.findings.Location;

import java.util.Optional;

/**
 * A container finding taken apart for display: the check's title and CIS item, the problem without the
 * fixing run option the core appends to the message ({@code "…; fix: drop --privileged"}), and that option.
 */
record AuditedFinding(Finding finding, String title, String cisItem, String field, String problem, String fix) {

    static AuditedFinding of(Finding finding, ContainerAudit audit) {
        Optional<ContainerCheck> check = audit.find(finding.ruleId());
        String title = check.map(c -> c.metadata().title()).orElse(finding.ruleId());
        String cis = check.flatMap(c -> c.metadata().references().cisDockerBenchmark()).orElse("");
        String field = finding.location() instanceof Location.ContainerField f ? f.field() : finding.location().describe();
        String remedy = check.map(ContainerCheck::remedy).orElse("");
        String suffix = "; fix: " + remedy;
        boolean split = !remedy.isEmpty() && finding.message().endsWith(suffix);
        String problem = split ? finding.message().substring(0, finding.message().length() - suffix.length())
                : finding.message();
        return new AuditedFinding(finding, title, cis, field, problem, remedy);
    }
}
