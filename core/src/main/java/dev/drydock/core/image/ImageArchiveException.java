package dev.drydock.core.image;

/**
 * A file that cannot be read as an image archive. {@link #getMessage()} says what is wrong with the
 * file in words for its user, {@link #advice()} what to do; there is nothing a stack trace would add.
 */
public final class ImageArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String advice;

    public ImageArchiveException(String message, String advice) {
        super(message);
        this.advice = advice == null ? "" : advice;
    }

    public String advice() {
        return advice;
    }

    /** Message and advice together, for a status line or the CLI. */
    public String explain() {
        return advice.isEmpty() ? getMessage() : getMessage() + " " + advice;
    }
}
