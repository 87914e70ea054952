package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5019: the container overrides the daemon's default ulimits with {@code --ulimit}; shown so a reviewer confirms it (CIS 5.19). */
public final class Ulimits implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5019", "Default ulimit overridden", Severity.INFO,
            "5.19");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --ulimit unless the application needs it; set defaults once with the daemon's default-ulimits";
    }

    @Override
    public void check(ContainerCheckContext context) {
        for (String ulimit : context.host().ulimits()) {
            context.report("HostConfig.Ulimits", "The container sets its own ulimit " + ulimit
                    + " instead of the daemon's default: confirm it is needed and not higher than it must be", ulimit);
        }
    }
}
