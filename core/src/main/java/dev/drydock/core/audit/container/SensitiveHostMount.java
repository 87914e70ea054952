package dev.drydock.core.audit.container;

import dev.drydock.core.daemon.MountInfo;
import dev.drydock.core.findings.RuleMetadata;
import dev.drydock.core.findings.Severity;

import java.util.Set;

/**
 * DC5006: a host system directory ({@code /}, {@code /etc}, {@code /proc} …) is mounted into the
 * container (CIS 5.6); an error when writable, a warning when read-only.
 */
public final class SensitiveHostMount implements ContainerCheck {

    private static final RuleMetadata METADATA = CisCheck.metadata("DC5006", "Sensitive host directory mounted",
            Severity.ERROR, "5.6");
    static final Set<String> SENSITIVE = Set.of("/", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sys", "/usr",
            "/bin", "/sbin", "/root", "/var/lib/docker", "/run", "/var/run");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public String remedy() {
        return "remove the -v/--mount of the host directory; mount only the application data it needs, read-only (:ro) where it can";
    }

    @Override
    public void check(ContainerCheckContext context) {
        for (MountInfo mount : context.container().mounts()) {
            String source = normalised(mount.source());
            if (!"bind".equals(mount.type()) || !SENSITIVE.contains(source)) {
                continue;
            }
            String how = mount.readWrite() ? "writable" : "read-only";
            String risk = mount.readWrite() ? "the container can change the host's " + source + " and take over the host"
                    : "the container can read the host's " + source + " (keys, passwords, configuration)";
            context.report(mount.readWrite() ? Severity.ERROR : Severity.WARNING, "Mounts." + mount.destination(),
                    "The host's " + source + " is mounted " + how + " at " + mount.destination() + ": " + risk,
                    source + ":" + mount.destination() + (mount.readWrite() ? ":rw" : ":ro"));
        }
    }

    static String normalised(String path) {
        String value = path == null ? "" : path.strip();
        while (value.length() > 1 && value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }
}
