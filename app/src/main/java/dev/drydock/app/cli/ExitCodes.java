package dev.drydock.app.cli;

/** The exit codes of the {@code drydock} command, stable for scripts and CI. */
public final class ExitCodes {

    /** The command did what it was asked. */
    public static final int OK = 0;
    /** Reserved: the command ran, and what it found crosses the failure threshold. */
    public static final int FINDINGS = 1;
    /** The command line was wrong, or the daemon could not be reached or refused the request. */
    public static final int ERROR = 2;
    /** The user stopped the command with Ctrl+C (128 + SIGINT, as shells report it); nothing was written. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
