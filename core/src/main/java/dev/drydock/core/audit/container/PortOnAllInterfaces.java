package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.PortMapping;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5014: a port is published on every host interface (0.0.0.0 or ::) instead of one address (CIS 5.14). */
public final class PortOnAllInterfaces implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5014", "Port published on all interfaces",
            Severity.WARNING, "5.14");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "-p <address>:<host port>:<port>, e.g. -p 127.0.0.1:8080:80";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.skippedOnHostNetwork(context)) {
            return;
        }
        for (PortMapping port : context.host().portBindings()) {
            String ip = port.hostIp() == null ? "" : port.hostIp().strip();
            if (port.published() && (ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::"))) {
                context.report("HostConfig.PortBindings", "Port " + port.privatePort() + "/" + port.protocol()
                        + " is published on every host interface (host port " + port.publicPort() + "): it is reachable"
                        + " from every network the host is on", port.display());
            }
        }
    }
}
