package dev.drydock.core.audit.daemon;

import dev.drydock.core.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * DH2003: registries reached without TLS verification (CIS 2.5). The loopback range the daemon
 * always lists is not counted.
 */
final class InsecureRegistryCheck extends TextedDaemonCheck {

    private static final Set<String> ALWAYS_LISTED = Set.of("127.0.0.0/8", "::1/128");

    InsecureRegistryCheck() {
        super("DH2003", "2.5", Severity.WARNING);
    }

    @Override
    public DaemonCheckResult run(DaemonAuditInput input) {
        List<String> insecure = input.info().insecureRegistries().stream()
                .filter(registry -> !ALWAYS_LISTED.contains(registry))
                .toList();
        return insecure.isEmpty() ? passed("") : found(finding(String.join(", ", insecure)));
    }
}
