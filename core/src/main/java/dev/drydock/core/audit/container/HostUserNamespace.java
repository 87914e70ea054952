package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5031: the container shares the host's user namespace (CIS 5.31). */
public final class HostUserNamespace implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5031", "Host user namespace shared", Severity.WARNING, "5.31");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --userns host";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.isHost(context.host().userNsMode())) {
            context.report("HostConfig.UsernsMode", "The container shares the host's user namespace: HostUserNamespace0", "UsernsMode=host");
        }
    }
}
