package dev.drydock.app.cli;

import dev.drydock.app.cli.AuditContainersCommand.AuditedContainer;
import dev.drydock.core.audit.container.ContainerAudit;
import dev.drydock.core.audit.container.NotApplicableCheck;
import dev.drydock.core.daemon.DaemonIds;
import dev.drydock.core.findings.Severity;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal text of {@code audit containers}: per container a heading, then each finding with its CIS
 * item, severity, evidence and the run option that fixes it, then the checks that did not apply and why.
 */
final class ContainerAuditText {

    private final ContainerAudit audit;

    ContainerAuditText(ContainerAudit audit) {
        this.audit = audit;
    }

    void print(java.util.List<AuditedContainer> audited, PrintWriter out) {
        if (audited.isEmpty()) {
            out.println("No containers to audit (only running ones are audited; add --all for stopped ones).");
            return;
        }
        int total = 0;
        for (AuditedContainer container : audited) {
            total += container.result().findings().size();
            printContainer(container, out);
        }
        out.printf("%d finding%s in %d container%s.%n", total, total == 1 ? "" : "s",
                audited.size(), audited.size() == 1 ? "" : "s");
    }

    private void printContainer(AuditedContainer container, PrintWriter out) {
        var details = container.details();
        String state = details.state() == null ? "" : ", " + details.state().status();
        out.printf("Container %s (%s, image %s%s)%n", container.result().container(), DaemonIds.shortId(details.id()),
                details.image(), state);
        if (container.result().findings().isEmpty()) {
            out.println("  no findings");
        }
        for (var finding : container.result().findings()) {
            AuditedFinding f = AuditedFinding.of(finding, audit);
            String cis = f.cisItem().isEmpty() ? "" : " CIS " + f.cisItem();
            out.printf("  %-7s %s%s  %s%n", label(finding.severity()), finding.ruleId(), cis, f.title());
            out.printf("          %s%n", f.problem());
            finding.evidence().ifPresent(evidence -> out.printf("          evidence: %s = %s%n", f.field(), evidence));
            if (!f.fix().isEmpty()) {
                out.printf("          fix: %s%n", f.fix());
            }
        }
        for (NotApplicableCheck check : container.result().notApplicable()) {
            out.printf("  n/a     %s  %s: %s%n", check.checkId(), check.title(), check.reason());
        }
        out.println();
    }

    private static String label(Severity severity) {
        return severity.id().toUpperCase(Locale.ROOT);
    }
}
