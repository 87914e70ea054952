package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5008: a host port below 1024 is published for the container (CIS 5.8). */
public final class PrivilegedPort implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5008", "Privileged host port published",
            Severity.INFO, "5.8");
    private static final int FIRST_UNPRIVILEGED = 1024;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "-p <port of 1024 or more>:<port>, e.g. -p 127.0.0.1:8022:22";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.skippedOnHostNetwork(context)) {
            return;
        }
        for (PortMapping port : context.host().portBindings()) {
            if (port.published() && port.publicPort() < FIRST_UNPRIVILEGED) {
                context.report("HostConfig.PortBindings", "Host port " + port.publicPort() + " is below 1024: such ports"
                        + " are reserved for trusted system services and users expect them to be", port.display());
            }
        }
    }
}
