package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

import java.util.Locale;

/**
 * DC5003: SELinux separation is switched off for the container ({@code --security-opt label=disable}
 * or the unconfined type {@code spc_t}) (CIS 5.3). Not applicable when the daemon has no SELinux.
 */
public final class SelinuxOptions implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5003", "SELinux separation disabled",
            Severity.WARNING, "5.3");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --security-opt label=disable (and label=type:spc_t) so Docker gives the container its own"
                + " SELinux label";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.platform().lacksSelinux()) {
            context.notApplicable(context.platform().lacking("SELinux"));
            return;
        }
        for (String option : context.host().securityOpt()) {
            String compact = option.replace(" ", "").toLowerCase(Locale.ROOT);
            if (compact.equals("label=disable") || compact.equals("label:disable")
                    || compact.equals("label=type:spc_t") || compact.equals("label:type:spc_t")) {
                context.report("HostConfig.SecurityOpt", "SELinux separation is switched off for the container:"
                        + " its processes are not kept away from the host's and other containers' files", option);
            }
        }
    }
}
