package dev.drydock.core.vuln.osv;

/**
 * A record as read, with its JSON re-written without white space: what the database keeps, so a
 * record comes back exactly as the source published it (fields Drydock does not model included).
 */
public record OsvDocument(OsvRecord record, byte[] compactJson) {
}
