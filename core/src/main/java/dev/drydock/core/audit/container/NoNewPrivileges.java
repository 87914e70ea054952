package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/** DC5026: the container's processes may gain privileges through setuid binaries (no {@code no-new-privileges}) (CIS 5.26). */
public final class NoNewPrivileges implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5026", "Privilege escalation not blocked",
            Severity.WARNING, "5.26");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--security-opt no-new-privileges";
    }

    @Override
    public void check(ContainerCheckContext context) {
        boolean blocked = context.host().securityOpt().stream().map(option -> option.replace(" ", ""))
                .anyMatch(option -> option.equals("no-new-privileges") || option.equals("no-new-privileges:true")
                        || option.equals("no-new-privileges=true"));
        if (!blocked) {
            context.report("HostConfig.SecurityOpt", "The container does not set no-new-privileges: a process in it"
                    + " can become root through a setuid binary such as su or sudo", null);
        }
    }
}
