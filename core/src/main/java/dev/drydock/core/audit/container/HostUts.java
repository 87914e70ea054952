package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5021: the container shares the host's UTS namespace (CIS 5.21). */
public final class HostUts implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5021", "Host UTS namespace shared", Severity.WARNING, "5.21");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --uts host";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (CisCheck.isHost(context.host().utsMode())) {
            context.report("HostConfig.UTSMode", "The container shares the host's UTS namespace: HostUts0", "UTSMode=host");
        }
    }
}
