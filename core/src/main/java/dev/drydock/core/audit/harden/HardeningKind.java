package dev.drydock.core.audit.harden;

/** The kinds of hardening option, in the order they are shown and applied. */
public enum HardeningKind {
    NO_PRIVILEGED("Run unprivileged"),
    NO_HOST_NAMESPACES("Own namespaces instead of the host's"),
    DROP_SENSITIVE_MOUNTS("Drop host system and Docker socket mounts"),
    SECCOMP_DEFAULT("Default seccomp profile"),
    DROP_ALL_CAPABILITIES("Drop all capabilities"),
    ADD_NET_BIND_SERVICE("Add back NET_BIND_SERVICE"),
    NO_NEW_PRIVILEGES("Block privilege escalation"),
    NON_ROOT_USER("Run as a non-root user"),
    READ_ONLY_ROOT("Read-only root filesystem"),
    MEMORY_LIMIT("Memory limit"),
    PIDS_LIMIT("Process limit"),
    LOOPBACK_PORTS("Publish ports on 127.0.0.1 only");

    private final String title;

    HardeningKind(String title) {
        this.title = title;
    }

    /** What the option does, for the user. */
    public String title() {
        return title;
    }
}
