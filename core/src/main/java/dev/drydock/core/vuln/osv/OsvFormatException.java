package dev.drydock.core.vuln.osv;

import java.io.IOException;

/**
 * An OSV document Drydock cannot read: not JSON, no {@code id}, a schema version it does not know, or a
 * malformed part. The message names the record (when its id is known) and the part at fault.
 */
public final class OsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public OsvFormatException(String message) {
        super(message);
    }

    public OsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
