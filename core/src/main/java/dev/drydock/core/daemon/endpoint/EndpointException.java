package dev.drydock.core.daemon.endpoint;

/**
 * The endpoint the user configured cannot be worked out: an unknown docker context, an unreadable
 * docker config file, an address Drydock cannot parse. {@link #getMessage()} says what is wrong and
 * {@link #advice()} what to do; both are meant for the user as they are.
 */
public final class EndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String advice;

    public EndpointException(String message, String advice) {
        this(message, advice, null);
    }

    public EndpointException(String message, String advice, Throwable cause) {
        super(message, cause);
        this.advice = advice == null ? "" : advice;
    }

    /** What the user can do, in a sentence; may be empty. */
    public String advice() {
        return advice;
    }

    /** Message and advice together, for a status line or the CLI. */
    public String explain() {
        return advice.isEmpty() ? getMessage() : getMessage() + " " + advice;
    }
}
