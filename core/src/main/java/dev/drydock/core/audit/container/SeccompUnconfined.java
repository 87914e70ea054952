package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5022: the container runs without a seccomp profile ({@code --security-opt seccomp=unconfined}) (CIS 5.22). */
public final class SeccompUnconfined implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5022", "Seccomp disabled", Severity.ERROR, "5.22");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --security-opt seccomp=unconfined (Docker's default profile applies) or give a profile of your own";
    }

    @Override
    public void check(ContainerCheckContext context) {
        for (String option : context.host().securityOpt()) {
            String compact = option.replace(" ", "");
            if (compact.equals("seccomp=unconfined") || compact.equals("seccomp:unconfined")) {
                context.report("HostConfig.SecurityOpt", "The container runs without a seccomp profile: every system"
                        + " call is open to it, including those used in known kernel escapes", option);
            }
        }
    }
}
