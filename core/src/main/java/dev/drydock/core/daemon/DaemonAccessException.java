package dev.drydock.core.daemon;

/**
 * A failure to talk to the daemon, already translated for people: {@link #getMessage()} says what
 * went wrong and {@link #advice()} what to do about it. Never shows a stack trace to a user.
 */
public final class DaemonAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of trouble it is; views pick icons and actions by it. */
    public enum Problem {
        /** Nothing listens at the endpoint (socket missing, connection refused). */
        DAEMON_DOWN,
        /** The socket exists but this user may not open it. */
        PERMISSION_DENIED,
        /** TLS handshake or certificate problem. */
        TLS_FAILURE,
        /** The daemon speaks an API older than Drydock supports. */
        API_TOO_OLD,
        /** The daemon did not answer in time. */
        TIMEOUT,
        /** The endpoint is not one Drydock can use (bad URL, unsupported scheme). */
        BAD_ENDPOINT,
        /** The object asked for does not exist (any more). */
        NOT_FOUND,
        /** The daemon refused the request because of the object's state (e.g. image in use). */
        CONFLICT,
        /** The daemon answered with an error. */
        DAEMON_ERROR
    }

    private final Problem problem;
    private final String advice;

    public DaemonAccessException(Problem problem, String message, String advice, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.advice = advice == null ? "" : advice;
    }

    public DaemonAccessException(Problem problem, String message, String advice) {
        this(problem, message, advice, null);
    }

    public Problem problem() {
        return problem;
    }

    /** What the user can do, in one or two sentences; may be empty. */
    public String advice() {
        return advice;
    }

    /** True when trying again later could work (the daemon may come back). */
    public boolean connectionLost() {
        return problem == Problem.DAEMON_DOWN || problem == Problem.TIMEOUT;
    }

    /** Message and advice together, for a status line or the CLI. */
    public String explain() {
        return advice.isEmpty() ? getMessage() : getMessage() + " " + advice;
    }
}
