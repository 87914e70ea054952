package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5030: the container is on Docker's default bridge network, where every container can reach every other (CIS 5.30). */
public final class DefaultBridge implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5030", "On the default bridge network",
            Severity.INFO, "5.30");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--network <a network of its own> (docker network create app-net)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        String mode = context.host().networkMode();
        if ("default".equals(mode) || "bridge".equals(mode)) {
            context.report("HostConfig.NetworkMode", "The container is on Docker's default bridge network: every other"
                    + " container there can reach its ports, and the bridge offers no name resolution to limit who talks"
                    + " to whom", "NetworkMode=" + mode);
        }
    }
}
