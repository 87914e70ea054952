package dev.drydock.core.seccomp.export;

import java.util.Locale;
import java.util.Optional;

/** The ways a profile leaves Drydock, by the tool that reads it. */
public enum SeccompExportFormat {
    /** The profile JSON itself, in Docker's layout, for {@code docker run --security-opt seccomp=FILE}. */
    JSON("json", "Profile file (JSON)"),
    /** The {@code docker run} option that uses the profile file. */
    RUN("run", "docker run"),
    /** A Compose service with {@code security_opt: ["seccomp=FILE"]}. */
    COMPOSE("compose", "Compose"),
    /** A Kubernetes {@code securityContext} with {@code seccompProfile} type Localhost. */
    KUBERNETES("k8s", "Kubernetes");

    private final String id;
    private final String title;

    SeccompExportFormat(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name on the command line ({@code --format k8s}). */
    public String id() {
        return id;
    }

    /** The name for people. */
    public String title() {
        return title;
    }

    /** The format with this id (any case); {@code kubernetes} is accepted for {@code k8s}. */
    public static Optional<SeccompExportFormat> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        if (wanted.equals("kubernetes")) {
            return Optional.of(KUBERNETES);
        }
        for (SeccompExportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
