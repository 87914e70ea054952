package dev.drydock.core.audit.container;

import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

import java.util.Locale;
import java.util.Set;

/**
 * DC5004: capabilities added beyond Docker's default set, the dangerous ones (SYS_ADMIN, SYS_PTRACE …)
 * as errors, and, as information, a container that does not drop ALL (CIS 5.4). A harmless default
 * capability added back after {@code --cap-drop ALL} (NET_BIND_SERVICE, CHOWN …) is what CIS asks for and
 * is not reported.
 */
public final class Capabilities implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5004", "Capabilities not restricted",
            Severity.WARNING, "5.4");
    static final Set<String> DANGEROUS = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE",
            "DAC_READ_SEARCH", "SYS_RAWIO", "SYS_BOOT", "SYS_TIME", "MAC_ADMIN", "MAC_OVERRIDE", "BPF", "PERFMON",
            "SYSLOG", "NET_RAW", "SYS_RESOURCE", "LINUX_IMMUTABLE", "DAC_OVERRIDE");
    /** The capabilities Docker gives a container by default (moby's oci/caps/defaults.go). */
    static final Set<String> DOCKER_DEFAULTS = Set.of("CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW",
            "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "--cap-drop ALL and --cap-add only what it needs (e.g. NET_BIND_SERVICE); remove --cap-add of the ones named";
    }

    @Override
    public void check(ContainerCheckContext context) {
        if (context.host().privileged()) {
            context.notApplicable("the container is privileged and has every capability (see DC5005)");
            return;
        }
        for (String added : context.host().capAdd()) {
            String name = name(added);
            boolean dangerous = DANGEROUS.contains(name);
            if (!dangerous && DOCKER_DEFAULTS.contains(name)) {
                continue; // given back after --cap-drop ALL, e.g. NET_BIND_SERVICE for a port below 1024
            }
            context.report(dangerous ? Severity.ERROR : Severity.WARNING, "HostConfig.CapAdd",
                    "The container adds capability " + name + (dangerous ? ", which lets root inside escape to or"
                            + " harm the host" : " beyond Docker's default set"), "CapAdd=" + name);
        }
        boolean dropsAll = context.host().capDrop().stream().map(Capabilities::name).anyMatch("ALL"::equals);
        if (!dropsAll) {
            context.report(Severity.INFO, "HostConfig.CapDrop", "The container keeps Docker's default capabilities"
                    + " (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW …); most applications need none of them", "CapDrop="
                    + String.join(",", context.host().capDrop()));
        }
    }

    /** {@code cap_sys_admin} and {@code SYS_ADMIN} name the same capability. */
    static String name(String capability) {
        String upper = capability.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
    }
}
