package dev.drydock.app.cli;

/** The exit codes of the {@code drydock} command, stable for scripts and CI. */
public final class ExitCodes {

    /** The command did what it was asked. */
    public static final int OK = 0;
    /**
     * The command ran, and what it found crosses the failure threshold; for {@code db status}: there is
     * no vulnerability database, or it is empty or older than {@code --max-age}; for {@code harden --recreate}:
     * the new container exited or its health check said unhealthy.
     */
    public static final int FINDINGS = 1;
    /**
     * The command line was wrong, a file could not be read, the daemon could not be reached or refused
     * the request (for {@code harden --recreate}: refused to create or start the new container), or a
     * vulnerability database download or import failed (the database is then unchanged).
     */
    public static final int ERROR = 2;
    /** The user stopped the command with Ctrl+C (128 + SIGINT, as shells report it); nothing was written. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
