package dev.drydock.core.audit.host;

import java.util.List;

/**
 * Where one daemon file was found: host paths (as written on the host, e.g. {@code /etc/docker/daemon.json}),
 * or none and why ("not present on this host: no /etc/docker/daemon.json").
 */
public record LocatedFiles(List<String> hostPaths, String absentReason) {

    public LocatedFiles {
        hostPaths = List.copyOf(hostPaths);
    }

    static LocatedFiles found(List<String> hostPaths, String absentReason) {
        return new LocatedFiles(hostPaths, hostPaths.isEmpty() ? absentReason : "");
    }

    public boolean present() {
        return !hostPaths.isEmpty();
    }
}
