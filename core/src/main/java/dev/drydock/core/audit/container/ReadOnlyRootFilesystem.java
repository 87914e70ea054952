package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5013: the container's root filesystem is writable (CIS 5.13). */
public final class ReadOnlyRootFilesystem implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5013", "Root filesystem writable", Severity.INFO, "5.13");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--read-only, with --tmpfs or volumes for the paths it writes (e.g. --tmpfs /tmp)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (!context.host().readonlyRootfs()) {
            context.report("HostConfig.ReadonlyRootfs", "The container's root filesystem is writable: an intruder can"
                    + " change its programs and drop tools that survive until the container is removed", "ReadonlyRootfs=false");
        }
    }
}
