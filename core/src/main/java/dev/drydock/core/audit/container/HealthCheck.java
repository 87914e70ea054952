package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5027: the container has no health check, so nothing notices when it stops working (CIS 5.27). */
public final class HealthCheck implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5027", "No health check", Severity.INFO, "5.27");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--health-cmd '<command>' (or HEALTHCHECK in the Dockerfile); drop --no-healthcheck";
    }

    @Override
    public void check(ContainerCheckContext context) {
        var test = context.container().config().healthcheck();
        if (test.isEmpty() || test.get(0).equals("NONE")) {
            context.report("Config.Healthcheck", "The container has no health check: Docker reports it running even when"
                    + " the application inside has hung or been taken over", test.isEmpty() ? null : "Healthcheck=NONE");
        }
    }
}
