package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.findings.RuleCategory;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.RuleReferences;
import dev.drydock.core.findings.Severity;

import java.util.List;

/**
 * DC5104: the kernel's settings under {@code /proc/sys} or {@code /sys} are writable inside the container,
 * through {@code --security-opt systempaths=unconfined} (which the CLI sends as empty masked and read-only
 * path lists), read-only paths without {@code /proc/sys}, or a writable mount there.
 */
public final class WritableSystemPaths implements ContainerCheck {

    private static final RuleMetadata METADATA = new RuleMetadata("DC5104", "Kernel settings writable", Severity.ERROR,
            RuleCategory.SECURITY, RuleReferences.none());

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "drop --security-opt systempaths=unconfined and any writable mount on /proc/sys or /sys;"
                + " set the kernel parameters it needs with --sysctl";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.host().privileged()) {
            context.notApplicable("the container is privileged and can write every kernel setting (see DC5005)");
            return;
        }
        List<String> readOnly = context.host().readonlyPaths();
        if (readOnly.isEmpty() && context.host().maskedPaths().isEmpty()) {
            context.report("HostConfig.ReadonlyPaths", "The runtime leaves /proc/sys and other kernel paths writable"
                    + " and unmasked (--security-opt systempaths=unconfined): the container can change settings of"
                    + " the whole host kernel", "MaskedPaths=[] ReadonlyPaths=[]");
        } else if (!readOnly.contains("/proc/sys")) {
            context.report("HostConfig.ReadonlyPaths", "/proc/sys is not among the paths mounted read-only: the"
                    + " container can change settings of the whole host kernel",
                    "ReadonlyPaths=[" + String.join(",", readOnly) + "]");
        }
        for (MountInfo mount : context.container().mounts()) {
            String destination = SensitiveHostMount.normalised(mount.destination());
            if (mount.readWrite() && isSystemPath(destination)) {
                context.report("Mounts." + mount.destination(), "A writable " + mount.type() + " mount covers "
                        + destination + ": the container can write kernel settings there",
                        mount.source() + ":" + destination + ":rw");
            }
        }
    }

    private static boolean isSystemPath(String path) {
        return path.equals("/sys") || path.startsWith("/sys/") || path.equals("/proc/sys") || path.startsWith("/proc/sys/");
    }
}
