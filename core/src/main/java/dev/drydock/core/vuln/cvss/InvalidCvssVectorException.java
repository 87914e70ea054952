package dev.drydock.core.vuln.cvss;

/** A text that is not a valid CVSS vector; the message says why and names the vector. */
final class InvalidCvssVectorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidCvssVectorException(String vector, String reason) {
        super("Not a valid CVSS vector \"" + vector + "\": " + reason
                + ". Use the vector exactly as the advisory publishes it, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H.");
    }
}
