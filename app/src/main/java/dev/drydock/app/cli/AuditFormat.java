package dev.drydock.app.cli;

/** {@code drydock audit containers --format}: text for people, JSON for scripts, SARIF for code-scanning services. */
enum AuditFormat {
    tty,
    json,
    sarif
}
