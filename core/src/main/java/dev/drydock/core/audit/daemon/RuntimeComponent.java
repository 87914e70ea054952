package dev.drydock.core.audit.daemon;

/** The parts of a container host whose versions the daemon reports. */
public enum RuntimeComponent {
    DOCKER_ENGINE("Docker Engine"),
    CONTAINERD("containerd"),
    RUNC("runc"),
    KERNEL("Linux kernel");

    private final String displayName;

    RuntimeComponent(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
