package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5016: the container shares the host's process namespace (CIS 5.16). */
public final class HostPid implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5016", "Host PID namespace shared", Severity.ERROR, "5.16");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --pid host";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.isHost(context.host().pidMode())) {
            context.report("HostConfig.PidMode", "The container shares the host's process namespace: HostPid0", "PidMode=host");
        }
    }
}
