package dev.drydock.core.audit.daemon;

import java.util.List;
import java.util.Optional;

/** The results of every daemon check, in the order they ran. */
public record DaemonAuditReport(List<DaemonCheckResult> results) {

    public DaemonAuditReport {
        results = List.copyOf(results);
    }

    public List<DaemonFinding> findings() {
        return results.stream().flatMap(result -> result.findings().stream()).toList();
    }

    public Optional<DaemonCheckResult> result(String checkId) {
        return results.stream().filter(result -> result.checkId().equals(checkId)).findFirst();
    }
}
