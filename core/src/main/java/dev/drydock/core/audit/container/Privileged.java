package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5005: the container runs privileged: every capability, every host device, no seccomp or AppArmor (CIS 5.5). */
public final class Privileged implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5005", "Privileged container", Severity.ERROR, "5.5");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --privileged; add only the capabilities (--cap-add) and devices (--device) it needs";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.host().privileged()) {
            context.report("HostConfig.Privileged", "The container runs privileged: it has every capability, sees every"
                    + " host device and runs without seccomp and AppArmor, so root inside can take over the host", "Privileged=true");
        }
    }
}
