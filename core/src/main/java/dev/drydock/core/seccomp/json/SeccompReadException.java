package dev.drydock.core.seccomp.json;

import java.util.Optional;

/**
 * A profile could not be read: the text is not JSON, or a field has the wrong type. The message
 * says what and where, for users; no stack trace needs to be shown.
 */
public final class SeccompReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final transient SourcePosition position;

    public SeccompReadException(String message, String pointer, SourcePosition position) {
        super(message);
        this.pointer = pointer;
        this.position = position;
    }

    /** The JSON pointer of the bad value ("" for the whole document). */
    public String pointer() {
        return pointer;
    }

    /** Where in the text, when known. */
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }
}
