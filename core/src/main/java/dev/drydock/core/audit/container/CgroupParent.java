package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5025: the container is placed in a cgroup of its own choosing with {@code --cgroup-parent} (CIS 5.25). */
public final class CgroupParent implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5025", "Custom cgroup parent", Severity.WARNING,
            "5.25");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --cgroup-parent unless that cgroup is meant for it, so the daemon's resource limits apply";
    }

    @Override
    public void check(ContainerCheckContext context) {
        String parent = context.host().cgroupParent().strip();
        if (!parent.isEmpty()) {
            context.report("HostConfig.CgroupParent", "The container runs under the cgroup " + parent
                    + " instead of Docker's: its CPU, memory and PID use counts against that cgroup's limits,"
                    + " which may be looser than intended", "CgroupParent=" + parent);
        }
    }
}
