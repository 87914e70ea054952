package dev.drydock.core.seccomp.learn;

/** Learning or verification could not go on: what happened ({@link #getMessage()}) and what to do ({@link #advice()}). */
public final class LearningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String advice;

    public LearningException(String message, String advice) {
        super(message);
        this.advice = advice == null ? "" : advice;
    }

    public String advice() {
        return advice;
    }
}
