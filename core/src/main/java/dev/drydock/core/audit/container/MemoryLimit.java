package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5011: the container's memory is not limited (CIS 5.11). */
public final class MemoryLimit implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5011", "No memory limit", Severity.WARNING, "5.11");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--memory <limit>, e.g. --memory 512m";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.host().memoryBytes() <= 0) {
            context.report("HostConfig.Memory", "The container's memory is unlimited: a leak or an attack can exhaust"
                    + " the host's memory and get other containers killed", "Memory=0");
        }
    }
}
