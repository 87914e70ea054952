package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5012: the container's CPU is neither weighted ({@code --cpu-shares}) nor limited ({@code --cpus}) (CIS 5.12). */
public final class CpuShares implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5012", "No CPU priority or limit", Severity.INFO, "5.12");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--cpu-shares <weight> (e.g. 512) or --cpus <limit> (e.g. --cpus 1.5)";
    }

    @Override
    public void check(ContainerCheckContext context) {
        long shares = context.host().cpuShares();
        if ((shares == 0 || shares == 1024) && context.host().nanoCpus() <= 0) {
            context.report("HostConfig.CpuShares", "The container's CPU is neither weighted nor limited: a busy"
                    + " container takes CPU from every other one on the host", "CpuShares=" + shares);
        }
    }
}
