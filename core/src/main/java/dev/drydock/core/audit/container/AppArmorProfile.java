package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

/**
 * DC5002: the container runs without an AppArmor profile ({@code --security-opt apparmor=unconfined},
 * or none on a daemon that has AppArmor) (CIS 5.2). Not applicable when the daemon has no AppArmor.
 */
public final class AppArmorProfile implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5002", "No AppArmor profile", Severity.WARNING, "5.2");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --security-opt apparmor=unconfined (Docker's docker-default profile applies) or give a profile"
                + " of your own with --security-opt apparmor=<profile>";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.platform().lacksAppArmor()) {
            context.notApplicable(context.platform().lacking("AppArmor"));
            return;
        }
        if (context.host().privileged()) {
            context.notApplicable("the container is privileged and runs unconfined anyway (see DC5005)");
            return;
        }
        String profile = context.container().appArmorProfile().strip();
        boolean unconfined = profile.equals("unconfined");
        if (unconfined || (profile.isEmpty() && context.platform().appArmor())) {
            context.report("AppArmorProfile", "The container runs without an AppArmor profile: nothing limits which"
                    + " files, mounts and kernel interfaces its processes may use beyond the other settings",
                    "AppArmorProfile=" + (unconfined ? profile : "(none)"));
        }
    }
}
