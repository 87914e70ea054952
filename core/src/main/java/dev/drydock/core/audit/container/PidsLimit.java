package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5029: the number of processes in the container is not limited, so a fork bomb reaches the host (CIS 5.29). */
public final class PidsLimit implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5029", "No PIDs limit", Severity.WARNING, "5.29");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--pids-limit <n>, e.g. --pids-limit 200";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.host().pidsLimit() <= 0) {
            context.report("HostConfig.PidsLimit", "The container may start any number of processes: a fork bomb in it"
                    + " exhausts the host's process table", "PidsLimit=" + context.host().pidsLimit());
        }
    }
}
