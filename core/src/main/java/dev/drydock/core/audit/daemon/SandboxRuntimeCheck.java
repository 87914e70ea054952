package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Locale;

/** DH2008: whether a sandboxed runtime (gVisor, Kata Containers) is available for untrusted workloads. */
final class SandboxRuntimeCheck extends TextedDaemonCheck {

    SandboxRuntimeCheck() {
        super("DH2008", "", Severity.INFO);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        if (!DaemonFacts.isLinux(input.info())) {
            return notApplicable("notLinux", input.info().osType());
        }
        List<String> sandboxes = input.info().runtimes().stream().filter(SandboxRuntimeCheck::isSandbox).toList();
        if (sandboxes.isEmpty()) {
            return found(finding(String.join(", ", input.info().runtimes())));
        }
        return passed(TEXTS.text("DH2008.available", String.join(", ", sandboxes), sandboxes.get(0)));
    }

    static boolean isSandbox(String runtime) {
        String name = runtime.toLowerCase(Locale.ROOT);
        return name.contains("runsc") || name.contains("gvisor") || name.contains("kata");
    }
}
