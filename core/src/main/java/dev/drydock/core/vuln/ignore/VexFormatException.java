package dev.drydock.core.vuln.ignore;

import java.io.IOException;

/** A VEX file that is not an OpenVEX document Drydock can read; the message says where and what to fix. */
public final class VexFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public VexFormatException(String message) {
        super(message);
    }

    public VexFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
