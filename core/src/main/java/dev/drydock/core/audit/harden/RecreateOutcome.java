package dev.drydock.core.audit.harden;

/** How the container made by "recreate hardened" fared while it was watched. */
public enum RecreateOutcome {
    /** Its health check said healthy at the end of the watch. */
    HEALTHY("healthy", true),
    /** It kept running for the whole watch, with no restart; it has no health check (or it had not decided yet). */
    RUNNING("running", true),
    /** Its health check said unhealthy. */
    UNHEALTHY("unhealthy", false),
    /** It stopped (or was restarted by its restart policy) during the watch; the report has the exit code. */
    EXITED("exited", false),
    /** The daemon refused to create or start it; the report has the daemon's message. */
    FAILED_TO_START("failed to start", false),
    /** The user cancelled; the container Drydock had created was removed again. */
    CANCELLED("cancelled", false);

    private final String label;
    private final boolean ok;

    RecreateOutcome(String label, boolean ok) {
        this.label = label;
        this.ok = ok;
    }

    /** A short word for people, e.g. {@code failed to start}. */
    public String label() {
        return label;
    }

    /** True for {@link #HEALTHY} and {@link #RUNNING}: the hardened container works as far as the watch tells. */
    public boolean ok() {
        return ok;
    }
}
