package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5015: the container restarts forever ({@code always}, {@code unless-stopped}, unbounded {@code on-failure}) (CIS 5.15). */
public final class RestartPolicy implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5015", "Unbounded restart policy", Severity.INFO, "5.15");
    private static final int MAX_RETRIES = 5;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--restart on-failure:5";
    }

    @Override
    public void check(ContainerCheckContext context) {
        String policy = context.host().restartPolicy() == null ? "" : context.host().restartPolicy().strip();
        if (policy.equals("always") || policy.equals("unless-stopped") || policy.equals("on-failure")
                || policy.startsWith("on-failure:") && retries(policy) > MAX_RETRIES) {
            context.report("HostConfig.RestartPolicy", "The container restarts with policy " + policy + ": a container"
                    + " that keeps failing (or is being attacked) restarts without end, which can deny service to the host",
                    "RestartPolicy=" + policy);
        }
    }

    private static int retries(String policy) {
        try {
            return Integer.parseInt(policy.substring(policy.indexOf(':') + 1));
        } catch (NumberFormatException notANumber) {
            return Integer.MAX_VALUE;
        }
    }
}
