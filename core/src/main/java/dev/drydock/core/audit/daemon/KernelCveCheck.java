package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DH2021: the host kernel version against known escape and privilege-escalation CVEs. Only the
 * leading x.y.z is compared; distributions backport fixes, so a match is never a certainty.
 */
final class KernelCveCheck extends TextedDaemonCheck {

    private final EscapeCveTable table;

    KernelCveCheck(EscapeCveTable table) {
        super("DH2021", "", Severity.WARNING);
        this.table = table;
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        String text = input.info().kernelVersion();
        Optional<ComponentVersion> version = ComponentVersion.parse(text);
        if (version.isEmpty()) {
            return notApplicable("DH2021.unreadable", text);
        }
        List<DaemonFinding> findings = new ArrayList<>();
        for (EscapeCve cve : table.concerning(List.of(RuntimeComponent.KERNEL))) {
            if (cve.affecting(RuntimeComponent.KERNEL, version.get()).isPresent()) {
                String name = cve.name().isEmpty() ? "" : " (" + cve.name() + ")";
                findings.add(new DaemonFinding(id(), cisSection(), severity(), cve.id() + name + ": kernel " + text,
                        TEXTS.text("DH2021.explanation", text, cve.id() + name, cve.summary(), cve.fixedIn(),
                                cve.source()),
                        TEXTS.text("DH2021.advice")));
            }
        }
        return found(findings);
    }
}
