package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5010: the container shares the host's network namespace (CIS 5.10). */
public final class HostNetwork implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5010", "Host network namespace shared", Severity.ERROR, "5.10");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --network host";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.isHost(context.host().networkMode())) {
            context.report("HostConfig.NetworkMode", "The container shares the host's network namespace: HostNetwork0", "NetworkMode=host");
        }
    }
}
