package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

/** Builds the metadata of container checks: security checks with their CIS Docker Benchmark v1.6.0 item. */
final class CisCheck {

    private CisCheck() {
    }

    static RuleMetadata metadata(String id, String title, Severity severity, String cisItem) {
        return new RuleMetadata(id, title, severity, RuleCategory.SECURITY,
                RuleReferences.none().withCisDockerBenchmark(cisItem));
    }

    /** Port checks do not apply on the host's network (no ports are published there); says so, and true then. */
    static boolean skippedOnHostNetwork(ContainerCheckContext context) {
        if (!isHost(context.host().networkMode())) {
            return false;
        }
        context.notApplicable("the container shares the host's network, so it publishes no ports (see DC5010)");
        return true;
    }

    /** True when a namespace mode such as {@code PidMode} shares the host's namespace. */
    static boolean isHost(String mode) {
        return "host".equals(mode);
    }
}
