package dev.drydock.app.cli;

/** A problem the user can fix, such as a file that cannot be read: what happened, and what to do. */
final class CliProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String advice;

    CliProblem(String message, String advice) {
        super(message);
        this.advice = advice;
    }

    String advice() {
        return advice;
    }
}
